import type { Calendar } from '../../types';
import { CARD_BIT, INT_BIT, MONTH_BIT, UNIT_BIT, marker, sense, type Atom } from '../atoms';
import { Source, Step, textIs, lowerTextIs, THIS_WORDS_MONTH, trimmedGap, gapLength, follows, intAt, period, dirAt, kindsFrom, hasKindAt, prevAtom } from './source';
import { dayNumber, yearAt } from './numbers';
import { monthName } from './months';
import { relativePeriod, shiftExpr } from './relative';

export interface DatePart {
  cal: Calendar;
  calExplicit: boolean;
  year?: number;
  yearDigits?: number;
  month?: number;
  day?: number;
  monthDir?: -1 | 0 | 1;
  /** "20 of next month": the month is relative. */
  monthOffset?: number;
  /** "اردیبهشت امسال", "January last year": the year relative to the anchor's. */
  yearOffset?: number;
  /** An Arabic numeric date that is no Gregorian day may be Hijri ("30-02-33"). */
  altIslamic?: boolean;
  weak: boolean;
}

/**
 * A date part with every field present, so that all parts share one object shape (see `newExpr`).
 * Also the way parts are copied: a spread of a part is slow where parts of many kinds meet.
 */
export function datePart(f: DatePart): DatePart {
  return {
    cal: f.cal, calExplicit: f.calExplicit, year: f.year, yearDigits: f.yearDigits, month: f.month, day: f.day, monthDir: f.monthDir,
    monthOffset: f.monthOffset, yearOffset: f.yearOffset, altIslamic: f.altIslamic, weak: f.weak,
  };
}

/** A new part with every field present (see `datePart`), without a literal to copy it from. */
export function newPart(cal: Calendar, calExplicit: boolean, weak: boolean, year?: number, yearDigits?: number, month?: number, day?: number): DatePart {
  return { cal, calExplicit, year, yearDigits, month, day, monthDir: undefined, monthOffset: undefined, yearOffset: undefined, altIslamic: undefined, weak };
}

/** A copy of the part that is not weak. */
function strong(part: DatePart): DatePart {
  const v = datePart(part);
  v.weak = false;
  return v;
}

export function withYear(src: Source, j: number, part: DatePart, allowShort: boolean): Step<DatePart> {
  // A year is written here or, after "سنة"/"year", next: in digits, or in English words.
  if (!hasKindAt(src, j, INT_BIT | CARD_BIT)) return { v: part, next: j };
  let k = j;
  if (src.atoms[k] && follows(src, k, ',،') && period(src, k, 'year')) k++;
  const y = src.atoms[k] && follows(src, k, ',،/-') ? yearAt(src, k, allowShort) : null;
  if (!y) return { v: part, next: j };
  const cal = y.v.cal ?? part.cal;
  const v = datePart(part);
  v.year = y.v.year;
  v.yearDigits = y.v.digits;
  v.cal = cal;
  v.calExplicit = part.calExplicit || y.v.cal !== null;
  return { v, next: y.next };
}

export function withDir(src: Source, j: number, part: DatePart): Step<DatePart> {
  const d = src.atoms[j] && follows(src, j) ? dirAt(src, j) : null;
  if (d === null || src.atoms[j]!.proclitic > 0) return { v: part, next: j };
  // "هذا"/"this" before a month is not a suffix.
  if (textIs(src, src.atoms[j]!.start, src.atoms[j]!.end, THIS_WORDS_MONTH)) return { v: part, next: j };
  const v = datePart(part);
  v.monthDir = d;
  return { v, next: j + 1 };
}

/** "15 سبتمبر 2022", "الخامس من يونيو الماضي", "۲۵ اسفند ۱۳۹۸", "4 December", "20 of next month". */
export function dayFirst(src: Source, j: number): Step<DatePart> | null {
  const d = dayNumber(src, j);
  if (!d) return null;
  // The month comes by name or as a relative month ("20 of next month"): without a month or a
  // unit word after the day, only an ordinal day alone can be read.
  if ((kindsFrom(src, d.next) & (MONTH_BIT | UNIT_BIT)) === 0) return ordinalDayAlone(src, j, d);
  let k = d.next;
  let of = false;
  if (src.atoms[k] && marker(src.atoms[k], 'the') && follows(src, k)) k++;
  if (src.atoms[k] && marker(src.atoms[k], 'of') && follows(src, k)) {
    k++;
    of = true;
  }
  if (src.atoms[k] && marker(src.atoms[k], 'the') && follows(src, k)) k++;
  // "20 of next month", "20th of the current month", "20th day of next month", "12 من الشهر الجاري"
  if (src.atoms[k] && sense(src.atoms[k], 'unit')?.u === 'day' && follows(src, k)) k++;
  if (src.atoms[k] && marker(src.atoms[k], 'of') && follows(src, k)) {
    k++;
    of = true;
  }
  if (src.atoms[k] && marker(src.atoms[k], 'the') && follows(src, k)) k++;
  const rel = of ? relativePeriod(src, k) : null;
  const written = src.atoms[j]!.int !== null || !!sense(src.atoms[j], 'ord');
  if (rel && written && rel.v.unit === 'month' && follows(src, k)) {
    return { v: datePart({ cal: 'gregory', calExplicit: false, day: d.v, monthOffset: rel.v.offset, weak: false }), next: rel.next };
  }
  if (src.atoms[k] && follows(src, k) && period(src, k, 'month')) k++;
  const gapOk = follows(src, k, '-/.') || (k > d.next && follows(src, k));
  const m = gapOk ? monthName(src, k) : null;
  if (!m) return ordinalDayAlone(src, j, d);
  let part: DatePart = newPart(m.v.cal, m.v.cal !== 'gregory', false, undefined, undefined, m.v.m, d.v);
  let next = m.next;
  // "۲۲ شهریور ماه ۱۴۰۱"
  if (src.atoms[next] && follows(src, next) && period(src, next, 'month') && !sense(src.atoms[next + 1], 'dir')) next++;
  const dir = withDir(src, next, part);
  part = dir.v;
  next = dir.next;
  const y = withYear(src, next, part, true);
  return y;
}

