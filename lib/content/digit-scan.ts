/**
 * The unmarked-digit scan: every run of two or more digits in a generated chapter that is not a `:num`
 * mark must belong to a declared integer class (a year, a date, an id, a count with a count unit …).
 * A run that fits none may be a number whose decimal point the extraction dropped and that the content
 * build failed to mark — shown as plain fact, the one thing a number on the page must never be. The
 * content build prints the scan and a test holds it at zero.
 */

export interface DigitRun {
  digits: string;
  /** 1-based line in the Markdown file. */
  line: number;
  excerpt: string;
}

export interface DigitScan {
  /** How many runs each integer class took. */
  classes: Map<string, number>;
  unclassified: DigitRun[];
}

interface At {
  before: string;
  digits: string;
  after: string;
  /** The Markdown line the run sits on (headings and directive lines carry ids). */
  lineText: string;
  /** The caption of the table the run sits in, if any. */
  tableCaption: string | null;
  /** The sentence the run sits in. */
  sentence: string;
}

/**
 * Names in the report that contain digits (a shopping street, campaigns, a platform): reviewed by hand,
 * each one read in its sentence.
 */
const NAMES_WITH_DIGITS = ['唐道637', '“11直播月”', '“6+365”', '618和双11'];

const COUNT_UNITS =
  '个|家|所|项|人次|人|名|件|场次|场|次|辆|台|条|份|款|篇|列|架次|票|期|届|批次|批|部|种|省|县|国|位|座|颗|张|册|门|只|头|亩|天|周|户|吨|公斤|平方公里|公里|千米|平方米|英尺|小时|分钟|千瓦时|年|月|日|号|岁|元|课时|学时|间|栋|层|套|单|支|株|棵|艘|趟|班|集|期|轮|季|章|节|条|页|版|类|大|小|万|亿';

/** The integer classes, in the order they are tried; each names what it is, for the build report. */
const CLASSES: { name: string; test: (a: At) => boolean }[] = [
  {
    name: 'figure, table or box label',
    test: (a) => /(图|表|专栏|fig-|tbl-|box-)[0-9A-Za-z]*-?$/.test(a.before) || (/^-\d/.test(a.after) && /(图|表|专栏)$/.test(a.before)),
  },
  { name: 'section number', test: (a) => /^#{2,6} ([A-Z]?\d+\.)*$/.test(a.before.slice(a.before.lastIndexOf('\n') + 1)) },
  { name: 'year', test: (a) => /^(19|20)\d\d$/.test(a.digits) },
  {
    name: 'date (month, day, ISO)',
    test: (a) =>
      (/^(月|日|号)/.test(a.after) && a.digits.length <= 2) ||
      /\d{4}-(\d{1,2}-)?$/.test(a.before) ||
      /^-\d{1,2}(-\d{1,2})?\]/.test(a.after),
  },
  { name: 'ordinal (第N, 前N, N届)', test: (a) => /(第|前|排名第|TOP|Top|top)$/.test(a.before) || /^(届|世纪|强|名)/.test(a.after) },
  { name: 'document number', test: (a) => /〔\d{4}〕$/.test(a.before) || /^〕/.test(a.after) || /^号/.test(a.after) },
  {
    name: 'count with a count unit',
    test: (a) => new RegExp(`^(余|多|\\+|多万|余万)?(${COUNT_UNITS})`).test(a.after) || /^\+[，。、）]/.test(a.after),
  },
  {
    name: 'code or name (9610, 618, 双11, 90后, 5G, GB/T, hotline)',
    test: (a) =>
      /^(9610|9710|9810|1210|12301|618|832|315)$/.test(a.digits) ||
      (/(双|“)$/.test(a.before) && /^(”|后|平台)/.test(a.after)) ||
      /^后/.test(a.after) ||
      /[A-Za-z/]$/.test(a.before) ||
      /^[A-Za-z]/.test(a.after),
  },
  { name: 'occupational or standard code', test: (a) => /^-\d/.test(a.after) || /\d-$/.test(a.before) },
  { name: 'table row number', test: (a) => /^\| $/.test(a.lineText.slice(0, a.lineText.indexOf(a.digits))) && /^ \|/.test(a.after) },
  { name: 'count column of a table of counts', test: (a) => a.lineText.startsWith('|') && /数量/.test(a.tableCaption ?? '') },
  {
    name: 'count in brackets after a list of counts',
    test: (a) =>
      /（$/.test(a.before) && /^）/.test(a.after) && /\d+(所|个|家|人|件|项|名|款)/.test(a.sentence) && !a.sentence.includes('指数'),
  },
  {
    name: 'name containing digits',
    test: (a) => NAMES_WITH_DIGITS.some((n) => (a.before.slice(-n.length) + a.digits + a.after).includes(n)),
  },
  { name: 'day range (6月27至29日)', test: (a) => /^至\d{1,2}日/.test(a.after) || /月\d{1,2}至$/.test(a.before) },
  { name: 'range end', test: (a) => /[—~至-]$/.test(a.before) && /^(年|月|日|%|万|亿|个|家)/.test(a.after) },
];

/** A `:num[…]{…}` mark, a footnote reference or definition label, an autolink or bare URL: never scanned. */
const SKIP = /:num\[[^\]]*\]\{[^}]*\}|\[\^\d+\]|<https?:[^>]*>|https?:\/\/[^\s<>）)]+|\{#[^}]*\}/g;

export function scanDigits(markdown: string): DigitScan {
  const classes = new Map<string, number>();
  const unclassified: DigitRun[] = [];
  const body = markdown.startsWith('---\n') ? markdown.slice(markdown.indexOf('\n---\n') + 5) : markdown;
  const offset = markdown.length - body.length;
  const masked = body.replace(SKIP, (m) => '\u0000'.repeat(m.length));
  for (const m of masked.matchAll(/(?<![\d])-?\d{2,}(?!\d)/g)) {
    const start = m.index!;
    const lineStart = masked.lastIndexOf('\n', start) + 1;
    const lineEnd = masked.indexOf('\n', start);
    const at: At = {
      before: masked.slice(Math.max(0, start - 40), start),
      digits: m[0].replace('-', ''),
      after: masked.slice(start + m[0].length, start + m[0].length + 12),
      lineText: masked.slice(lineStart, lineEnd < 0 ? masked.length : lineEnd),
      // Looked up only by the few classes that ask (most runs are years and dates).
      get tableCaption() {
        return tableCaptionAt(masked, start);
      },
      get sentence() {
        return sentenceAt(masked, start);
      },
    };
    const found = CLASSES.find((c) => c.test(at));
    if (found) classes.set(found.name, (classes.get(found.name) ?? 0) + 1);
    else {
      const line = markdown.slice(0, offset + start).split('\n').length;
      unclassified.push({ digits: m[0], line, excerpt: `${at.before.slice(-16)}[${m[0]}]${at.after}`.replace(/\u0000+/g, '…') });
    }
  }
  return { classes, unclassified };
}

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const end = text.slice(at).search(/[。\n]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/** The caption paragraph of the `:::table` container around `at`, or null outside tables. */
function tableCaptionAt(text: string, at: number): string | null {
  const open = text.lastIndexOf(':::table', at);
  if (open < 0) return null;
  const close = text.indexOf('\n:::', open + 8);
  if (close >= 0 && close < at) return null;
  const captionStart = text.indexOf('\n', open) + 1;
  return text.slice(captionStart, text.indexOf('\n', captionStart));
}
