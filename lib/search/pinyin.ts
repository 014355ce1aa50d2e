/**
 * Pinyin keys of the report's terms, made at index-build time with pinyin-pro (word-aware, so
 * polyphonic characters read as in the word: 重庆 chongqing). The query side only compares strings.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Toneless syllables joined: 跨境电商 → kuajingdianshang */
  full: string;
  /** First letters: 跨境电商 → kjds */
  initials: string;
}

export function pinyinKeys(word: string): PinyinKeys {
  const syllables = pinyin(word, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase());
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}
