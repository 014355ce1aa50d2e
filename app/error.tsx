'use client';

import Link from 'next/link';

/**
 * What a reader sees when a page fails to render (a damaged build, an unreadable search index): a
 * sentence, a retry and the way home, inside the site's own layout, never a blank page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page-narrow py-16" data-error-page>
      <p className="text-sm text-[var(--fg-muted)]">出错了</p>
      <h1 className="mt-2 text-2xl font-bold">这个页面暂时无法显示</h1>
      <p className="mt-4 leading-relaxed">服务器在生成本页时出错。可以重试，或从目录进入其他章节；问题持续时请稍后再来。</p>
      {error.digest ? <p className="mt-2 text-xs text-[var(--fg-muted)]">错误编号：{error.digest}</p> : null}
      <p className="mt-6 flex gap-3">
        <button type="button" className="icon-button" onClick={() => reset()}>
          重试
        </button>
        <Link href="/" className="icon-button">
          返回目录
        </Link>
      </p>
    </div>
  );
}
