import type { Calendar, Language } from '../types';
import { marker, sense, type Atom } from './atoms';
import type { Expr, WeekdayMode } from './expr';
import type { Unit } from './lexicon';

/** What the grammar reads: the normalized text, its atoms, the language, and whether the atoms are the whole input. */
export interface Source {
  text: string;
  atoms: Atom[];
  lang: Language;
  whole: boolean;
}

interface Step<T> {
  v: T;
  next: number;
}

const SPACE = new Set([' ', '\t', '\n', '\r']);

/** Text between atom j-1 and atom j. */
function gapBefore(src: Source, j: number): string {
  const a = src.atoms[j - 1];
  const b = src.atoms[j];
  if (!a || !b) return '\u0000';
  return src.text.slice(a.end, b.start);
}

/** Atom j follows j-1 with only spaces and at most one of the `allowed` punctuation marks between. */
function follows(src: Source, j: number, allowed = ''): boolean {
  const gap = gapBefore(src, j);
  if (gap.length > 4) return false;
  let punct = 0;
  for (const c of gap) {
    if (SPACE.has(c)) continue;
    if (!allowed.includes(c) || ++punct > 1) return false;
  }
  return true;
}

function intAt(src: Source, j: number): Atom | undefined {
  const a = src.atoms[j];
  return a && a.int !== null ? a : undefined;
}

/** A cardinal count: digits, a number word, or a compound ("ثلاثة وعشرين", "بیست و سه", "twenty-one"). */
function count(src: Source, j: number): Step<number> | null {
  const a = src.atoms[j];
  if (!a) return null;
  if (a.int !== null && a.digits <= 3 && !a.ordinal) return { v: a.int, next: j + 1 };
  const c = sense(a, 'card');
  if (!c) return null;
  return compound(src, j, c.n, 'card');
}

