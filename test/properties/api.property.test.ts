import fc from 'fast-check';
import { detectLanguage, extractMeetings, findDates, normalizeDate } from '../../src/index';
import type { DateOptions } from '../../src/types';
import { anyOptions, anyText, numRuns, seed } from './arbitraries';
import { isIsoDateValue, problemsIn } from './checks';

const runs = numRuns();
// Roughly a millisecond a run is the budget; a generous ceiling keeps slow machines green.
jest.setTimeout(Math.max(60_000, runs * 60));

const functions: Array<[string, (text: string, options: DateOptions) => unknown]> = [
  ['extractMeetings', extractMeetings],
  ['findDates', findDates],
  ['normalizeDate', normalizeDate],
  ['detectLanguage', (text) => detectLanguage(text)],
];

describe.each(functions)('%s on any input', (_name, fn) => {
  it('never throws, and its spans, dates and enums are well formed', () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const result = fn(text, options);
        expect(problemsIn(result, text)).toEqual([]);
      }),
      { numRuns: runs, seed: seed() },
    );
  });

  it('is deterministic: the same input gives the same output, whatever ran in between', () => {
    fc.assert(
      fc.property(anyText, anyText, anyOptions, (text, other, options) => {
        const first = JSON.stringify(fn(text, options));
        fn(other, options);
        expect(JSON.stringify(fn(text, options))).toBe(first);
      }),
      { numRuns: runs, seed: seed() },
    );
  });
});

describe('result shapes on any input', () => {
  it('detectLanguage answers one of ar, fa, en, und', () => {
    fc.assert(fc.property(anyText, (text) => ['ar', 'fa', 'en', 'und'].includes(detectLanguage(text))), { numRuns: runs, seed: seed() });
  });

  it('normalizeDate gives null or a single date whose value is ISO', () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const d = normalizeDate(text, options);
        return d === null || (!Array.isArray(d) && isIsoDateValue(d.value));
      }),
      { numRuns: runs, seed: seed() },
    );
  });

  it('a Date reference and its ISO day give the same result', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (text, t) => {
        const asDate = new Date(t);
        const asIso = asDate.toISOString().slice(0, 10);
        expect(JSON.stringify(findDates(text, { referenceDate: asDate }))).toBe(JSON.stringify(findDates(text, { referenceDate: asIso })));
      }),
      { numRuns: Math.max(100, Math.floor(runs / 10)), seed: seed() },
    );
  });
});

describe('the property checks themselves', () => {
  it('accept valid ISO values and refuse invalid ones', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2024-04-10/2024-04-11', '0001-09', '0004-02-29']) expect(isIsoDateValue(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2024-13', '24-01-01', '2024-04-11/2024-04-10', '2024-1-1', '', null]) expect(isIsoDateValue(bad)).toBe(false);
  });

  it('find a span that does not match the input', () => {
    expect(problemsIn([{ span: { start: 0, end: 2, text: 'ab' } }], 'ab')).toEqual([]);
    expect(problemsIn([{ span: { start: 0, end: 2, text: 'ax' } }], 'ab')).toHaveLength(1);
    expect(problemsIn({ start: 1, end: 9, text: '' }, 'ab')).toHaveLength(1);
  });
});
