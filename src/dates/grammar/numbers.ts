import type { Calendar } from '../../types';
import { sense } from '../atoms';
import { Source, Step, follows, intAt } from './source';

/** A cardinal count: digits, a number word, or a compound ("ثلاثة وعشرين", "بیست و سه", "twenty-one"). */
export function count(src: Source, j: number): Step<number> | null {
  const a = src.atoms[j];
  if (!a) return null;
  if (a.int !== null && a.digits <= 3 && !a.ordinal) return { v: a.int, next: j + 1 };
  const c = sense(a, 'card');
  if (!c) return null;
  return compound(src, j, c.n, 'card');
}

export function compound(src: Source, j: number, n: number, kind: 'card' | 'ord'): Step<number> {
  // "بیست و سوم": the conjunction is its own word; "الثالث والعشرون": it is a proclitic.
  let k = j + 1;
  let b = src.atoms[k];
  // (b is the bare word "و", U+0648)
  if (b && b.senses.length === 0 && b.end - b.start === 1 && src.text.charCodeAt(b.start) === 0x648 && follows(src, k)) {
    k++;
    b = src.atoms[k];
  }
  if (b && follows(src, k, '-')) {
    const s = sense(b, kind) ?? sense(b, kind === 'card' ? 'ord' : 'card');
    if (s && s.n > 0) {
      const tens = n >= 20 && n % 10 === 0 && s.n < 10 ? n + s.n : s.n >= 20 && s.n % 10 === 0 && n < 10 ? n + s.n : null;
      if (tens !== null && (k > j + 1 || b.proclitic > 0 || n >= 20)) return { v: tens, next: k + 1 };
    }
  }
  return { v: n, next: j + 1 };
}

/** A day of the month: "15", "15th", "الخامس", "twenty-first", "بیست و سوم". */
export function dayNumber(src: Source, j: number): Step<number> | null {
  const a = src.atoms[j];
  if (!a) return null;
  if (a.int !== null) {
    if (a.digits <= 2 && a.int >= 1 && a.int <= 31) return { v: a.int, next: j + 1 };
    return null;
  }
  const o = sense(a, 'ord');
  if (o && o.n >= 1) {
    const s = compound(src, j, o.n, 'ord');
    return s.v <= 31 ? s : null;
  }
  const c = sense(a, 'card');
  if (c && c.n >= 1 && c.n <= 31) {
    const s = compound(src, j, c.n, 'card');
    return s.v <= 31 ? s : null;
  }
  return null;
}

export interface YearStep {
  year: number;
  digits: number;
  cal: Calendar | null;
}

/** A year, with its era marker if any: "2022", "١٤٤٦ هـ", "1402 ه.ش", "1443 AH". */
export function yearAt(src: Source, j: number, allowShort: boolean): Step<YearStep> | null {
  const a = intAt(src, j);
  if (!a) return src.lang === 'en' ? yearInWords(src, j) : null;
  if (a.ordinal) return null;
  const ok = a.digits === 4 || (allowShort && a.digits === 2);
  if (!ok) return null;
  const era = src.atoms[j + 1];
  const e = sense(era, 'era');
  if (e && follows(src, j + 1, '.')) {
    return { v: { year: a.int!, digits: a.digits, cal: e.cal }, next: j + 2 };
  }
  return { v: { year: a.int!, digits: a.digits, cal: null }, next: j + 1 };
}

const wordAt = (src: Source, j: number) => {
  const a = src.atoms[j];
  return a ? src.text.slice(a.start, a.end).toLowerCase() : '';
};

/**
 * An English year in words: "two thousand ten", "two thousand and nine", "nineteen ninety-five",
 * "twenty twenty-two". The second form needs a first part of 11–20 and a second of 10–99, so
 * that "twenty five" stays a number.
 */
function yearInWords(src: Source, j: number): Step<YearStep> | null {
  const c = sense(src.atoms[j], 'card');
  if (!c || c.n < 1 || c.n > 20 || wordAt(src, j) === 'a' || wordAt(src, j) === 'an') return null;
  if (src.atoms[j + 1] && follows(src, j + 1) && wordAt(src, j + 1) === 'thousand' && c.n <= 9) {
    let k = j + 2;
    if (src.atoms[k] && follows(src, k) && wordAt(src, k) === 'and') k++;
    const rest = src.atoms[k] && follows(src, k) ? sense(src.atoms[k], 'card') : undefined;
    if (rest && rest.n >= 1 && rest.n <= 99 && wordAt(src, k) !== 'a') {
      const r = compound(src, k, rest.n, 'card');
      if (r.v <= 99) return { v: { year: c.n * 1000 + r.v, digits: 4, cal: null }, next: r.next };
    }
    return { v: { year: c.n * 1000, digits: 4, cal: null }, next: j + 2 };
  }
  if (c.n < 11 || !src.atoms[j + 1] || !follows(src, j + 1)) return null;
  const second = sense(src.atoms[j + 1], 'card');
  if (!second || second.n < 10) return null;
  const r = compound(src, j + 1, second.n, 'card');
  if (r.v < 10 || r.v > 99) return null;
  return { v: { year: c.n * 100 + r.v, digits: 4, cal: null }, next: r.next };
}
