import { describe, expect, it } from 'vitest';
import { mapPunctuation } from '@/lib/clean/map-punctuation';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];

describe('mapPunctuation', () => {
  it('maps ASCII , . to ，。 in Chinese text', () => {
    expect(mapPunctuation(raw(1096))).toBe('但增长速度较快。其中，中小企业活跃度较高，B２B 服务平台营收同比增长');
  });

  it('maps ! to ！ (preface line 79)', () => {
    expect(mapPunctuation(raw(79))).toBe('料。在此，向参与本期报告撰写的相关单位、专家表示诚挚的感谢！');
  });

  it('maps : ; ( ) to ：；（）', () => {
    expect(mapPunctuation('中国互联网络信息中心:第５１次')).toBe('中国互联网络信息中心：第５１次');
    expect(mapPunctuation('方面;二是')).toBe('方面；二是');
    expect(mapPunctuation(raw(111))).toBe('比口径计算，比上年增长３５％① （见图１Ｇ１）。');
  });

  it('maps the Latin guillemets «» ‹› to the book-title marks 《》〈〉', () => {
    expect(mapPunctuation('发展的若干政策»(发改财金 〔２０２２〕２７１号)')).toBe('发展的若干政策》（发改财金 〔２０２２〕２７１号）');
    expect(mapPunctuation('«中国互联网络发展状况统计报告»')).toBe('《中国互联网络发展状况统计报告》');
    expect(mapPunctuation('‹数据安全法›')).toBe('〈数据安全法〉');
  });

  it('collapses the three-dash run ——— to the Chinese dash —— and keeps a single — (range)', () => {
    expect(mapPunctuation(raw(3125))).toBe('专栏５Ｇ４\u3000 “丝路电商” 云上大讲堂——上合组织专场');
    expect(mapPunctuation('２０１９—２０２２年')).toBe('２０１９—２０２２年');
  });

  it('keeps , and . between Latin letters (TEU, and / sina.com)', () => {
    expect(mapPunctuation('sina.com')).toBe('sina.com');
    expect(mapPunctuation('TEU, and')).toBe('TEU, and');
  });

  it('maps a full stop after a Latin word at the end of a Chinese sentence', () => {
    expect(mapPunctuation('的 C２F洗衣模式.从')).toBe('的 C２F洗衣模式。从');
    expect(mapPunctuation('建设一站式开发平台 ModelArts.它能够')).toBe('建设一站式开发平台 ModelArts。它能够');
  });

  it('maps brackets even right after a Latin letter (ClarkesonＧ ⏎ track)', () => {
    expect(mapPunctuation('据克拉克森 (Clarkeson-track)数据显示')).toBe('据克拉克森 （Clarkeson-track）数据显示');
  });
});
