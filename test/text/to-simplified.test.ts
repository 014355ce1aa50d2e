import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/lib/text/to-simplified';

describe('toSimplified', () => {
  it('turns traditional spellings of the report’s terms into the simplified ones it prints', () => {
    expect(toSimplified('電子商務')).toBe('电子商务');
    expect(toSimplified('跨境電商')).toBe('跨境电商');
    expect(toSimplified('數字經濟')).toBe('数字经济');
  });

  it('leaves simplified text, digits and Latin letters as typed', () => {
    expect(toSimplified('跨境电商 RCEP 13.79')).toBe('跨境电商 RCEP 13.79');
  });
});
