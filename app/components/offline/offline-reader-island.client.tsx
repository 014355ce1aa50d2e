'use client';

import { formatMegabytes } from '@/lib/export/precache';
import { useOffline } from './use-offline';

/**
 * Offline reading for the static export: the 「离线阅读」 action with its size and progress, an
 * indicator while the browser is offline, and 「已更新，刷新以查看」 when a new build is ready.
 */
export function OfflineReaderIsland() {
  const { online, state, summary, progress, update, save, applyUpdate } = useOffline();
  const size = summary ? `约 ${formatMegabytes(summary.transfer)}` : '';
  return (
    <>
      <div className="offline-action" data-offline-state={state}>
        {state === 'idle' || state === 'failed' ? (
          <button type="button" className="icon-button" onClick={() => void save()} data-offline-save>
            离线阅读{size ? `（${size}）` : ''}
            {state === 'failed' ? ' · 上次未能保存，重试' : ''}
          </button>
        ) : null}
        {state === 'saving' ? (
          <span role="status">
            正在保存全书以便离线阅读… <progress max={1} value={progress} aria-label="保存进度" /> {Math.round(progress * 100)}%
            {size ? `（${size}）` : ''}
          </span>
        ) : null}
        {state === 'saved' ? <span data-offline-saved>✓ 全书已保存，可离线阅读和搜索{size ? `（${size}）` : ''}</span> : null}
      </div>
      <div className="offline-toasts" aria-live="polite">
        {!online ? (
          <p className="offline-toast" data-offline-indicator>
            {state === 'saved' ? '离线中：已保存的全书仍可阅读和搜索' : '离线中：尚未保存的页面无法打开'}
          </p>
        ) : null}
        {update ? (
          <p className="offline-toast" data-update-ready>
            已更新，刷新以查看
            <button type="button" className="icon-button" onClick={applyUpdate}>
              刷新
            </button>
          </p>
        ) : null}
      </div>
    </>
  );
}
