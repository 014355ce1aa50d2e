import type { Suggestion } from '@/lib/search/types';
import { withBase } from './base-path';

const REASON: Record<Suggestion['reason'], string> = { typo: '字形相近', pinyin: '拼音', initials: '拼音首字母' };

/** "Did you mean": each suggestion is a link to its own search, never applied silently. */
export function Suggestions({ suggestions, className = '' }: { suggestions: Suggestion[]; className?: string }) {
  if (suggestions.length === 0) return null;
  return (
    <p className={className} data-suggestions>
      你是不是要找：
      {suggestions.map((s, i) => (
        <span key={s.href}>
          {i > 0 ? '、' : null}
          <a
            href={withBase(s.href)}
            className="text-[var(--link)] hover:underline"
            data-suggestion
            title={`“${s.term}”的${REASON[s.reason]}`}
          >
            {s.query}
          </a>
        </span>
      ))}
    </p>
  );
}
