import { MAX_DECIMALS, plausibleCandidates, splitRaw, type Candidate } from './candidates';
import { baseUnit, type Kind } from './kinds';
import type { NumberToken } from './types';

/**
 * Context-free rules: what the digits and the unit alone exclude. A rule never picks between two
 * readings it cannot tell apart; it only removes impossible ones. When one reading is left, the number
 * is settled by rule and the reason names the rule.
 */
export interface RuleResult {
  domain: Candidate[];
  /** Set when the rules alone leave exactly one reading. */
  reason?: string;
}

interface Bound {
  applies: (token: NumberToken, kind: Kind) => boolean;
  /** True when the reading is impossible. */
  excludes: (c: Candidate) => boolean;
  why: string;
}

const PEOPLE_UNIT = /^(亿|万)(人|用户|网民)$/;
const PEOPLE_WORD = /(用户|网民|人数|消费者|人口)[^，。；]{0,6}$/;

/** Counts of people: by unit (万人) or by a bare 亿/万 after 用户规模达 and the like. */
function isPeople(t: NumberToken): boolean {
  return PEOPLE_UNIT.test(t.unit) || ((t.unit === '亿' || t.unit === '万') && PEOPLE_WORD.test(t.before));
}

const BOUNDS: Bound[] = [
  {
    // Power usage effectiveness is total over IT power: at least 1, and no data centre reaches 3.
    applies: (_t, kind) => kind === 'pue',
    excludes: (c) => c.value < 1 || c.value >= 3,
    why: '数据中心能效PUE不小于1，也不会达到3',
  },
  {
    applies: (_t, kind) => kind === 'share',
    excludes: (c) => c.value > 100,
    why: '占比、普及率、满意度等不能超过100%',
  },
  {
    // 1000 % and more would be a tenfold rise; the report states such jumps in 倍, never in %.
    applies: (t) => t.unit === '%',
    excludes: (c) => Math.abs(c.value) >= 1000,
    why: '本报告中的百分比不会达到1000%以上（四位及以上数字必含小数点）',
  },
  {
    // China's GDP in 2022 was 121万亿元; 100万亿 and more only occurs with decimals (3110.13万亿 payments).
    applies: (t) => /^万亿(元|美元)?$/.test(baseUnit(t.unit)),
    excludes: (c) => c.decimals === 0 && c.value >= 100,
    why: '三位及以上的整数万亿不可能（2022年全国GDP约121万亿元）',
  },
  {
    // The world has about 80亿 people; Chinese netizens are about 10.67亿.
    applies: (t) => isPeople(t) && t.unit.startsWith('亿'),
    excludes: (c) => c.value > 80,
    why: '以“亿人”计的人数不可能超过80亿',
  },
  {
    // The report counts people worldwide in 亿; in 万 it counts people in China (about 14.1亿).
    applies: (t) => isPeople(t) && t.unit.startsWith('万'),
    excludes: (c) => c.value > 150000,
    why: '以“万人”计的国内人数不可能超过15亿（全国人口约14.1亿）',
  },
  {
    // China has about 1.7亿 market entities: 10亿家 (100000万家) is impossible.
    applies: (t) => t.unit === '万家',
    excludes: (c) => c.value >= 100000,
    why: '以“万家”计的主体数不可能达到10亿家',
  },
  {
    // Non-bank payments reached 10241.81亿笔 in 2022; ten times that is impossible.
    applies: (t) => t.unit === '亿笔',
    excludes: (c) => c.value >= 100000,
    why: '以“亿笔”计的年交易笔数不可能达到10万亿笔',
  },
];

const SINGLE_DIGIT = '一位数不可能丢失小数点（丢失小数点至少留下两位数字）';
const LEADING_ZERO = '首位为0，小数点只能紧跟在0之后';
const CEILING = `本报告小数最多保留${MAX_DECIMALS}位`;
const COUNT = '计数单位（家、个、所……）的数是整数';

/**
 * True when a reason was written by these rules (for outlines written without the `relation` field):
 * every '；'-separated piece is one of the rules' own texts.
 */
export function isRuleReason(reason: string | undefined): boolean {
  if (!reason) return false;
  const texts = new Set([SINGLE_DIGIT, LEADING_ZERO, CEILING, COUNT, ...BOUNDS.map((b) => b.why)]);
  return reason.split('；').every((piece) => texts.has(piece));
}

export function applyRules(token: NumberToken, kind: Kind): RuleResult {
  const { digits } = splitRaw(token.raw);
  const all = plausibleCandidates(token.raw);
  if (digits.length === 1) return { domain: all, reason: SINGLE_DIGIT };
  if (digits.startsWith('0')) return { domain: all, reason: LEADING_ZERO };
  if (kind === 'count') return { domain: all.filter((c) => c.decimals === 0), reason: COUNT };
  let domain = all;
  const why: string[] = [];
  for (const bound of BOUNDS) {
    if (!bound.applies(token, kind)) continue;
    const kept = domain.filter((c) => !bound.excludes(c));
    if (kept.length < domain.length && kept.length > 0) {
      domain = kept;
      why.push(bound.why);
    }
  }
  // With many digits, the last reading standing may owe its place to the two-decimal ceiling.
  if (digits.length - 1 > MAX_DECIMALS) why.push(CEILING);
  return domain.length === 1 ? { domain, reason: why.join('；') } : { domain };
}
