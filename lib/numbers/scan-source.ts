import type { NumberToken } from './types';

/**
 * A rough, self-contained scanner from the raw source text to NumberTokens. It is NOT the production
 * path (the content pipeline builds tokens from the cleaned blocks); it exists so that the tests and
 * `npm run numbers:report -- --preview` can run the classifier over the whole report before, or
 * independently of, the pipeline. Its blocks are crude (one visual "paragraph" = lines joined until a
 * line ends with 。), which is good enough for relations that live inside one sentence or list.
 */

export const MAGNITUDE_UNIT =
  /^(个百分点|万亿美元|万亿元|万亿|亿美元|亿元|亿[\u4e00-\u9fff]?|万美元|万元|万[\u4e00-\u9fff]?(?:次)?|[％%]|元|倍|点)/;

const CHAPTER = /^\s*\|第(\d)章\|/;
const TABLE_CAPTION = /^\s*表(\d+)-(\d+)/;

function normalise(line: string): string {
  // Circled footnote markers would become digits under NFKC and glue onto the number before them.
  return line
    .replace(/[\u2460-\u2473]/g, '')
    .normalize('NFKC')
    .replace(/(?<=\d)G(?=\d)/g, '-')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/\./g, '。')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

interface Block {
  part: string;
  text: string;
  table?: { id: string; row: number };
}

function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let part = 'preface';
  let paragraph = '';
  let table: { id: string; rows: number } | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ part, text: paragraph });
    paragraph = '';
  };
  for (const rawLine of source.split('\n')) {
    if (!rawLine.trim() || rawLine.includes('\uFFFD') || /^\s*\d+\s*$/.test(rawLine.normalize('NFKC'))) continue;
    const chapter = CHAPTER.exec(rawLine.normalize('NFKC'));
    if (chapter) {
      flush();
      part = chapter[1];
      continue;
    }
    if (/^\s*附录/.test(rawLine.normalize('NFKC')) && part === '9') {
      flush();
      part = 'appendix';
    }
    const line = normalise(rawLine).trim();
    const caption = TABLE_CAPTION.exec(line);
    if (caption) {
      flush();
      table = { id: `tbl-${caption[1]}-${caption[2]}`, rows: 0 };
      blocks.push({ part, text: line });
      continue;
    }
    if (table) {
      if (/^(数据|资料)来源/.test(line)) table = null;
      else {
        blocks.push({ part, text: line, table: { id: table.id, row: table.rows++ } });
        continue;
      }
    }
    // Stray spaces inside CJK text are justification artefacts, not separators.
    paragraph += line.replace(/(?<=[^\x00-\x7f\d])\s+|\s+(?=[^\x00-\x7f])/g, '');
    if (/[。：]$/.test(line)) flush();
  }
  flush();
  return blocks;
}

/** Tokens for every number followed by a magnitude unit, in reading order. */
export function scanSource(source: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const counters = new Map<string, number>();
  for (const block of toBlocks(source)) {
    const re = /(?<![\d.\-/A-Za-z_])(-?\d+)(?=\s*\S)/g;
    for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
      const afterText = block.text.slice(m.index + m[0].length).replace(/^\s+/, '');
      const unit = MAGNITUDE_UNIT.exec(afterText);
      if (!unit) continue;
      // Figure/table ids, years and 第N are structure, not magnitudes.
      const prev = block.text.slice(Math.max(0, m.index - 1), m.index);
      if (/[图表第栏]/.test(prev) || /^(年|月|日|号)/.test(afterText)) continue;
      const u = unit[1].replace('％', '%');
      const n = (counters.get(block.part) ?? 0) + 1;
      counters.set(block.part, n);
      let table: NumberToken['table'];
      if (block.table) {
        const column = block.text.slice(0, m.index).split(/\s+/).length - 1;
        table = { id: block.table.id, row: block.table.row, column };
      }
      tokens.push({
        id: `num-${block.part}-${n}`,
        part: block.part,
        section: null,
        raw: m[1],
        unit: u,
        before: block.text.slice(0, m.index),
        after: afterText.slice(unit[1].length),
        ...(table ? { table } : {}),
      });
    }
  }
  return tokens;
}
