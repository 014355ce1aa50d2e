import { expect, it } from 'vitest';
import * as clean from '@/lib/clean';

it('lib/clean exposes exactly its public entry points', () => {
  expect(Object.keys(clean).sort()).toEqual([
    'LEFTOVER_CHECKS',
    'SourceError',
    'cleanExcerpt',
    'formatBuildReport',
    'formatParagraphReport',
    'formatUrlHostReport',
    'runPipeline',
    'scanLeftovers',
  ]);
});
