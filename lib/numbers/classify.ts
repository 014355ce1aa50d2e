import type { NumberReading, NumberToken } from './types';

/**
 * Decides each number's reading. Baseline: only what needs no arithmetic.
 * - one digit cannot have lost a decimal point (a lost dot always leaves two or more digits);
 * - a kept leading zero fixes the point right after it (０５６ → 0.56).
 * Everything else stays `unsettled` with its raw digits until the numbers issue settles or infers it.
 */
export function classifyNumbers(tokens: readonly NumberToken[]): NumberReading[] {
  return tokens.map((token) => {
    const negative = token.raw.startsWith('-');
    const digits = negative ? token.raw.slice(1) : token.raw;
    const sign = negative ? '-' : '';
    if (digits.length === 1) {
      return { id: token.id, status: 'settled', value: token.raw, reason: '一位数不可能丢失小数点' };
    }
    if (digits.startsWith('0')) {
      return { id: token.id, status: 'settled', value: `${sign}0.${digits.slice(1)}`, reason: '首位为0，小数点只能在0之后' };
    }
    return { id: token.id, status: 'unsettled', value: token.raw };
  });
}
