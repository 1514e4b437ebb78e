import type { Day } from '../common/day';
import { formatDay } from '../common/day';
import type { Calendar, DatePrecision, DatePreference, DateValue, KnownComponents } from '../types';
import { addDays, addMonths, compareDays, daysBetween, fromGregorian, isoWeekday, monthLength, toGregorian } from './dayMath';
import { cloneExpr, type Expr } from './expr';
import type { Unit } from './lexicon';
import { holidayRule, nthWeekday } from './holidays';

/** How a date with missing parts is placed around the anchor. `null`: the reporting default. */
export type Direction = DatePreference | null;

/** A resolved date without its span. */
export type Resolved = Omit<DateValue, 'text' | 'span'>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `formatDay` for the usual four-digit years, written digit by digit into one string (the
 * resolver's hottest string: a template builds it from pieces, each a string of its own).
 */
function isoDay(d: Day): string {
  const { year: y, month: m, day } = d;
  if (y < 1000 || y > 9999) return formatDay(d);
  if (!usualYear(y) || !twoDigits(m) || !twoDigits(day)) return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
  const D = 0x30;
  return String.fromCharCode(D + ((y / 1000) | 0), D + (((y / 100) | 0) % 10), D + (((y / 10) | 0) % 10), D + (y % 10), 0x2d, D + ((m / 10) | 0), D + (m % 10), 0x2d, D + ((day / 10) | 0), D + (day % 10));
}

/** "YYYY-MM" of a day, the same way. */
function isoMonth(d: Day): string {
  const { year: y, month: m } = d;
  if (!usualYear(y) || !twoDigits(m)) return `${String(y).padStart(4, '0')}-${pad(m)}`;
  const D = 0x30;
  return String.fromCharCode(D + ((y / 1000) | 0), D + (((y / 100) | 0) % 10), D + (((y / 10) | 0) % 10), D + (y % 10), 0x2d, D + ((m / 10) | 0), D + (m % 10));
}

function usualYear(y: number): boolean {
  return (y | 0) === y && y >= 1000 && y <= 9999;
}

function twoDigits(n: number): boolean {
  return (n | 0) === n && n >= 0 && n <= 99;
}

function dayValue(d: Day, cal: Calendar, e: Expr, known: KnownComponents, precision: DatePrecision = 'day'): Resolved {
  const value = precision === 'day' ? isoDay(d) : precision === 'month' ? isoMonth(d) : String(d.year).padStart(4, '0');
  return { value, precision, calendar: cal, partOfDay: e.pod ?? null, known };
}

/**
 * The range from one `dayValue` to another: what `{ ...from, precision, value, start: { ...from,
 * text: '', span: null }, end: { ...to, text: '', span: null } }` gives, written field by field
 * in that order (spreads of these objects are slow). Only for plain day values (no ends, no conflict).
 */
function dayRange(from: Resolved, to: Resolved, precision: DatePrecision): Resolved {
  return {
    value: `${from.value}/${to.value}`, precision, calendar: from.calendar, partOfDay: from.partOfDay, known: from.known,
    start: { value: from.value, precision: from.precision, calendar: from.calendar, partOfDay: from.partOfDay, known: from.known, text: '', span: null },
    end: { value: to.value, precision: to.precision, calendar: to.calendar, partOfDay: to.partOfDay, known: to.known, text: '', span: null },
  };
}

function firstOfMonth(d: Day): Day {
  return { year: d.year, month: d.month, day: 1 };
}

function knownOf(e: Expr): KnownComponents {
  return { year: e.year !== undefined, month: e.month !== undefined, day: e.day !== undefined, weekday: e.weekday !== undefined };
}

/** Expands a two-digit year to the century nearest the anchor (or a fixed pivot without one). */
function fullYear(y: number, digits: number | undefined, cal: Calendar, anchor: Day | null): number {
  if (digits !== 2) return y;
  const ref = anchor ? fromGregorian(cal, anchor).year : cal === 'persian' ? 1400 : cal === 'islamic' ? 1440 : 2000;
  const century = Math.floor(ref / 100) * 100;
  let best = century + y;
  for (const c of [century - 100, century + 100]) if (Math.abs(c + y - ref) < Math.abs(best - ref) - 20) best = c + y;
  return best;
}

/** Picks the year (in the date's calendar) for a month/day written without one. */
function pickYear(cal: Calendar, month: number, day: number | undefined, anchor: Day, dir: Direction, monthDir: -1 | 0 | 1 | undefined): number {
  const y0 = fromGregorian(cal, anchor).year;
  if (monthDir === 0) return y0;
  const mode = monthDir === -1 ? 'past-strict' : monthDir === 1 ? 'future-strict' : dir;
  if (mode === 'past' || mode === 'past-strict') {
    for (let y = y0 + 1; y >= y0 - 1; y--) {
      const d = mode === 'past-strict' && day === undefined ? dayIn(cal, y, month, day, true) : dayIn(cal, y, month, day, false);
      const c = d ? compareDays(d, anchor) : 1;
      if (mode === 'past-strict' ? c < 0 && !(day === undefined && sameMonth(cal, y, month, anchor)) : c <= 0) return y;
    }
  } else if (mode === 'future' || mode === 'future-strict') {
    // Forward-looking readers still take a day earlier in the current month as this month's.
    const monthStart = { year: anchor.year, month: anchor.month, day: 1 };
    for (let y = y0 - 1; y <= y0 + 1; y++) {
      const d = mode === 'future' && day === undefined ? dayIn(cal, y, month, day, true) : dayIn(cal, y, month, day, false);
      const c = d ? compareDays(d, mode === 'future' && cal === 'gregory' ? monthStart : anchor) : -1;
      if (mode === 'future-strict' ? c > 0 && !(day === undefined && sameMonth(cal, y, month, anchor)) : c >= 0) return y;
    }
  } else {
    const d0 = dayIn(cal, y0, month, day, false);
    if (mode === null && d0 && Math.abs(daysBetween(anchor, d0)) <= 300) return y0;
    let best = y0;
    let bestGap = Infinity;
    for (let y = y0 - 1; y <= y0 + 1; y++) {
      const d = dayIn(cal, y, month, day, false);
      if (!d) continue;
      const gap = Math.abs(daysBetween(anchor, d));
      if (gap < bestGap) {
        best = y;
        bestGap = gap;
      }
    }
    return best;
  }
  return y0;
}

/** The stated day of the month in year `y`, else its first day (`atEnd`: its last day); a day past the month's end is its last. */
function dayIn(cal: Calendar, y: number, month: number, day: number | undefined, atEnd: boolean): Day | null {
  if (atEnd) return toGregorian(cal, y, month, day ?? monthLength(cal, y, month));
  return toGregorian(cal, y, month, Math.min(day ?? 1, monthLength(cal, y, month)));
}

function sameMonth(cal: Calendar, y: number, m: number, anchor: Day): boolean {
  const a = fromGregorian(cal, anchor);
  return a.year === y && a.month === m;
}

/** The weekday `wd` placed relative to `anchor`. */
function placeWeekday(wd: number, anchor: Day, mode: Expr['weekdayMode'], dir: Direction): Day {
  const today = isoWeekday(anchor);
  const back = (today - wd + 7) % 7; // 0..6 days back to the latest such day
  const fwd = (wd - today + 7) % 7; // 0..6 days forward
  switch (mode) {
    case 'last':
      return addDays(anchor, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(anchor, fwd === 0 ? 7 : fwd);
    case 'this-week':
      return addDays(anchor, wd - today);
    case 'last-week':
      return addDays(anchor, wd - today - 7);
    case 'next-week':
      return addDays(anchor, wd - today + 7);
    case 'after-next':
      return addDays(anchor, (fwd === 0 ? 7 : fwd) + 7);
    default:
      if (dir === 'future') return addDays(anchor, fwd === 0 ? 7 : fwd);
      if (dir === 'nearest') return fwd < back ? addDays(anchor, fwd) : addDays(anchor, -back);
      return addDays(anchor, -back);
  }
}

function weekInterval(monday: Day, cal: Calendar, e: Expr): Resolved {
  const sunday = addDays(monday, 6);
  const known: KnownComponents = { year: false, month: false, day: false, weekday: false };
  const start = dayValue(monday, cal, e, known);
  const end = dayValue(sunday, cal, e, known);
  // Written out field by field: spreads are slow on this path, and the order is the spread's.
  const last: DateValue = { value: end.value, precision: end.precision, calendar: end.calendar, partOfDay: end.partOfDay, known: end.known, text: '', span: null };
  return {
    value: `${start.value}/${end.value}`, precision: start.precision, calendar: start.calendar, partOfDay: start.partOfDay, known: start.known,
    start: { value: start.value, precision: start.precision, calendar: start.calendar, partOfDay: start.partOfDay, known: start.known, text: '', span: null },
    end: last,
  };
}

const ISLAMIC_HOLIDAYS: readonly string[] = ['eid-al-fitr', 'eid-al-adha', 'islamic-new-year', 'ashura', 'tasua', 'mawlid', 'arafah', 'laylat-al-qadr', 'isra-miraj', 'ramadan', 'ghadir', 'jumuatul-wida'];
const PERSIAN_HOLIDAYS: readonly string[] = ['nowruz', 'yalda', 'sizdah-bedar'];

let holidayCalendars: Map<string, Calendar> | null = null;

/** The calendar a holiday is kept by: one lookup instead of a scan of both lists. */
function holidayCalendar(id: string): Calendar {
  if (!holidayCalendars) {
    holidayCalendars = new Map();
    for (const h of ISLAMIC_HOLIDAYS) holidayCalendars.set(h, 'islamic');
    for (const h of PERSIAN_HOLIDAYS) holidayCalendars.set(h, 'persian');
  }
  return holidayCalendars.get(id) ?? 'gregory';
}

function holiday(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  const rule = holidayRule(e.holiday!);
  if (!rule) return null;
  let d: Day | undefined;
  if (e.year !== undefined) d = rule(e.year)[0];
  else if (!anchor) return null;
  else {
    const y = anchor.year + (e.period?.offset ?? 0);
    if (e.period) d = rule(y)[0];
    else if (e.monthDir === -1 || dir === 'past') d = lastUpTo(rule, y, anchor);
    else if (e.monthDir === 1 || dir === 'future') d = firstFrom(rule, y, anchor);
    else d = rule(y)[0];
  }
  if (!d) return null;
  const known: KnownComponents = { year: e.year !== undefined, month: true, day: true, weekday: false };
  return dayValue(d, holidayCalendar(e.holiday!), e, known);
}

/** The last day, over the three years around `y` in order, that is not after the anchor. */
function lastUpTo(rule: (year: number) => Day[], y: number, anchor: Day): Day | undefined {
  let hit: Day | undefined;
  for (let k = -1; k <= 1; k++) {
    const days = rule(y + k);
    for (let n = 0; n < days.length; n++) if (compareDays(days[n]!, anchor) <= 0) hit = days[n];
  }
  return hit;
}

/** The first day, over the three years around `y` in order, that is not before the anchor. */
function firstFrom(rule: (year: number) => Day[], y: number, anchor: Day): Day | undefined {
  for (let k = -1; k <= 1; k++) {
    const days = rule(y + k);
    for (let n = 0; n < days.length; n++) if (compareDays(days[n]!, anchor) >= 0) return days[n];
  }
  return undefined;
}

/** Places a parsed expression on the Gregorian calendar. Null when it needs an anchor and has none, or names no real day. */
export function resolveExpr(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  if (e.to) {
    const head = cloneExpr(e);
    head.to = undefined;
    const from = resolveExpr(head, anchor, dir);
    const to = resolveExpr(cloneExpr(e.to), anchor, dir);
    if (!from || !to) return from;
    if (from.start || from.end || from.conflict !== undefined || to.start || to.end || to.conflict !== undefined) {
      // An end that is itself an interval ("رمضان", "next week") gives the range its first or last day.
      const first = from.start ?? from;
      const last = to.end ?? to;
      return { ...from, value: `${first.value}/${last.value}`, start: { ...first, text: '', span: null }, end: { ...last, text: '', span: null } };
    }
    // The usual case, written out field by field (spreads are slow here; the order is the spread's).
    return {
      value: `${from.value}/${to.value}`, precision: from.precision, calendar: from.calendar, partOfDay: from.partOfDay, known: from.known,
      start: { value: from.value, precision: from.precision, calendar: from.calendar, partOfDay: from.partOfDay, known: from.known, text: '', span: null },
      end: { value: to.value, precision: to.precision, calendar: to.calendar, partOfDay: to.partOfDay, known: to.known, text: '', span: null },
    };
  }
  if (e.after) return placedAfter(e, anchor, dir);
  if (e.closest) return closestTo(e, anchor, dir);
  if (e.holiday) return holiday(e, anchor, dir);
  if (e.nth !== undefined) return nthOfMonth(e, anchor, dir);
  if (e.shift) return shifted(e, anchor, dir);
  if (e.period && e.day === undefined && e.month === undefined) return periodValue(e, anchor);
  // (Made here, after the kinds of value that state their own.)
  const known = knownOf(e);
  if (e.dayOffset !== undefined && e.month === undefined) {
    if (!anchor) return null;
    const d = addDays(anchor, e.dayOffset);
    const r = dayValue(d, 'gregory', e, { year: known.year, month: known.month, day: false, weekday: known.weekday });
    if (e.weekday !== undefined && isoWeekday(d) !== e.weekday) r.conflict = true;
    return r;
  }
  if (e.month !== undefined || e.year !== undefined || e.period) return calendarValue(e, anchor, dir, known);
  if (e.day !== undefined) return dayOfSomeMonth(e, anchor, dir, known);
  if (e.weekday !== undefined) {
    if (!anchor) return null;
    return dayValue(placeWeekday(e.weekday, anchor, e.weekdayMode, dir), 'gregory', e, known);
  }
  return null;
}

function calendarValue(e: Expr, anchor: Day | null, dir: Direction, known: KnownComponents): Resolved | null {
  const cal = e.cal;
  if (e.period && e.period.unit === 'year' && e.month !== undefined) {
    // "اردیبهشت امسال": the month in the anchor's year (of the month's calendar), shifted.
    if (!anchor) return null;
    const y = fromGregorian(cal, anchor).year + e.period.offset;
    const inYear = cloneExpr(e);
    inYear.period = undefined;
    inYear.year = y;
    inYear.yearDigits = 4;
    return calendarValue(inYear, anchor, dir, known);
  }
  if (e.period && e.day !== undefined) {
    // "20 of next month"
    if (!anchor) return null;
    const m = addMonths(firstOfMonth(anchor), e.period.offset);
    const d = toGregorian('gregory', m.year, m.month, e.day);
    return d ? dayValue(d, 'gregory', e, known) : null;
  }
  if (e.month === undefined) {
    // A year alone: its Gregorian year (the year in which a Hijri or Solar Hijri year begins).
    const y = fullYear(e.year!, e.yearDigits, cal, anchor);
    const g = toGregorian(cal, y, 1, 1);
    return g ? dayValue(g, cal, e, known, 'year') : null;
  }
  let year: number;
  if (e.year !== undefined && cal !== 'gregory' && e.year > 1700) {
    // "رمضان 2019": a Hijri month in a Gregorian year; take the one that begins in that year.
    const start = fromGregorian(cal, { year: e.year, month: 1, day: 1 }).year;
    const hit = [start, start + 1].find((y) => toGregorian(cal, y, e.month!, e.day ?? 1)?.year === e.year);
    if (hit === undefined) return null;
    year = hit;
  } else if (e.year !== undefined) year = fullYear(e.year, e.yearDigits, cal, anchor);
  else if (anchor) {
    year = pickYear(cal, e.month, e.day, anchor, dir, e.monthDir);
    if (e.weekday !== undefined && e.day !== undefined) year = yearMatchingWeekday(cal, e, year, 1) ?? year;
  } else if (e.weekday !== undefined && e.day !== undefined) {
    const y = yearMatchingWeekday(cal, e, cal === 'gregory' ? 2025 : cal === 'persian' ? 1404 : 1446, 12);
    if (y === null) return null;
    year = y;
  } else return null;
  if (e.day === undefined) {
    const first = toGregorian(cal, year, e.month, 1);
    if (!first) return null;
    if (cal === 'gregory') return dayValue(first, cal, e, known, 'month');
    // A Hijri or Solar Hijri month straddles two Gregorian months: give its days.
    const last = addDays(first, monthLength(cal, year, e.month) - 1);
    const from = dayValue(first, cal, e, known);
    const to = dayValue(last, cal, e, known);
    return dayRange(from, to, 'month');
  }
  let d = toGregorian(cal, year, e.month, e.day);
  let used = cal;
  if (!d && cal === 'islamic' && e.day === 30) {
    // Hijri months of 29 or 30 days differ between reckonings: the 30th is the day after the 29th.
    const d29 = toGregorian(cal, year, e.month, 29);
    d = d29 ? addDays(d29, 1) : null;
  }
  if (!d && e.altIslamic && e.year !== undefined) {
    used = 'islamic';
    const hy = fullYear(e.year, e.yearDigits, 'islamic', null);
    d = toGregorian('islamic', hy, e.month, e.day);
    if (!d && e.day === 30) {
      const d29 = toGregorian('islamic', hy, e.month, 29);
      d = d29 ? addDays(d29, 1) : null;
    }
  }
  if (!d) return null;
  const r = dayValue(d, used, e, known);
  if (e.weekday !== undefined && isoWeekday(d) !== e.weekday) r.conflict = true;
  return r;
}

/** The year nearest `around` (within `reach` years) in which the stated day falls on the stated weekday. */
function yearMatchingWeekday(cal: Calendar, e: Expr, around: number, reach: number): number | null {
  for (let k = 0; k <= reach; k++) {
    for (const y of k === 0 ? [around] : [around + k, around - k]) {
      const d = toGregorian(cal, y, e.month!, e.day!);
      if (d && isoWeekday(d) === e.weekday) return y;
    }
  }
  return null;
}

/** "three days after Easter", "the third Tuesday after Christmas 2014". */
function placedAfter(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  const step = e.after!;
  const base = cloneExpr(e);
  base.after = undefined;
  const from = resolveExpr(base, anchor, dir);
  const d = from ? dayOfValue(from.value) : null;
  if (!from || !d) return null;
  let out: Day;
  if ('weekday' in step) {
    const first = placeWeekday(step.weekday, d, step.n > 0 ? 'next' : 'last', dir);
    out = addDays(first, 7 * (step.n > 0 ? step.n - 1 : step.n + 1));
  } else out = shiftDay(d, step.unit, step.n);
  return dayValue(out, from.calendar, e, { year: from.known.year, month: false, day: false, weekday: 'weekday' in step });
}

/** "the second closest Monday to Oct 5": candidates around the resolved day, ranked by distance. */
function closestTo(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  const c = e.closest!;
  const base = cloneExpr(e);
  base.closest = undefined;
  const from = resolveExpr(base, anchor, dir);
  const d = from ? dayOfValue(from.value) : null;
  if (!from || !d) return null;
  const candidates: Day[] = [];
  if (c.weekday !== undefined) {
    const before = addDays(d, -((isoWeekday(d) - c.weekday + 7) % 7));
    for (let k = -c.n; k <= c.n; k++) candidates.push(addDays(before, 7 * k));
  } else {
    const rule = holidayRule(c.holiday!);
    if (!rule) return null;
    for (let y = d.year - c.n - 1; y <= d.year + c.n + 1; y++) candidates.push(...rule(y));
  }
  // Ranked by distance, then date; each candidate's distance is counted once, not at every comparison.
  const ranked = candidates.map((day) => ({ day, gap: Math.abs(daysBetween(d, day)) }));
  ranked.sort((a, b) => a.gap - b.gap || compareDays(a.day, b.day));
  const out = ranked[c.n - 1]?.day;
  return out ? dayValue(out, 'gregory', e, { year: false, month: false, day: false, weekday: c.weekday !== undefined }) : null;
}

function dayOfValue(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** "the 15th", "Thu 15th": a day of the anchor's month, or of the next (or previous) month that fits. */
function dayOfSomeMonth(e: Expr, anchor: Day | null, dir: Direction, known: KnownComponents): Resolved | null {
  if (!anchor) return null;
  const step = dir === 'past' ? -1 : 1;
  for (let k = 0; k < 28; k++) {
    const m = addMonths(firstOfMonth(anchor), k * step);
    const d = toGregorian('gregory', m.year, m.month, e.day!);
    if (!d) continue;
    if (dir === 'future' && compareDays(d, anchor) < 0) continue;
    if (dir === 'past' && compareDays(d, anchor) > 0) continue;
    if (e.weekday !== undefined && isoWeekday(d) !== e.weekday) continue;
    return dayValue(d, 'gregory', e, known);
  }
  return null;
}

function periodValue(e: Expr, anchor: Day | null): Resolved | null {
  if (!anchor || !e.period) return null;
  const { unit, offset } = e.period;
  const known: KnownComponents = { year: false, month: false, day: false, weekday: false };
  if (unit === 'day') return dayValue(addDays(anchor, offset), 'gregory', e, known);
  if (unit === 'week') {
    const monday = addDays(anchor, 1 - isoWeekday(anchor) + 7 * offset);
    return weekInterval(monday, 'gregory', e);
  }
  if (unit === 'month') return dayValue(addMonths(firstOfMonth(anchor), offset), 'gregory', e, known, 'month');
  return dayValue({ year: anchor.year + offset, month: 1, day: 1 }, 'gregory', e, known, 'year');
}

function shifted(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  if (!anchor || !e.shift) return null;
  const { n } = e.shift;
  const known: KnownComponents = { year: false, month: false, day: false, weekday: e.weekday !== undefined };
  if (e.weekday !== undefined) {
    // "3 fridays from now", "2 thursdays ago"
    const first = placeWeekday(e.weekday, anchor, n > 0 ? 'next' : 'last', dir);
    return dayValue(addDays(first, 7 * (n > 0 ? n - 1 : n + 1)), 'gregory', e, known);
  }
  let d = anchor;
  for (const s of [e.shift, ...(e.more ?? [])]) d = shiftDay(d, s.unit, s.n);
  if (e.within) {
    const from = dayValue(anchor, 'gregory', e, known);
    const to = dayValue(d, 'gregory', e, known);
    return dayRange(from, to, from.precision);
  }
  return dayValue(d, 'gregory', e, known);
}

function shiftDay(d: Day, unit: Unit, n: number): Day {
  if (unit === 'day') return addDays(d, n);
  if (unit === 'week') return addDays(d, 7 * n);
  if (unit === 'month') return addMonths(d, n);
  return addMonths(d, 12 * n);
}

function nthOfMonth(e: Expr, anchor: Day | null, dir: Direction): Resolved | null {
  let year: number;
  let month: number;
  if (e.period && e.period.unit === 'month') {
    if (!anchor) return null;
    const m = addMonths(firstOfMonth(anchor), e.period.offset);
    year = m.year;
    month = m.month;
  } else if (e.month !== undefined) {
    month = e.month;
    if (e.year !== undefined) year = fullYear(e.year, e.yearDigits, 'gregory', anchor);
    else if (e.period && e.period.unit === 'year' && anchor) year = anchor.year + e.period.offset;
    else if (anchor) year = pickYear('gregory', month, undefined, anchor, dir, undefined);
    else return null;
  } else return null;
  const known: KnownComponents = { year: e.year !== undefined, month: true, day: false, weekday: e.weekday !== undefined };
  if (e.nthWeek) {
    // Whole Monday-to-Sunday weeks inside the month: the first starts on its first Monday.
    const first = nthWeekday(year, month, 1, 1)!;
    const lastMonday = addDays(nthWeekday(year, month, 7, -1)!, -6);
    const monday = e.nth! > 0 ? addDays(first, 7 * (e.nth! - 1)) : addDays(lastMonday, 7 * (e.nth! + 1));
    return weekInterval(monday, 'gregory', e);
  }
  if (e.weekday === undefined) {
    const len = monthLength('gregory', year, month);
    const day = e.nth! > 0 ? e.nth! : len + 1 + e.nth!;
    const d = toGregorian('gregory', year, month, day);
    return d ? dayValue(d, 'gregory', e, known) : null;
  }
  const d = nthWeekday(year, month, e.weekday, e.nth!);
  return d ? dayValue(d, 'gregory', e, known) : null;
}