function compound(src: Source, j: number, n: number, kind: 'card' | 'ord'): Step<number> {
  // "بیست و سوم": the conjunction is its own word; "الثالث والعشرون": it is a proclitic.
  let k = j + 1;
  let b = src.atoms[k];
  if (b && b.senses.length === 0 && src.text.slice(b.start, b.end) === 'و' && follows(src, k)) {
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
function dayNumber(src: Source, j: number): Step<number> | null {
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

interface YearStep {
  year: number;
  digits: number;
  cal: Calendar | null;
}

/** A year, with its era marker if any: "2022", "١٤٤٦ هـ", "1402 ه.ش", "1443 AH". */
function yearAt(src: Source, j: number, allowShort: boolean): Step<YearStep> | null {
  const a = intAt(src, j);
  if (!a || a.ordinal) return null;
  const ok = a.digits === 4 || (allowShort && a.digits === 2);
  if (!ok) return null;
  const era = src.atoms[j + 1];
  const e = sense(era, 'era');
  if (e && follows(src, j + 1, '.')) {
    return { v: { year: a.int!, digits: a.digits, cal: e.cal }, next: j + 2 };
  }
  return { v: { year: a.int!, digits: a.digits, cal: null }, next: j + 1 };
}

interface MonthStep {
  cal: Calendar;
  m: number;
  weak: boolean;
}

/** A month name, with an alternative name after a slash ("أيلول/سبتمبر"). */
function monthName(src: Source, j: number): Step<MonthStep> | null {
  const a = src.atoms[j];
  const s = a ? pickMonth(src, a) : undefined;
  if (!s) return null;
  let next = j + 1;
  let weak = s.weak;
  const alt = src.atoms[next];
  const altMonth = alt ? pickMonth(src, alt) : undefined;
  if (altMonth && follows(src, next, '/') && gapBefore(src, next).includes('/')) {
    next++;
    weak = weak && altMonth.weak;
  }
  return { v: { cal: s.cal, m: s.m, weak }, next };
}

function pickMonth(src: Source, a: Atom): MonthStep | undefined {
  let best: MonthStep | undefined;
  for (const s of a.senses) {
    if (s.k !== 'month') continue;
    // An Arabic text's مارس is Gregorian; a Persian text's مهر is Solar Hijri: prefer the language's calendar.
    if (!best || (src.lang === 'fa' && s.cal === 'persian' && best.cal !== 'persian')) best = { cal: s.cal, m: s.m, weak: s.weak };
  }
  return best;
}

function period(src: Source, j: number, u: 'day' | 'month' | 'year'): boolean {
  const a = src.atoms[j];
  return !!a && a.senses.some((s) => s.k === 'period' && s.u === u);
}

function dirAt(src: Source, j: number): -1 | 0 | 1 | null {
  const d = sense(src.atoms[j], 'dir');
  return d ? d.d : null;
}

function unitAt(src: Source, j: number): { u: Unit; n: number | null } | null {
  const u = sense(src.atoms[j], 'unit');
  return u ? { u: u.u, n: u.n } : null;
}

function base(src: Source, first: number, next: number): Expr {
  return { first, last: next - 1, start: src.atoms[first]!.start, end: src.atoms[next - 1]!.end, cal: 'gregory', weak: false };
}

// ---------------------------------------------------------------------------------------------
// Calendar dates: day-month-year, month-day-year, month-year, numeric dates, years.

interface DatePart {
  cal: Calendar;
  calExplicit: boolean;
  year?: number;
  yearDigits?: number;
  month?: number;
  day?: number;
  monthDir?: -1 | 0 | 1;
  /** "20 of next month": the month is relative. */
  monthOffset?: number;
  /** An Arabic numeric date that is no Gregorian day may be Hijri ("30-02-33"). */
  altIslamic?: boolean;
  weak: boolean;
}

function withYear(src: Source, j: number, part: DatePart, allowShort: boolean): Step<DatePart> {
  let k = j;
  if (src.atoms[k] && follows(src, k, ',،') && period(src, k, 'year')) k++;
  const y = src.atoms[k] && follows(src, k, ',،/-') ? yearAt(src, k, allowShort) : null;
  if (!y) return { v: part, next: j };
  const cal = y.v.cal ?? part.cal;
  return { v: { ...part, year: y.v.year, yearDigits: y.v.digits, cal, calExplicit: part.calExplicit || y.v.cal !== null }, next: y.next };
}

function withDir(src: Source, j: number, part: DatePart): Step<DatePart> {
  const d = src.atoms[j] && follows(src, j) ? dirAt(src, j) : null;
  if (d === null || src.atoms[j]!.proclitic > 0) return { v: part, next: j };
  // "هذا"/"this" before a month is not a suffix.
  const word = src.text.slice(src.atoms[j]!.start, src.atoms[j]!.end);
  if (/^(هذا|هذه|this|این|همین)$/u.test(word)) return { v: part, next: j };
  return { v: { ...part, monthDir: d }, next: j + 1 };
}

/** "15 سبتمبر 2022", "الخامس من يونيو الماضي", "۲۵ اسفند ۱۳۹۸", "4 December", "20 of next month". */
function dayFirst(src: Source, j: number): Step<DatePart> | null {
  const d = dayNumber(src, j);
  if (!d) return null;
  let k = d.next;
  if (src.atoms[k] && follows(src, k) && marker(src.atoms[k], 'the')) k++;
  if (src.atoms[k] && follows(src, k) && marker(src.atoms[k], 'of')) k++;
  if (src.atoms[k] && follows(src, k) && marker(src.atoms[k], 'the')) k++;
  // "20 of next month", "20th of the current month", "20th day of next month"
  if (src.atoms[k] && sense(src.atoms[k], 'unit')?.u === 'day' && follows(src, k)) k++;
  if (src.atoms[k] && sense(src.atoms[k], 'marker') && marker(src.atoms[k], 'of') && follows(src, k)) k++;
  if (src.atoms[k] && marker(src.atoms[k], 'the') && follows(src, k)) k++;
  const rel = relativePeriod(src, k);
  const written = src.atoms[j]!.int !== null || !!sense(src.atoms[j], 'ord');
  if (rel && written && rel.v.unit === 'month' && follows(src, k)) {
    return { v: { cal: 'gregory', calExplicit: false, day: d.v, monthOffset: rel.v.offset, weak: false }, next: rel.next };
  }
  if (src.atoms[k] && follows(src, k) && period(src, k, 'month')) k++;
  const gapOk = follows(src, k, '-/.') || (k > d.next && follows(src, k));
  const m = gapOk ? monthName(src, k) : null;
  if (!m) {
    const a = src.atoms[j]!;
    const ordinalDay = a.ordinal || (!!sense(a, 'ord') && j > 0 && marker(src.atoms[j - 1], 'the'));
    if (src.whole && ordinalDay && !src.atoms[d.next]) return { v: { cal: 'gregory', calExplicit: false, day: d.v, weak: false }, next: d.next };
    return null;
  }
  let part: DatePart = { cal: m.v.cal, calExplicit: m.v.cal !== 'gregory', month: m.v.m, day: d.v, weak: false };
  let next = m.next;
  // "۲۲ شهریور ماه ۱۴۰۱"
  if (src.atoms[next] && follows(src, next) && period(src, next, 'month') && !sense(src.atoms[next + 1], 'dir')) next++;
  const dir = withDir(src, next, part);
  part = dir.v;
  next = dir.next;
  const y = withYear(src, next, part, true);
  return y;
}

/** "December 4, 2023", "Dec. 4", "Dhul Hijjah 16, 1443", "March 3rd 2015", "October 2014", "يناير الماضي". */
function monthFirst(src: Source, j: number): Step<DatePart> | null {
  let k = j;
  let periodWord = false;
  if (period(src, k, 'month') && src.atoms[k + 1] && follows(src, k + 1)) {
    k++;
    periodWord = true;
  }
  const m = monthName(src, k);
  if (!m) return null;
  let part: DatePart = { cal: m.v.cal, calExplicit: m.v.cal !== 'gregory', month: m.v.m, weak: m.v.weak && !periodWord };
  let next = m.next;
  let n = next;
  if (src.atoms[n] && follows(src, n, '.') && marker(src.atoms[n], 'the')) n++;
  const d = src.atoms[n] && follows(src, n, '.') ? dayNumber(src, n) : null;
  // A day after the month, unless that number is really a year ("مايو 2015" has 4 digits; "2/2013" is numeric).
  if (d && !(intAt(src, n) && intAt(src, n)!.digits > 2)) {
    part = { ...part, day: d.v, weak: false };
    next = d.next;
    return withYear(src, next, part, false);
  }
  const y = withYear(src, next, part, false);
  if (y.next > next) return { v: { ...y.v, weak: false }, next: y.next };
  const dir = withDir(src, next, part);
  if (dir.next > next) return { v: { ...dir.v, weak: false }, next: dir.next };
  if (part.weak && afterPreposition(src, k) && !sense(src.atoms[k], 'weekday')) part = { ...part, weak: part.cal === 'persian' };
  return { v: part, next };
}

const MONTH_PREPOSITIONS = new Set(['في', 'in', 'during', 'since', 'until', 'by']);

/** The month word follows "في", "in", "during": a verb or a name would not. */
function afterPreposition(src: Source, k: number): boolean {
  const prev = src.atoms[k - 1];
  if (!prev || !follows(src, k)) return false;
  return MONTH_PREPOSITIONS.has(src.text.slice(prev.start, prev.end).toLowerCase());
}

/** "15/09/2022", "۱۴۰۲/۰۵/۳۱", "2015-3-3", "2/2013", "2/15", "١٠ - ١٢". */
function numeric(src: Source, j: number): Step<DatePart> | null {
  const a = intAt(src, j);
  const b = intAt(src, j + 1);
  if (!a || !b || a.ordinal || b.ordinal) return null;
  const sep = gapBefore(src, j + 1).trim();
  if (sep.length !== 1 || !'/-.'.includes(sep) || gapBefore(src, j + 1).length > 3) return null;
  const c = intAt(src, j + 2);
  const sep2 = c ? gapBefore(src, j + 2).trim() : '';
  let part: DatePart | null;
  let next: number;
  if (c && !c.ordinal && sep2 === sep && gapBefore(src, j + 2).length <= 3) {
    part = threeNumbers(src, a, b, c);
    next = j + 3;
  } else {
    part = twoNumbers(src, a, b, sep);
    next = j + 2;
  }
  if (!part) return null;
  if (src.lang === 'ar' && part.year !== undefined) part = { ...part, altIslamic: true };
  const era = sense(src.atoms[next], 'era');
  if (era && follows(src, next, '.') && part.year !== undefined) {
    part = { ...part, cal: era.cal, calExplicit: true };
    next++;
  }
  return { v: part, next };
}

function threeNumbers(src: Source, a: Atom, b: Atom, c: Atom): DatePart | null {
  if (a.digits === 4) return { cal: 'gregory', calExplicit: false, year: a.int!, yearDigits: 4, month: b.int!, day: c.int!, weak: false };
  if (c.digits !== 4 && c.digits !== 2) return null;
  if (a.digits > 2 || b.digits > 2) return null;
  // English writes month/day/year; Arabic and Persian day/month/year. A first number above 12 settles it.
  const monthFirstOrder = src.lang === 'en' ? a.int! <= 12 : a.int! <= 12 && b.int! > 12;
  const [day, month] = monthFirstOrder ? [b.int!, a.int!] : [a.int!, b.int!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { cal: 'gregory', calExplicit: false, year: c.int!, yearDigits: c.digits, month, day, weak: false };
}

function twoNumbers(src: Source, a: Atom, b: Atom, sep: string): DatePart | null {
  if (b.digits === 4 && a.digits <= 2 && a.int! >= 1 && a.int! <= 12) {
    return { cal: 'gregory', calExplicit: false, year: b.int!, yearDigits: 4, month: a.int!, weak: false };
  }
  if (a.digits === 4 && b.digits <= 2 && b.int! >= 1 && b.int! <= 12 && sep !== '.') {
    return { cal: 'gregory', calExplicit: false, year: a.int!, yearDigits: 4, month: b.int!, weak: false };
  }
  if (a.digits > 2 || b.digits > 2 || sep === '.') return null;
  const monthFirstOrder = src.lang === 'en' ? a.int! <= 12 : a.int! <= 12 && b.int! > 12;
  const [day, month] = monthFirstOrder ? [b.int!, a.int!] : [a.int!, b.int!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // A bare "3-5" is as likely a score or a range of numbers: only the whole input, or a dateline, counts.
  return { cal: 'gregory', calExplicit: false, month, day, weak: true };
}

/** "عام 2022", "سال ۱۴۰۲", "2011", "1443 هـ". */
function yearOnly(src: Source, j: number): Step<DatePart> | null {
  let k = j;
  const word = period(src, k, 'year') || sense(src.atoms[k], 'unit')?.u === 'year';
  if (word) k++;
  if (word && !follows(src, k)) return null;
  const y = yearAt(src, k, false);
  if (!y) return null;
  const explicit = y.v.cal !== null;
  const plausible = y.v.year >= 1000 && y.v.year <= 2200;
  if (!plausible && !explicit) return null;
  const enBare = src.lang === 'en' && !word && isBareEnglishYear(src, j);
  if (!word && !explicit && !enBare) {
    return { v: { cal: 'gregory', calExplicit: false, year: y.v.year, yearDigits: 4, weak: true }, next: y.next };
  }
  return { v: { cal: y.v.cal ?? 'gregory', calExplicit: explicit, year: y.v.year, yearDigits: 4, weak: false }, next: y.next };
}

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'from', 'of', 'before', 'after', 'during', 'to', 'and', 'early', 'late', 'mid', 'through']);

function isBareEnglishYear(src: Source, j: number): boolean {
  const a = src.atoms[j]!;
  if (a.int! < 1900 || a.int! > 2100) return false;
  const prev = src.atoms[j - 1];
  if (!prev || !follows(src, j, ',')) return false;
  const word = src.text.slice(prev.start, prev.end).toLowerCase();
  return YEAR_PREPOSITIONS.has(word);
}

function calendarDate(src: Source, j: number): Step<DatePart> | null {
  return numeric(src, j) ?? dayFirst(src, j) ?? monthFirst(src, j) ?? yearOnly(src, j);
}

// ---------------------------------------------------------------------------------------------
// Relative expressions.

/** "last week", "الشهر المقبل", "هذا العام", "هفته گذشته", "امسال". */
function relativePeriod(src: Source, j: number): Step<{ unit: Unit; offset: number }> | null {
  const a = src.atoms[j];
  if (!a) return null;
  const ry = sense(a, 'relyear');
  if (ry) return { v: { unit: 'year', offset: ry.d }, next: j + 1 };
  const d = sense(a, 'pre') || marker(a, 'ago') || marker(a, 'later') ? null : dirAt(src, j);
  const u1 = unitAt(src, j + 1);
  if (d !== null && u1 && u1.n === null && follows(src, j + 1) && isSingular(src, j + 1)) {
    return { v: { unit: u1.u, offset: d }, next: j + 2 };
  }
  const u = unitAt(src, j);
  const d2 = src.atoms[j + 1] && follows(src, j + 1) ? dirAt(src, j + 1) : null;
  if (u && u.n === null && d2 !== null && isSingular(src, j)) {
    const w = src.text.slice(src.atoms[j + 1]!.start, src.atoms[j + 1]!.end);
    if (/^(هذا|هذه|this|این)$/u.test(w)) return null;
    return { v: { unit: u.u, offset: d2 }, next: j + 2 };
  }
  return null;
}

const PLURAL_UNITS = new Set(['ايام', 'اسابيع', 'اشهر', 'شهور', 'سنوات', 'سنين', 'اعوام', 'days', 'weeks', 'months', 'years', 'الاسابيع']);

function isSingular(src: Source, j: number): boolean {
  const a = src.atoms[j]!;
  return !PLURAL_UNITS.has(src.text.slice(a.start + a.proclitic, a.end).toLowerCase());
}

/** "منذ 3 أيام", "قبل ثلاثة أيام", "بعد شهرين", "in a week", "two weeks ago", "۳ روز پیش", "ده سال پیش". */
function shiftExpr(src: Source, j: number): Step<{ unit: Unit | 'weekday'; n: number; wd?: number; within?: boolean }> | null {
  const a = src.atoms[j];
  if (!a) return null;
  const pre = sense(a, 'pre');
  const inWord = marker(a, 'in');
  if ((pre || inWord) && src.atoms[j + 1] && follows(src, j + 1)) {
    if (pre && pre.d === 0) {
      const inner = shiftExpr({ ...src }, j + 1) ?? withinCount(src, j + 1);
      return inner ? { v: { ...inner.v, within: true }, next: inner.next } : null;
    }
    const dir = pre ? pre.d : 1;
    const dual = unitAt(src, j + 1);
    if (dual && dual.n !== null) return { v: { unit: dual.u, n: dir * dual.n }, next: j + 2 };
    const c = count(src, j + 1);
    if (c && src.atoms[c.next] && follows(src, c.next)) {
      const u = unitAt(src, c.next);
      // "in five years" is as often a span ("the first visit in five years") as a date: only alone.
      if (u && (pre || src.whole)) return { v: { unit: u.u, n: dir * c.v * (u.n ?? 1) }, next: c.next + 1 };
    }
    // "قبل أسبوع", "من اسبوع": one unit.
    const single = unitAt(src, j + 1);
    const yearAfter = intAt(src, j + 2) && follows(src, j + 2);
    if (single && !yearAfter && isSingular(src, j + 1) && pre && !/^ال/u.test(src.text.slice(src.atoms[j + 1]!.start, src.atoms[j + 1]!.end))) {
      return { v: { unit: single.u, n: dir }, next: j + 2 };
    }
    return null;
  }
  if (dirAt(src, j) === 1 && src.atoms[j + 1] && follows(src, j + 1)) {
    const c1 = count(src, j + 1);
    const u1 = c1 && src.atoms[c1.next] && follows(src, c1.next) ? unitAt(src, c1.next) : null;
    if (c1 && u1) return { v: { unit: u1.u, n: c1.v * (u1.n ?? 1) }, next: c1.next + 1 };
  }
  const c = count(src, j);
  let k = c ? c.next : j;
  let upcoming = false;
  if (c && src.atoms[k] && follows(src, k) && dirAt(src, k) === 1) {
    upcoming = true;
    k++;
  }
  if (!c || !src.atoms[k] || !follows(src, k)) return null;
  const u = unitAt(src, k);
  const wd = sense(src.atoms[k], 'weekday');
  if (!u && !wd) return null;
  const after = src.atoms[k + 1];
  if (upcoming && u) return { v: { unit: u.u, n: c.v * (u.n ?? 1) }, next: k + 1 };
  if (!after || !follows(src, k + 1)) return null;
  if (marker(after, 'ago')) return { v: wd ? { unit: 'weekday', n: -c.v, wd: wd.wd } : { unit: u!.u, n: -c.v * (u!.n ?? 1) }, next: k + 2 };
  if (marker(after, 'later')) return { v: wd ? { unit: 'weekday', n: c.v, wd: wd.wd } : { unit: u!.u, n: c.v * (u!.n ?? 1) }, next: k + 2 };
  return null;
}

/** "اسبوعين", "ثلاثة أيام" after "خلال": a plain count of units. */
function withinCount(src: Source, j: number): Step<{ unit: Unit; n: number }> | null {
  const dual = unitAt(src, j);
  if (dual && dual.n !== null) return { v: { unit: dual.u, n: dual.n }, next: j + 1 };
  const c = count(src, j);
  const u = c && src.atoms[c.next] && follows(src, c.next) ? unitAt(src, c.next) : null;
  return c && u ? { v: { unit: u.u, n: c.v }, next: c.next + 1 } : null;
}

/** A whole input that only lists durations ("1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة") is read as time ago. */
export function durationList(src: Source): Expr | null {
  if (!src.whole || src.atoms.length < 4) return null;
  const shifts: { unit: Unit; n: number }[] = [];
  let j = 0;
  while (j < src.atoms.length) {
    if (j > 0 && !follows(src, j, ',،')) return null;
    const c = count(src, j);
    if (!c || !src.atoms[c.next]) return null;
    const u = unitAt(src, c.next);
    if (u) shifts.push({ unit: u.u, n: -c.v * (u.n ?? 1) });
    else if (!sense(src.atoms[c.next], 'small')) return null;
    j = c.next + 1;
  }
  if (shifts.length < 2) return null;
  const [first, ...more] = shifts;
  return { ...base(src, 0, src.atoms.length), shift: first!, more };
}

// ---------------------------------------------------------------------------------------------
// Composite expressions: relative day, weekday, calendar date and part of day in any order.

interface Parts {
  dayOffset?: number;
  weekday?: number;
  weekdayMode?: WeekdayMode;
  date?: DatePart;
  pod?: Expr['pod'];
  weak: boolean;
}

function weekdayComponent(src: Source, j: number, hasContext: boolean): Step<{ wd: number; mode: WeekdayMode; weak: boolean }> | null {
  let k = j;
  let mode: WeekdayMode = 'auto';
  const d = dirAt(src, k);
  if (d !== null && src.atoms[k + 1] && follows(src, k + 1) && sense(src.atoms[k + 1], 'weekday')) {
    mode = d === -1 ? 'last' : d === 1 ? 'next-week' : 'auto';
    const w = src.text.slice(src.atoms[k]!.start, src.atoms[k]!.end).toLowerCase();
    if (d === 1 && w !== 'next') mode = 'next';
    k++;
  }
  const w = sense(src.atoms[k], 'weekday');
  if (!w) return null;
  let next = k + 1;
  let weak = w.weak;
  const after = src.atoms[next];
  if (after && follows(src, next)) {
    const d2 = dirAt(src, next);
    if (d2 !== null && after.proclitic === 0 && !/^(هذا|هذه|this|این)$/u.test(src.text.slice(after.start, after.end))) {
      if (!(unitAt(src, next + 1) && follows(src, next + 1))) {
        mode = d2 === -1 ? 'last' : d2 === 1 ? 'next' : 'this-week';
        next++;
        weak = false;
      }
    }
  }
  // "sunday from last week", "الاحد من الاسبوع الماضي", "ثلاثاء الاسبوع الفائت", "wednesday of next week"
  let m = next;
  if (src.atoms[m] && follows(src, m) && (marker(src.atoms[m], 'of') || marker(src.atoms[m], 'from') || marker(src.atoms[m], 'on'))) m++;
  const rp = src.atoms[m] && follows(src, m) ? relativePeriod(src, m) : null;
  if (rp && rp.v.unit === 'week') {
    mode = rp.v.offset === -1 ? 'last-week' : rp.v.offset === 1 ? 'next-week' : 'this-week';
    next = rp.next;
    weak = false;
  } else if (src.atoms[next] && follows(src, next) && marker(src.atoms[next], 'after') && dirAt(src, next + 1) === 1) {
    mode = 'after-next';
    next += 2;
    weak = false;
  }
  if (k > j) weak = false;
  if (weak && !hasContext && !src.whole) {
    // "دوشنبه" is also Dushanbe, "Sun" the star: only with a date, a day word or a parenthesis around it.
    const prevGap = j > 0 ? gapBefore(src, j) : '';
    if (!prevGap.includes('(')) return { v: { wd: w.wd, mode, weak: true }, next };
  }
  return { v: { wd: w.wd, mode, weak: false }, next };
}

/** Parses a composite expression starting at atom `i`. */
function composite(src: Source, i: number): Expr | null {
  const parts: Parts = { weak: false };
  let j = i;
  let opened = 0;
  let lastEnd = -1;
  let endOffset = -1;
  let dayWord = false;
  let needsDate = false;
  for (let guard = 0; guard < 8; guard++) {
    const a = src.atoms[j];
    if (!a) break;
    if (j > i) {
      const gap = gapBefore(src, j);
      if (!isJoinGap(gap)) break;
      if (gap.includes('(')) opened++;
    }
    if (marker(a, 'equals')) break;
    // "يوم"/"روز" before a weekday or a date: part of the expression.
    if (!dayWord && period(src, j, 'day') && src.atoms[j + 1] && follows(src, j + 1) && !sense(a, 'relday')) {
      const nextAtom = src.atoms[j + 1]!;
      if (sense(nextAtom, 'weekday') || nextAtom.int !== null || sense(nextAtom, 'ord') || sense(nextAtom, 'relday')) {
        dayWord = true;
        j++;
        continue;
      }
    }
    const pod = sense(a, 'pod');
    if (pod && parts.pod === undefined && !sense(a, 'relday')) {
      const prevWord = src.text.slice(a.start, a.end).toLowerCase();
      // "late"/"early" are parts of the day only next to a day ("late Tuesday", "late on Monday").
      const loose = prevWord === 'late' || prevWord === 'early';
      let k = j + 1;
      if (loose && src.atoms[k] && marker(src.atoms[k], 'on') && follows(src, k)) k++;
      const hasDay = parts.dayOffset !== undefined || parts.weekday !== undefined || parts.date?.day !== undefined;
      if (hasDay && !loose) {
        parts.pod = pod.p;
        lastEnd = j;
        j++;
        continue;
      }
      if (!hasDay && src.atoms[k] && follows(src, k)) {
        if (!loose) parts.pod = pod.p;
        needsDate = true;
        j = k;
        continue;
      }
      break;
    }
    const rel = sense(a, 'relday');
    if (rel && parts.dayOffset === undefined && parts.date === undefined) {
      if (rel.weak && !src.whole) break;
      parts.dayOffset = rel.d;
      lastEnd = j;
      needsDate = false;
      j++;
      continue;
    }
    if (parts.weekday === undefined && (parts.date === undefined || parts.date.day !== undefined)) {
      const hasContext = dayWord || parts.dayOffset !== undefined || parts.pod !== undefined || opened > 0;
      const w = weekdayComponent(src, j, hasContext);
      if (w) {
        if (w.v.weak) {
          // A weak weekday needs a date right after it.
          const after = src.atoms[w.next] && isJoinGap(gapBefore(src, w.next)) ? calendarDate(src, w.next) : null;
          if (!after || after.v.day === undefined) break;
        }
        parts.weekday = w.v.wd;
        parts.weekdayMode = w.v.mode;
        lastEnd = w.next - 1;
        needsDate = false;
        j = w.next;
        continue;
      }
    }
    if (parts.date === undefined) {
      const d = calendarDate(src, j);
      if (d && (d.v.day !== undefined || parts.dayOffset === undefined)) {
        if (d.v.weak && !src.whole && !(parts.weekday !== undefined && d.v.day !== undefined) && !(dayWord && d.v.day !== undefined)) {
          if (parts.weekday === undefined && parts.dayOffset === undefined) return null;
          break;
        }
        parts.date = { ...d.v, weak: false };
        lastEnd = d.next - 1;
        needsDate = false;
        j = d.next;
        continue;
      }
    }
    break;
  }
  if (lastEnd < 0 || needsDate && lastEnd < 0) return null;
  if (parts.dayOffset === undefined && parts.weekday === undefined && parts.date === undefined) return null;
  const endAtom = src.atoms[lastEnd]!;
  endOffset = endAtom.end;
  if (opened > 0) {
    const close = src.text.indexOf(')', endAtom.end);
    const nextAtom = src.atoms[lastEnd + 1];
    if (close >= 0 && (!nextAtom || close < nextAtom.start) && /^[\s]*\)$/u.test(src.text.slice(endAtom.end, close + 1))) endOffset = close + 1;
  }
  const startAtom = src.atoms[i]!;
  const e: Expr = {
    first: i,
    last: lastEnd,
    start: startAtom.start + startAtom.proclitic,
    end: endOffset,
    cal: parts.date?.cal ?? 'gregory',
    weak: false,
  };
  if (parts.dayOffset !== undefined) e.dayOffset = parts.dayOffset;
  if (parts.weekday !== undefined) {
    e.weekday = parts.weekday;
    e.weekdayMode = parts.weekdayMode ?? 'auto';
  }
  if (parts.pod) e.pod = parts.pod;
  const d = parts.date;
  if (d) {
    if (d.year !== undefined) e.year = d.year;
    if (d.yearDigits !== undefined) e.yearDigits = d.yearDigits;
    if (d.month !== undefined) e.month = d.month;
    if (d.day !== undefined) e.day = d.day;
    if (d.monthDir !== undefined) e.monthDir = d.monthDir;
    if (d.monthOffset !== undefined) e.period = { unit: 'month', offset: d.monthOffset };
    if (d.weak) e.weak = true;
    if (d.altIslamic) e.altIslamic = true;
    e.cal = calendarFor(src, d);
  }
  return e;
}

function isJoinGap(gap: string): boolean {
  if (gap.length > 4) return false;
  let punct = 0;
  for (const c of gap) {
    if (SPACE.has(c)) continue;
    if (!'(),،'.includes(c) || ++punct > 2) return false;
  }
  return true;
}

/** A numeric year of 13xx-14xx is Solar Hijri in Persian text and Hijri in Arabic text. */
function calendarFor(src: Source, d: DatePart): Calendar {
  if (d.calExplicit || d.cal !== 'gregory' || d.year === undefined) return d.cal;
  const y = d.year;
  if (d.yearDigits === 4 && y >= 1300 && y < 1500) return src.lang === 'fa' ? 'persian' : 'islamic';
  return 'gregory';
}

// ---------------------------------------------------------------------------------------------
// Other whole expressions.

function holidayExpr(src: Source, i: number): Expr | null {
  let j = i;
  let dirOffset: number | undefined;
  const d = dirAt(src, j);
  if (d !== null && src.atoms[j + 1] && sense(src.atoms[j + 1], 'holiday') && follows(src, j + 1)) {
    dirOffset = d;
    j++;
  }
  const h = sense(src.atoms[j], 'holiday');
  if (!h) return null;
  let next = j + 1;
  const e: Expr = { ...base(src, i, next), holiday: h.id };
  if (dirOffset !== undefined) e.monthDir = dirOffset as -1 | 0 | 1;
  let k = next;
  if (src.atoms[k] && follows(src, k) && marker(src.atoms[k], 'in')) k++;
  const y = src.atoms[k] && follows(src, k) ? yearAt(src, k, false) : null;
  if (y) {
    e.year = y.v.year;
    e.yearDigits = 4;
    if (y.v.cal) e.cal = y.v.cal;
    next = y.next;
  } else {
    const rp = src.atoms[k] && follows(src, k) ? relativePeriod(src, k + (marker(src.atoms[k], 'of') ? 1 : 0)) : null;
    if (rp && rp.v.unit === 'year') {
      e.period = { unit: 'year', offset: rp.v.offset };
      next = rp.next;
    }
  }
  e.last = next - 1;
  e.end = src.atoms[next - 1]!.end;
  // A bare "رمضان" or "Ramadan" is a name as often as the month.
  if (next === j + 1 && (h.id === 'ramadan') && !src.whole) return null;
  return e;
}

function periodExpr(src: Source, i: number): Expr | null {
  // "the beginning of next month", "أوائل أبريل الجاري", "منتصف اذار", "early September"
  const mp = sense(src.atoms[i], 'mpart');
  if (mp) {
    let k = i + 1;
    if (src.atoms[k] && follows(src, k) && marker(src.atoms[k], 'of')) k++;
    if (src.atoms[k] && follows(src, k)) {
      const rp = relativePeriod(src, k);
      if (rp && (rp.v.unit === 'month' || rp.v.unit === 'year')) {
        return { ...base(src, i, rp.next), period: rp.v, part: mp.p };
      }
      const m = monthFirst(src, k);
      if (m && m.v.day === undefined && (!m.v.weak || src.whole || m.v.month !== undefined)) {
        const e: Expr = { ...base(src, i, m.next), cal: m.v.cal, month: m.v.month!, part: mp.p };
        if (m.v.year !== undefined) e.year = m.v.year;
        if (m.v.monthDir !== undefined) e.monthDir = m.v.monthDir;
        return e;
      }
    }
  }
  const rp = relativePeriod(src, i);
  if (rp) return { ...base(src, i, rp.next), period: rp.v };
  const sh = shiftExpr(src, i);
  if (sh) {
    const e = base(src, i, sh.next);
    if (sh.v.unit === 'weekday') {
      e.weekday = sh.v.wd!;
      e.shift = { unit: 'week', n: sh.v.n };
      e.weekdayMode = 'auto';
    } else e.shift = { unit: sh.v.unit, n: sh.v.n };
    if (sh.v.within) e.within = true;
    return e;
  }
  return null;
}

/** "first tuesday of october", "اخر اثنين من شهر اذار", "الثلاثاء الأولى من اكتوبر", "last day of october 2015". */
function nthExpr(src: Source, i: number): Expr | null {
  let j = i;
  if (marker(src.atoms[j], 'the') && src.atoms[j + 1]) j++;
  let n: number | null = null;
  let wd: number | null | undefined;
  const o = sense(src.atoms[j], 'ord');
  let k = j;
  if (o && src.atoms[j + 1] && follows(src, j + 1)) {
    n = o.n;
    k = j + 1;
    // "fifth last day of May"
    if (sense(src.atoms[k], 'ord')?.n === -1 && src.atoms[k + 1] && follows(src, k + 1) && sense(src.atoms[k + 1], 'unit')?.u === 'day') {
      n = -n;
      k++;
    }
    if (sense(src.atoms[k], 'unit')?.u === 'day' && src.atoms[k + 1] && follows(src, k + 1) && sense(src.atoms[k + 1], 'weekday')) k++;
    const w = sense(src.atoms[k], 'weekday');
    const u = sense(src.atoms[k], 'unit');
    if (w) wd = w.wd;
    else if (u?.u === 'day') wd = null;
    else if (u?.u === 'week') wd = 0;
    else return null;
    k++;
  } else {
    const w = sense(src.atoms[j], 'weekday');
    const u0 = sense(src.atoms[j], 'unit');
    const o2 = sense(src.atoms[j + 1], 'ord');
    if ((!w && u0?.u !== 'day' && u0?.u !== 'week') || !o2 || !follows(src, j + 1) || !(o2.n <= 5)) return null;
    wd = w ? w.wd : u0?.u === 'week' ? 0 : null;
    n = o2.n;
    k = j + 2;
  }
  let m = k;
  if (src.atoms[m] && follows(src, m) && (marker(src.atoms[m], 'of') || marker(src.atoms[m], 'in') || marker(src.atoms[m], 'on'))) m++;
  if (src.atoms[m] && follows(src, m) && marker(src.atoms[m], 'the')) m++;
  const procliticIn = src.atoms[m]?.proclitic === 1 && /^ب/u.test(src.text.slice(src.atoms[m]!.start, src.atoms[m]!.end));
  if (m === k && !procliticIn) return null;
  if (!src.atoms[m] || !follows(src, m)) return null;
  const e: Expr = { ...base(src, i, m + 1), nth: n! };
  if (wd === 0) e.nthWeek = true;
  else if (wd !== null && wd !== undefined) e.weekday = wd;
  const rp = relativePeriod(src, m);
  if (rp && rp.v.unit === 'month') {
    e.period = rp.v;
    e.last = rp.next - 1;
    e.end = src.atoms[rp.next - 1]!.end;
    return e;
  }
  const numberAfter = (k2: number) => { const b = src.atoms[k2]; return !!b && follows(src, k2) && (b.int !== null || !!sense(b, 'card') || !!sense(b, 'ord')); };
  if (src.atoms[m] && (marker(src.atoms[m], 'the') || sense(src.atoms[m], 'unit')?.u === 'month') && !sense(src.atoms[m + 1], 'month') && !numberAfter(m + 1)) {
    // "first Monday of the month"
    e.period = { unit: 'month', offset: 0 };
    e.end = src.atoms[m]!.end;
    e.last = m;
    return e;
  }
  const mf = monthFirst(src, m) ?? monthByNumber(src, m);
  if (!mf || mf.v.day !== undefined) return null;
  e.cal = mf.v.cal;
  e.month = mf.v.month!;
  if (mf.v.year !== undefined) e.year = mf.v.year;
  let next = mf.next;
  // "... من شهر مارس السنة القادمة", "... من عام 2014", "بعام 2014"
  let y = next;
  if (src.atoms[y] && follows(src, y) && (marker(src.atoms[y], 'of') || marker(src.atoms[y], 'in') || marker(src.atoms[y], 'on'))) y++;
  const yr = src.atoms[y] && follows(src, y) ? yearOnly(src, y) : null;
  if (yr && e.year === undefined && !yr.v.weak) {
    e.year = yr.v.year!;
    next = yr.next;
  } else {
    const rpy = src.atoms[y] && follows(src, y) ? relativePeriod(src, y) : null;
    if (rpy && rpy.v.unit === 'year') {
      e.period = { unit: 'year', offset: rpy.v.offset };
      next = rpy.next;
    }
  }
  e.last = next - 1;
  e.end = src.atoms[next - 1]!.end;
  return e;
}

/** "شهر ثلاثة", "شهر 3", "الشهر التاسع": a month by its number. */
function monthByNumber(src: Source, j: number): Step<DatePart> | null {
  const u = sense(src.atoms[j], 'unit');
  const isMonthWord = (u && u.u === 'month') || period(src, j, 'month');
  if (!isMonthWord || !src.atoms[j + 1] || !follows(src, j + 1)) return null;
  const a = src.atoms[j + 1]!;
  const n = a.int !== null && a.digits <= 2 ? a.int : sense(a, 'card')?.n ?? sense(a, 'ord')?.n ?? null;
  if (n === null || n < 1 || n > 12) return null;
  const part: DatePart = { cal: 'gregory', calExplicit: false, month: n, weak: false };
  return withYear(src, j + 2, part, false);
}

// ---------------------------------------------------------------------------------------------

/** The longest date expression that starts at atom `i`, with a range end if one follows. */
export function parseAt(src: Source, i: number): Expr | null {
  const a = src.atoms[i];
  if (!a) return null;
  if (a.senses.length === 0 && a.int === null) return null;
  const candidates: (Expr | null)[] = [composite(src, i), holidayExpr(src, i), nthExpr(src, i), periodExpr(src, i), monthDayNumbered(src, i)];
  let best: Expr | null = null;
  for (const c of candidates) if (c && (!best || c.end > best.end)) best = c;
  if (!best) return null;
  return withRange(src, best);
}

/** "اليوم الثالث من شهر عشرة", "بداية شهر 3": a day of a month given by number. */
function monthDayNumbered(src: Source, i: number): Expr | null {
  let j = i;
  if (sense(src.atoms[j], 'unit')?.u === 'day' && src.atoms[j + 1] && follows(src, j + 1)) j++;
  const d = dayNumber(src, j);
  let k: number;
  let day: number | undefined;
  let part: Expr['part'];
  if (d) {
    day = d.v;
    k = d.next;
    if (sense(src.atoms[k], 'unit')?.u === 'day' && follows(src, k)) k++;
  } else {
    const mp = sense(src.atoms[j], 'mpart');
    if (!mp) return null;
    part = mp.p;
    k = j + 1;
  }
  if (src.atoms[k] && follows(src, k) && (marker(src.atoms[k], 'of') || marker(src.atoms[k], 'in'))) k++;
  if (!src.atoms[k] || !follows(src, k)) return null;
  const m = monthByNumber(src, k);
  if (!m) return null;
  const e: Expr = { ...base(src, i, m.next), month: m.v.month! };
  if (day !== undefined) e.day = day;
  if (part) e.part = part;
  if (m.v.year !== undefined) e.year = m.v.year;
  return e;
}

/** "3–5 May", "من 3 إلى 5 مايو", "13 الى 15 تموز", "Sept. 5-6", "يوليو 13-15", "بين 12 و14 أيلول". */
function withRange(src: Source, e: Expr): Expr {
  const j = e.last + 1;
  const a = src.atoms[j];
  if (a && e.year !== undefined && e.month === undefined && e.day === undefined && gapBefore(src, j).trim() === '-') {
    // "۲۰۲۴-۲۰۲۵"
    const y = yearAt(src, j, false);
    if (y && y.v.year > e.year && y.v.year - e.year < 100) {
      const to: Expr = { ...base(src, j, y.next), cal: e.cal, year: y.v.year, yearDigits: 4 };
      return { ...e, to, last: y.next - 1, end: src.atoms[y.next - 1]!.end };
    }
  }
  if (!a || e.day === undefined && e.month === undefined) return withLeadingRange(src, e);
  const gap = gapBefore(src, j).trim();
  let k = j;
  if (gap === '-' || gap === '/') {
    // a hyphen alone joins two days
  } else if (gap === '' && marker(a, 'to')) k++;
  else return withLeadingRange(src, e);
  if (!src.atoms[k] || (k > j && !follows(src, k))) return withLeadingRange(src, e);
  const far = composite(src, k) ?? (dayNumber(src, k) ? { ...base(src, k, dayNumber(src, k)!.next), day: dayNumber(src, k)!.v } : null);
  if (!far || far.day === undefined) return withLeadingRange(src, e);
  const to: Expr = { ...far, cal: far.month !== undefined ? far.cal : e.cal };
  if (to.month === undefined && e.month !== undefined) to.month = e.month;
  if (to.year === undefined && e.year !== undefined) to.year = e.year;
  const from: Expr = { ...e };
  if (from.month === undefined && to.month !== undefined) {
    from.month = to.month;
    from.cal = to.cal;
  }
  if (from.year === undefined && to.year !== undefined) from.year = to.year;
  if (to.day! <= (from.day ?? 0) && to.month === from.month) return withLeadingRange(src, e);
  return withLeadingRange(src, { ...from, to, last: far.last, end: far.end });
}

function withLeadingRange(src: Source, e: Expr): Expr {
  // "من 13 الى 15 يوليو": a range whose first end is a bare day number.
  if (e.day !== undefined) return e;
  return e;
}

/** A day number followed by a range connector and a full date: "13 الى 15 تموز", "3–5 May". */
export function parseLeadingRange(src: Source, i: number): Expr | null {
  const d = dayNumber(src, i);
  if (!d || !src.atoms[d.next]) return null;
  const j = d.next;
  const gap = gapBefore(src, j).trim();
  let k = j;
  const a = src.atoms[j]!;
  if (gap === '-') k = j;
  else if (gap === '' && marker(a, 'to')) k = j + 1;
  else if (gap === '' && a.proclitic === 1 && a.int !== null) k = j;
  else return null;
  if (!src.atoms[k]) return null;
  const far = composite(src, k);
  if (!far || far.day === undefined || far.month === undefined || far.day <= d.v) return null;
  const from: Expr = { ...base(src, i, d.next), cal: far.cal, month: far.month, day: d.v };
  if (far.year !== undefined) from.year = far.year;
  return { ...from, to: far, last: far.last, end: far.end };
}
