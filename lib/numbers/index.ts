/**
 * The public surface of the numbers pass: what the content build, the scripts and the app may rely on.
 * Everything else in this folder (finders, solver, conventions) is internal and may change freely;
 * test/numbers/public-exports.test.ts pins this list. Reading the corrections file is corrections-fs.ts.
 */
export { classifyNumbers, classifyDetailed, type ClassifyOptions, type Classification } from './classify';
export { matchCorrections, basisOf, CorrectionError, type CorrectionEntry, type CorrectionBasis } from './corrections';
export {
  CLASS_LABEL,
  CLASSES,
  MARKED_CLASSES,
  classOf,
  countByPart,
  countByRelation,
  plausibilityFlags,
  numberContexts,
  toCsv,
  type NumberEntry,
  type NumberClass,
  type CountRow,
} from './summary';
export type { NumberToken, NumberReading, NumberStatus } from './types';
