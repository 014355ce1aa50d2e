/** The public surface of the cleaning pipeline: what scripts and tests may rely on. */
export { runPipeline, cleanExcerpt, type PipelineResult } from './pipeline';
export { scanLeftovers, LEFTOVER_CHECKS, type Leftover } from './leftovers';
export { formatBuildReport, formatParagraphReport, formatUrlHostReport } from './build-report';
export { SourceError } from './errors';
export type { Outline, OutlinePart } from '../content/format';
