import { expect, it } from 'vitest';
import * as numbers from '@/lib/numbers';

it('lib/numbers exposes exactly its public entry points', () => {
  expect(Object.keys(numbers).sort()).toEqual([
    'CLASSES',
    'CLASS_LABEL',
    'CorrectionError',
    'MARKED_CLASSES',
    'basisOf',
    'classOf',
    'classifyDetailed',
    'classifyNumbers',
    'countByPart',
    'countByRelation',
    'matchCorrections',
    'numberContexts',
    'plausibilityFlags',
    'toCsv',
  ]);
});