/** "the 15th", "the fifth" ending a whole input: a day of some month. */
function ordinalDayAlone(src: Source, j: number, d: Step<number>): Step<DatePart> | null {
  const a = src.atoms[j]!;
  const ordinalDay = a.ordinal || (!!sense(a, 'ord') && j > 0 && marker(src.atoms[j - 1], 'the'));
  if (src.whole && ordinalDay && !src.atoms[d.next]) return { v: newPart('gregory', false, false, undefined, undefined, undefined, d.v), next: d.next };
  return null;
}

/** "December 4, 2023", "Dec. 4", "Dhul Hijjah 16, 1443", "March 3rd 2015", "October 2014", "يناير الماضي". */
export function monthFirst(src: Source, j: number): Step<DatePart> | null {
  // The month is named here or, after "شهر"/"month", next.
  if (!hasKindAt(src, j, MONTH_BIT)) return null;
  let k = j;
  let periodWord = false;
  if (period(src, k, 'month') && src.atoms[k + 1] && follows(src, k + 1)) {
    k++;
    periodWord = true;
  }
  const m = monthName(src, k);
  if (!m) return null;
  let part: DatePart = newPart(m.v.cal, m.v.cal !== 'gregory', m.v.weak && !periodWord, undefined, undefined, m.v.m);
  let next = m.next;
  let n = next;
  if (src.atoms[n] && follows(src, n, '.') && marker(src.atoms[n], 'the')) n++;
  const d = src.atoms[n] && follows(src, n, '.') ? dayNumber(src, n) : null;
  // A day after the month, unless that number is really a year ("مايو 2015" has 4 digits; "2/2013" is numeric).
  const wordDay = d !== null && intAt(src, n) === undefined;
  // "May two years ago": a number before a unit counts units, it is no day.
  const counts = d !== null && !!src.atoms[d.next] && follows(src, d.next) && !!sense(src.atoms[d.next], 'unit');
  if (d && !counts && !(intAt(src, n) && intAt(src, n)!.digits > 2) && !(part.weak && wordDay && !src.whole)) {
    part = datePart(part);
    part.day = d.v;
    part.weak = false;
    next = d.next;
    return withYear(src, next, part, false);
  }
  const y = withYear(src, next, part, false);
  if (y.next > next) return { v: strong(y.v), next: y.next };
  let r = next;
  if (src.atoms[r] && follows(src, r) && period(src, r, 'month')) r++;
  if (src.atoms[r] && marker(src.atoms[r], 'of') && follows(src, r)) r++;
  const ry = src.atoms[r] && follows(src, r) ? relativePeriod(src, r) : null;
  if (ry && ry.v.unit === 'year' && !part.weak) {
    const v = datePart(part);
    v.yearOffset = ry.v.offset;
    return { v, next: ry.next };
  }
  // "March in a year", "May two years ago": the month of a year counted from now.
  const sh = !ry && (!part.weak || src.whole) && src.atoms[next] && follows(src, next) ? shiftExpr(src, next) : null;
  if (sh && sh.v.unit === 'year' && !sh.v.within) {
    const v = strong(part);
    v.yearOffset = sh.v.n;
    return { v, next: sh.next };
  }
  const dir = withDir(src, next, part);
  if (dir.next > next) return { v: strong(dir.v), next: dir.next };
  if (part.weak && afterPreposition(src, k) && !sense(src.atoms[k], 'weekday')) {
    part = datePart(part);
    part.weak = part.cal === 'persian';
  }
  return { v: part, next };
}

export const MONTH_PREPOSITIONS: readonly string[] = ['في', 'in', 'during', 'since', 'until', 'by'];

/** The month word follows "في", "in", "during": a verb or a name would not. */
export function afterPreposition(src: Source, k: number): boolean {
  const prev = prevAtom(src, k);
  if (!prev || !follows(src, k)) return false;
  return lowerTextIs(src, prev.start, prev.end, MONTH_PREPOSITIONS);
}

