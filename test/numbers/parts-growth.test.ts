import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf } from './helpers';

const none = { corrections: [] };

describe('a total’s growth is implied by its parts’ values and growth rates', () => {
  it('settles the four growth rates of the e-commerce services industry, though the amounts’ scale stays open', () => {
    // 6.79 = 1.54 + 2.50 + 2.75万亿元 holds at 67.9 = 15.4 + 25.0 + 27.5 too, but at either scale the
    // growth rates must read 6.1, 10.7, 3.7 and 5.8 %.
    const tokens = blockTokens(
      '2022年，我国电子商务服务业营业收入达679万亿元，同比增长61%（见图2-1）。其中，电子商务交易平台服务营业收入为154万亿元，增速为107%；支撑服务领域中的电子支付、电子商务物流、信息技术服务等业务营业收入为250万亿元，增速37%；衍生服务领域业务营业收入持续增长，为275万亿元，增速58%（见图2-2）。',
      '2',
    );
    const readings = classifyNumbers(tokens, none);
    const growth = tokens.map((t, i) => ({ t, r: readings[i] })).filter(({ t }) => t.unit === '%');
    expect(growth.map(({ r }) => r.value)).toEqual(['6.1', '10.7', '3.7', '5.8']);
    expect(growth.every(({ r }) => r.status === 'settled' && r.relation === 'parts-growth')).toBe(true);
    expect(readingOf(tokens, readings, '营业收入达').status).toBe('inferred');
    expect(growth[0].r.reason).toContain('小数点未定');
  });

  it('settles the cross-border total’s 9.8 % from exports 1.55 and imports 0.56万亿元', () => {
    const tokens = blockTokens(
      '海关总署数据显示，2022年我国跨境电商进出口额为211万亿元，同比增长98%，其中，出口额为155万亿元，同比增长117%，进口额为056万亿元，同比增长49%。',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '万亿元，同比增长')).toMatchObject({ status: 'settled', value: '9.8', relation: 'parts-growth' });
    // 11.7 with 4.9, or 1.17 with 49: the relation cannot tell, so both stay inferred.
    expect(readingOf(tokens, readings, '进口额为0.56万亿元，同比增长'.replace('0.56', '056')).status).toBe('inferred');
  });
});
