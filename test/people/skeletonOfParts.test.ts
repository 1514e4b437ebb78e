import fc from 'fast-check';
import { arabicSkeleton, skeletonOfFolded, skeletonOfParts } from '../../src/people/nameKey';

// Letters every skeleton rule touches: long vowels, hamza, چ, sound folds, separators, doubled letters.
const letter = fc.constantFrom('ا', 'و', 'ي', 'ء', 'چ', 'ت', 'ش', 'ج', 'غ', 'گ', 'پ', 'ب', 'ص', 'س', ' ', '\u200c', '-', '.', 'a', '😀', 'ك');
const word = fc.array(letter, { maxLength: 7 }).map((l) => l.join(''));

describe('skeletonOfParts', () => {
  it('gives the skeleton of every leading run of parts as a prefix of the whole one', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (parts) => {
      const { key, ends } = skeletonOfParts(parts);
      expect(key).toBe(skeletonOfFolded(parts.join('')));
      parts.forEach((_, k) => expect(key.slice(0, ends[k])).toBe(skeletonOfFolded(parts.slice(0, k + 1).join(''))));
    }));
  });

  it('starts right when asked for the first letters only', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 6 }), (parts, n) => {
      expect(skeletonOfParts(parts, n).key.slice(0, n)).toBe(skeletonOfFolded(parts.join('')).slice(0, n));
    }));
  });

  it('merges the spellings of one name', () => {
    expect(skeletonOfParts(['جين', 'بينغ']).key).toBe(arabicSkeleton('جين‌پینگ'));
    expect(skeletonOfParts(['جين', 'بينغ']).key).not.toBe(arabicSkeleton('جين تاو'));
  });
});
