/**
 * Reading time for Chinese text: ~400 characters a minute is the usual figure for attentive reading of
 * expository prose; Markdown syntax and directive attributes are not read, so they are stripped first.
 */
const CHARS_PER_MINUTE = 400;

export function readableLength(markdown: string): number {
  const text = markdown
    .replace(/\{[^}]*\}/g, '') // directive attributes
    .replace(/^:::.*$/gm, '')
    .replace(/:num\[([^\]]*)\]/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/[#|*\-\s]/g, '');
  return [...text].length;
}

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(readableLength(markdown) / CHARS_PER_MINUTE));
}
