import { boundRelations } from './find-bounds';
import { differenceRelations } from './find-differences';
import { listDecimalRelations } from './find-list-decimals';
import { listRelations } from './find-lists';
import { partWholeRelations } from './find-part-whole';
import { partsRelations } from './find-parts';
import { partsGrowthRelations } from './find-parts-growth';
import { periodRateRelations } from './find-period-rates';
import { rankWordRelations } from './find-rank-words';
import { ratioRelations } from './find-ratios';
import { restatedRelations } from './find-restated';
import { shareGrowthRelations } from './find-share-growth';
import { tableColumnRelations } from './find-table-columns';
import { trendRelations } from './find-trends';
import type { Item, Relation } from './relation';

/** Every relation the report's text states among its numbers (finders are independent). */
export function findRelations(items: readonly Item[]): Relation[] {
  return [
    ...listRelations(items),
    ...tableColumnRelations(items),
    ...partsRelations(items),
    ...partsGrowthRelations(items),
    ...restatedRelations(items),
    ...ratioRelations(items),
    ...differenceRelations(items),
    ...trendRelations(items),
    ...shareGrowthRelations(items),
    ...boundRelations(items),
    ...periodRateRelations(items),
    ...listDecimalRelations(items),
    ...rankWordRelations(items),
    ...partWholeRelations(items),
  ];
}
