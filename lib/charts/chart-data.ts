/**
 * A chart drawn from the report's own numbers (never from invented data): one or more panels of labelled
 * values, each value carrying what the text printed and how sure its reading is.
 */
export interface ChartValue {
  label: string;
  value: number;
  /** The reading as the text shows it (`2.60`, `-6.60`, `1546`). */
  reading: string;
  /** The source's digits before any decimal point was restored (`260`). */
  raw: string;
  /** `settled` / `confirmed` = the text proves the reading; `inferred` / `unsettled` = it does not. */
  status: string;
}

export interface ChartPanel {
  /** What the bars measure: `网络零售额占比`. */
  name: string;
  /** `%`, `万亿元`, `所` … printed after each value. */
  unit: string;
  values: ChartValue[];
}

export interface Chart {
  /** The block it belongs to (`fig-1-4`, `tbl-1-1`); the chart's own ids are derived from it. */
  blockId: string;
  /** `图1-4`, `表1-1`. */
  label: string;
  title: string;
  /** Where the numbers come from, in words: `据表1-1绘制`, `据正文数字绘制`. */
  drawnFrom: string;
  /** For a figure: the paragraph whose sentences state the numbers (so the data is one click away). */
  sourceParagraphId?: string;
  panels: ChartPanel[];
}

export const UNPROVEN: ReadonlySet<string> = new Set(['inferred', 'unsettled']);

export function isUnproven(v: ChartValue): boolean {
  return UNPROVEN.has(v.status);
}
