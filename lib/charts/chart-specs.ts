/**
 * Which blocks get a chart, and from which numbers. Reviewed by hand against all 51 figure captions and
 * the sentences that cite them (the list of those that do not qualify, and why, is in lib/charts/README.md).
 *
 * A figure qualifies only when the text states every category its caption names, with one unit, so the
 * chart shows all the figure's data and nothing else: e.g. 图1-4's four regions, whose shares sum to 100 %.
 * It charts what the caption names and no more: 图2-3's sentence also gives the segments' growth, but the
 * caption names only revenue, so only revenue is drawn. Its values are :num marks named by id; `raw` repeats the source's digits so that a regenerated content
 * tree whose numbering moved fails the build instead of charting the wrong number.
 */
export interface FigureValueSpec {
  label: string;
  numberId: string;
  raw: string;
}

export interface FigureChartSpec {
  kind: 'figure';
  panels: { name: string; unit: string; values: FigureValueSpec[] }[];
}

/**
 * A table column charted as one panel; `change` reads `增加70` / `减少2` as +70 / −2 (table 8-1's
 * 较2021年变化, integer counts the text prints in words).
 */
export interface TableChartSpec {
  kind: 'table';
  panels: { column: number; name: string; unit: string; parse?: 'change' }[];
  /** Rows left out of the bars: a total would dwarf its parts (it stays in the data table above). */
  skipRows?: RegExp;
}

const REGIONS = ['东部', '中部', '西部', '东北'] as const;

function regions(ids: readonly [string, string][]): FigureValueSpec[] {
  return ids.map(([numberId, raw], i) => ({ label: REGIONS[i], numberId, raw }));
}

export const CHART_SPECS: Readonly<Record<string, FigureChartSpec | TableChartSpec>> = {
  'tbl-1-1': {
    kind: 'table',
    panels: [
      { column: 1, name: '网络零售额占比', unit: '%' },
      { column: 2, name: '网络零售额同比增长', unit: '%' },
    ],
  },
  'tbl-8-1': {
    kind: 'table',
    skipRows: /^总计$/,
    panels: [
      { column: 1, name: '院校数量', unit: '所' },
      { column: 2, name: '较2021年变化', unit: '所', parse: 'change' },
    ],
  },
  'fig-1-4': {
    kind: 'figure',
    panels: [
      {
        name: '网络零售额占全国比重',
        unit: '%',
        values: regions([
          ['num-1-62', '8392'],
          ['num-1-63', '887'],
          ['num-1-64', '573'],
          ['num-1-65', '148'],
        ]),
      },
      {
        name: '同比增速',
        unit: '%',
        values: regions([
          ['num-1-66', '38'],
          ['num-1-67', '87'],
          ['num-1-68', '30'],
          ['num-1-69', '132'],
        ]),
      },
    ],
  },
  'fig-1-8': {
    kind: 'figure',
    panels: [
      {
        name: '农产品网络零售额占比',
        unit: '%',
        values: regions([
          ['num-1-83', '6435'],
          ['num-1-84', '1463'],
          ['num-1-85', '1524'],
          ['num-1-86', '578'],
        ]),
      },
      {
        name: '同比增速',
        unit: '%',
        values: regions([
          ['num-1-87', '83'],
          ['num-1-88', '51'],
          ['num-1-89', '170'],
          ['num-1-90', '112'],
        ]),
      },
    ],
  },
  'fig-2-2': {
    kind: 'figure',
    panels: [
      {
        name: '营业收入',
        unit: '万亿元',
        values: [
          { label: '交易平台服务', numberId: 'num-2-3', raw: '154' },
          { label: '支撑服务', numberId: 'num-2-5', raw: '250' },
          { label: '衍生服务', numberId: 'num-2-7', raw: '275' },
        ],
      },
    ],
  },
  'fig-2-3': {
    kind: 'figure',
    panels: [
      {
        name: '平台服务营业收入',
        unit: '亿元',
        values: [
          { label: 'B2B', numberId: 'num-2-12', raw: '21745' },
          { label: 'B2C', numberId: 'num-2-13', raw: '78899' },
          { label: 'C2C', numberId: 'num-2-14', raw: '53171' },
        ],
      },
    ],
  },
  'fig-4-4': {
    kind: 'figure',
    panels: [
      {
        name: '农村网络零售额占全国比重',
        unit: '%',
        values: regions([
          ['num-4-13', '776'],
          ['num-4-14', '140'],
          ['num-4-15', '63'],
          ['num-4-16', '22'],
        ]),
      },
      {
        name: '同比增长',
        unit: '%',
        values: regions([
          ['num-4-17', '18'],
          ['num-4-18', '120'],
          ['num-4-19', '57'],
          ['num-4-20', '153'],
        ]),
      },
    ],
  },
  'fig-4-8': {
    kind: 'figure',
    panels: [
      {
        name: '农产品网络零售额占比',
        unit: '%',
        values: regions([
          ['num-4-31', '644'],
          ['num-4-32', '146'],
          ['num-4-33', '152'],
          ['num-4-34', '58'],
        ]),
      },
      {
        name: '同比增长',
        unit: '%',
        values: regions([
          ['num-4-35', '83'],
          ['num-4-36', '51'],
          ['num-4-37', '170'],
          ['num-4-38', '112'],
        ]),
      },
    ],
  },
};
