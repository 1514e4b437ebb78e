import fc from 'fast-check';
import type { Atom } from '../../src/dates/atoms';
import { follows, trimmedGap, GAP_EMPTY, GAP_OTHER, gapHas, gapLength, textIs, lowerTextIs, type Source } from '../../src/dates/grammar/source';
import { joinAt } from '../../src/dates/grammar/composite';

// The grammar reads gaps and words in place instead of cutting substrings out; these checks hold
// each in-place reader to the plain string reading it stands for, on text made of the characters
// where the two could part ways (white space beyond ASCII, punctuation, Arabic, letters whose
// lower case changes length or lands on ASCII).

const CHARS = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '-', '/', '.', ',', '،', '(', ')', "'", 'a', 'S', 'K', '\u212a', 'İ', 'ا', 'ل', 'ه', 'ذ', '\u{1F600}'];
const piece = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((cs) => cs.join(''));

function atom(start: number, end: number): Atom {
  return { start, end, first: 0, last: 0, senses: [], int: null, digits: 0, ordinal: false, proclitic: 0, kinds: 0, after: 0 };
}

/** Two words ("x" before, "y" after) around `gap`. */
function around(gap: string): Source {
  return { text: `x${gap}y`, atoms: [atom(0, 1), atom(1 + gap.length, 2 + gap.length)], lang: 'en', whole: true };
}

function plainFollows(gap: string, allowed: string): boolean {
  if (gap.length > 4) return false;
  let punct = 0;
  for (const c of gap) {
    if ([' ', '\t', '\n', '\r'].includes(c)) continue;
    if (!allowed.includes(c) || ++punct > 1) return false;
  }
  return true;
}

function plainJoin(gap: string): number {
  if (gap.length > 4) return -1;
  let punct = 0;
  for (const c of gap) {
    if ([' ', '\t', '\n', '\r'].includes(c)) continue;
    if (!'(),،'.includes(c) || ++punct > 2) return -1;
  }
  return gap.includes('(') ? 1 : 0;
}

describe('gaps read in place', () => {
  it('follows() agrees with the gap string', () => {
    fc.assert(fc.property(piece(6), fc.constantFrom('', ',،', '.', '-', '/', ',،/-', '-/.'), (gap, allowed) => {
      expect(follows(around(gap), 1, allowed)).toBe(plainFollows(gap, allowed));
    }), { numRuns: 3000 });
  });

  it('trimmedGap() is the trimmed gap: empty, its one character, or other', () => {
    fc.assert(fc.property(piece(6), (gap) => {
      const t = gap.trim();
      const expected = t === '' ? GAP_EMPTY : t.length === 1 ? t.charCodeAt(0) : GAP_OTHER;
      expect(trimmedGap(around(gap), 1)).toBe(expected);
      expect(gapLength(around(gap), 1)).toBe(gap.length);
      expect(gapHas(around(gap), 1, 0x2f)).toBe(gap.includes('/'));
    }), { numRuns: 3000 });
  });

  it('joinAt() matches the join rule and notes an opening parenthesis', () => {
    fc.assert(fc.property(piece(6), (gap) => expect(joinAt(around(gap), 1)).toBe(plainJoin(gap))), { numRuns: 3000 });
  });

  it('a missing atom is no gap at all', () => {
    const src = around(' ');
    expect(follows(src, 2)).toBe(false);
    expect(trimmedGap(src, 0)).toBe(GAP_OTHER);
    expect(joinAt(src, 2)).toBe(-1);
    expect(gapLength(src, 2)).toBe(-1);
  });
});

describe('words compared in place', () => {
  const lists: string[][] = [['in', 'since', 'by'], ['this', 'هذا', 'هذه'], ['s'], ['k', 'ki'], ['ال', 'الا']];

  it('lowerTextIs() is includes() of the lower-cased word', () => {
    fc.assert(fc.property(piece(4), fc.constantFrom(...lists), (word, words) => {
      const src: Source = { text: `(${word})`, atoms: [], lang: 'en', whole: true };
      expect(lowerTextIs(src, 1, 1 + word.length, words)).toBe(words.includes(word.toLowerCase()));
    }), { numRuns: 3000 });
  });

  it('textIs() is includes() of the word as written', () => {
    fc.assert(fc.property(piece(4), fc.constantFrom(...lists), (word, words) => {
      const src: Source = { text: `(${word})`, atoms: [], lang: 'en', whole: true };
      expect(textIs(src, 1, 1 + word.length, words)).toBe(words.includes(word));
    }), { numRuns: 3000 });
  });

  it('reads "IN", "In" and the Kelvin sign as their lower case does', () => {
    const src: Source = { text: 'IN In \u212a', atoms: [], lang: 'en', whole: true };
    expect(lowerTextIs(src, 0, 2, ['in'])).toBe(true);
    expect(lowerTextIs(src, 3, 5, ['in'])).toBe(true);
    expect(lowerTextIs(src, 6, 7, ['k'])).toBe(true);
  });
});
