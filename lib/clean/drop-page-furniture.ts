import type { SourceLine } from './source-lines';

/** A page number stands alone on its line; no table cell in this report is a bare 1–3 digit number. */
const PAGE_NUMBER = /^\s*[０-９]{1,3}\s*$/;
/** Running headers came out as U+FFFD garbage; no real line contains U+FFFD. */
const GARBAGE = /\uFFFD/;
/** The chart text of figure 6-7 survived as runs of 1–2 ASCII symbols/letters per line. */
const CHART_DEBRIS = /^[\x21-\x7e]{1,2}$/;
const CHART_RUN_MIN = 3;

export interface FurnitureReport {
  pageNumbers: number;
  headerLines: number;
  chartLines: number;
}

/**
 * Removes page numbers, running headers and chart debris, and marks the line that follows removed
 * furniture (`afterFurniture`): a page break, which the paragraph pass must be able to look across.
 */
export function dropPageFurniture(lines: readonly SourceLine[]): { lines: SourceLine[]; report: FurnitureReport } {
  const report: FurnitureReport = { pageNumbers: 0, headerLines: 0, chartLines: 0 };
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line.text)) {
      drop.add(i);
      report.pageNumbers += 1;
    } else if (GARBAGE.test(line.text)) {
      drop.add(i);
      report.headerLines += 1;
    }
  });
  // Chart debris: a run of ≥3 tiny ASCII-only lines (U+FFFD lines inside the run don't break it).
  let runStart = -1;
  const closeRun = (end: number) => {
    const members = [];
    for (let j = runStart; j < end; j++) if (CHART_DEBRIS.test(lines[j].text)) members.push(j);
    if (members.length >= CHART_RUN_MIN) {
      for (const j of members) drop.add(j);
      report.chartLines += members.length;
    }
    runStart = -1;
  };
  lines.forEach((line, i) => {
    const debris = CHART_DEBRIS.test(line.text) || (runStart >= 0 && GARBAGE.test(line.text));
    if (debris && runStart < 0) runStart = i;
    else if (!debris && runStart >= 0) closeRun(i);
  });
  if (runStart >= 0) closeRun(lines.length);

  const kept: SourceLine[] = [];
  let pendingBreak = false;
  lines.forEach((line, i) => {
    if (drop.has(i)) {
      pendingBreak = true;
      return;
    }
    kept.push(pendingBreak ? { ...line, afterFurniture: true } : line);
    pendingBreak = false;
  });
  return { lines: kept, report };
}
