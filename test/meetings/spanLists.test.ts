import fc from 'fast-check';
import { itemsAround, itemsStartingIn, itemsWithin, type Spanned } from '../../src/meetings/spanLists';

// Lists as the analysis makes them (sorted by start) and as it might not (any order, odd spans).
const span = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: -3, max: 12 }) }).map(({ start, length }) => ({ start, end: start + length }));
const sortedList = fc.array(span.filter((s) => s.end >= s.start), { maxLength: 30 }).map((l) => [...l].sort((a, b) => a.start - b.start));
const anyList = fc.array(span, { maxLength: 30 });
const list = fc.oneof(sortedList, anyList);
const bound = fc.integer({ min: -5, max: 70 });

describe('span list searches answer as a filter over the whole list', () => {
  it('itemsWithin', () => {
    fc.assert(fc.property(list, bound, bound, (l: Spanned[], a, b) => {
      expect(itemsWithin(l, a, b)).toEqual(l.filter((x) => x.start >= a && x.end <= b));
    }));
  });

  it('itemsAround', () => {
    fc.assert(fc.property(list, bound, bound, (l: Spanned[], a, b) => {
      expect(itemsAround(l, a, b)).toEqual(l.filter((x) => x.start <= a && x.end >= b));
    }));
  });

  it('itemsStartingIn', () => {
    fc.assert(fc.property(list, bound, bound, (l: Spanned[], a, b) => {
      expect(itemsStartingIn(l, a, b)).toEqual(l.filter((x) => x.start >= a && x.start < b));
    }));
  });

  it('notices a list that grew since it was last searched', () => {
    const l = [{ start: 0, end: 2 }, { start: 5, end: 6 }];
    expect(itemsWithin(l, 0, 10)).toHaveLength(2);
    l.push({ start: 1, end: 3 });
    expect(itemsWithin(l, 0, 10)).toEqual([{ start: 0, end: 2 }, { start: 5, end: 6 }, { start: 1, end: 3 }]);
  });
});