/** "15/09/2022", "۱۴۰۲/۰۵/۳۱", "2015-3-3", "2/2013", "2/15", "١٠ - ١٢". */
export function numeric(src: Source, j: number): Step<DatePart> | null {
  const a = intAt(src, j);
  const b = intAt(src, j + 1);
  if (!a || !b || a.ordinal || b.ordinal) return null;
  const sepCode = trimmedGap(src, j + 1);
  if ((sepCode !== 0x2f && sepCode !== 0x2d && sepCode !== 0x2e) || gapLength(src, j + 1) > 3) return null;
  const sep = String.fromCharCode(sepCode);
  const c = intAt(src, j + 2);
  let part: DatePart | null;
  let next: number;
  if (c && !c.ordinal && trimmedGap(src, j + 2) === sepCode && gapLength(src, j + 2) <= 3) {
    part = threeNumbers(src, a, b, c);
    next = j + 3;
  } else {
    part = twoNumbers(src, a, b, sep);
    next = j + 2;
  }
  if (!part) return null;
  if (src.lang === 'ar' && part.year !== undefined) {
    part = datePart(part);
    part.altIslamic = true;
  }
  const era = sense(src.atoms[next], 'era');
  if (era && follows(src, next, '.') && part.year !== undefined) {
    part = datePart(part);
    part.cal = era.cal;
    part.calExplicit = true;
    next++;
  }
  return { v: part, next };
}

export function threeNumbers(src: Source, a: Atom, b: Atom, c: Atom): DatePart | null {
  if (a.digits === 4) return newPart('gregory', false, false, a.int!, 4, b.int!, c.int!);
  if (c.digits !== 4 && c.digits !== 2) return null;
  if (a.digits > 2 || b.digits > 2) return null;
  // English writes month/day/year; Arabic and Persian day/month/year. A first number above 12 settles it.
  const monthFirstOrder = src.lang === 'en' ? a.int! <= 12 : a.int! <= 12 && b.int! > 12;
  const [day, month] = monthFirstOrder ? [b.int!, a.int!] : [a.int!, b.int!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return newPart('gregory', false, false, c.int!, c.digits, month, day);
}

export function twoNumbers(src: Source, a: Atom, b: Atom, sep: string): DatePart | null {
  if (b.digits === 4 && a.digits <= 2 && a.int! >= 1 && a.int! <= 12) {
    return newPart('gregory', false, false, b.int!, 4, a.int!);
  }
  if (a.digits === 4 && b.digits <= 2 && b.int! >= 1 && b.int! <= 12 && sep !== '.') {
    return newPart('gregory', false, false, a.int!, 4, b.int!);
  }
  if (a.digits > 2 || b.digits > 2 || sep === '.') return null;
  const monthFirstOrder = src.lang === 'en' ? a.int! <= 12 : a.int! <= 12 && b.int! > 12;
  const [day, month] = monthFirstOrder ? [b.int!, a.int!] : [a.int!, b.int!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // A bare "3-5" is as likely a score or a range of numbers: only the whole input, or a dateline, counts.
  return newPart('gregory', false, true, undefined, undefined, month, day);
}

/** "عام 2022", "سال ۱۴۰۲", "2011", "1443 هـ". */
export function yearOnly(src: Source, j: number): Step<DatePart> | null {
  // The year is written here or, after "سنة"/"year", next: in digits, or in English words.
  if (!hasKindAt(src, j, INT_BIT | CARD_BIT)) return null;
  let k = j;
  const word = period(src, k, 'year') || sense(src.atoms[k], 'unit')?.u === 'year';
  if (word) k++;
  if (word && !follows(src, k)) return null;
  const y = yearAt(src, k, false);
  if (!y) return null;
  const explicit = y.v.cal !== null;
  const plausible = y.v.year >= 1000 && y.v.year <= 2200;
  if (!plausible && !explicit) return null;
  const enBare = !word && isBareYear(src, j);
  if (!word && !explicit && !enBare) {
    return { v: newPart('gregory', false, true, y.v.year, 4), next: y.next };
  }
  return { v: newPart(y.v.cal ?? 'gregory', explicit, false, y.v.year, 4), next: y.next };
}

export const YEAR_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'until', 'by', 'from', 'of', 'before', 'after', 'during', 'to', 'and', 'early', 'late', 'mid', 'through',
  'في', 'منذ', 'حتى', 'وفي', 'ومنذ', 'خلال', 'در', 'از', 'تا',
];

/** A bare year ("in 2018", "في 2019", "در ۲۰۱۹") after a preposition. */
export function isBareYear(src: Source, j: number): boolean {
  const a = src.atoms[j]!;
  if (a.int! < 1900 || a.int! > 2100) return false;
  const prev = prevAtom(src, j);
  if (!prev || !follows(src, j, ',')) return false;
  return lowerTextIs(src, prev.start, prev.end, YEAR_PREPOSITIONS);
}

export function calendarDate(src: Source, j: number): Step<DatePart> | null {
  return numeric(src, j) ?? dayFirst(src, j) ?? monthFirst(src, j) ?? yearOnly(src, j);
}
