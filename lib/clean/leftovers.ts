/**
 * The damage that must not survive cleaning. Each check names what it looks for; the build fails
 * when any finds something, printing where.
 */
export interface LeftoverCheck {
  name: string;
  pattern: RegExp;
}

export const LEFTOVER_CHECKS: LeftoverCheck[] = [
  { name: 'full-width digit', pattern: /[０-９]/ },
  { name: 'U+FFFD', pattern: /\uFFFD/ },
  { name: 'lone page-number line', pattern: /^\s*\d{1,3}\s*$/m },
  { name: 'bare circled marker', pattern: /[①-⑳]/ },
  { name: 'Ｇ (extractor hyphen)', pattern: /Ｇ/ },
  { name: 'ASCII punctuation between CJK', pattern: /[\u4e00-\u9fff][,.:;!?()][\u4e00-\u9fff]/ },
  { name: 'Latin guillemet', pattern: /[«»‹›]/ },
  { name: 'triple dash', pattern: /———/ },
  { name: 'internal placeholder', pattern: /[\uE000-\uE0FF]/ },
];

export interface Leftover {
  file: string;
  line: number;
  check: string;
  excerpt: string;
}

/** Scans generated Markdown; also checks that every footnote reference has a definition. */
export function scanLeftovers(file: string, markdown: string): Leftover[] {
  const found: Leftover[] = [];
  const lines = markdown.split('\n');
  lines.forEach((text, i) => {
    if (/^(---|slug:|order:|kind:|number:|title:)/.test(text) && i < 8) return;
    for (const check of LEFTOVER_CHECKS) {
      const m = check.pattern.exec(text);
      if (m) found.push({ file, line: i + 1, check: check.name, excerpt: text.slice(Math.max(0, m.index - 15), m.index + 15) });
    }
  });
  const defined = new Set([...markdown.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]));
  for (const m of markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)) {
    if (!defined.has(m[1])) {
      const line = markdown.slice(0, m.index).split('\n').length;
      found.push({ file, line, check: 'footnote reference without definition', excerpt: m[0] });
    }
  }
  return found;
}
