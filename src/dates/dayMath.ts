import { CalendarDate, GregorianCalendar, IslamicUmalquraCalendar, PersianCalendar, toCalendar } from '@internationalized/date';
import { isValidDay, type Day } from '../common/day';
import type { Calendar } from '../types';

// Calendar objects are made on first use so that importing this module runs nothing.
let gregorian: GregorianCalendar | null = null;
let persian: PersianCalendar | null = null;
let islamic: IslamicUmalquraCalendar | null = null;

function calendarOf(cal: Calendar): GregorianCalendar | PersianCalendar | IslamicUmalquraCalendar {
  if (cal === 'persian') return (persian ??= new PersianCalendar());
  if (cal === 'islamic') return (islamic ??= new IslamicUmalquraCalendar());
  return (gregorian ??= new GregorianCalendar());
}

function toDay(d: CalendarDate): Day {
  return { year: d.year, month: d.month, day: d.day };
}

function greg(d: Day): CalendarDate {
  return new CalendarDate(calendarOf('gregory'), d.year, d.month, d.day);
}

/** Days in a month of any of the three calendars. */
export function monthLength(cal: Calendar, year: number, month: number): number {
  if (cal === 'gregory') return daysInMonth(year, month);
  // A month's length is a fact of the calendar: asked once per month and kept.
  const key = Number.isInteger(year) && Number.isInteger(month) && year >= 0 && year < 1e6 && month >= 0 && month < 100 ? ((cal === 'islamic' ? 1 : 2) * 1e6 + year) * 100 + month : -1;
  if (key >= 0) {
    lengths ??= new Map();
    const hit = lengths.get(key);
    if (hit !== undefined) return hit;
  }
  const n = calendarOf(cal).getDaysInMonth(new CalendarDate(calendarOf(cal), year, month, 1));
  if (key >= 0) {
    if (lengths!.size > 20000) lengths!.clear();
    lengths!.set(key, n);
  }
  return n;
}

let lengths: Map<number, number> | null = null;

// Islamic and Solar Hijri conversions go through @internationalized/date, which builds objects
// per call; holidays and year picking ask for the same few dates again and again.
let conversions: Map<number, Day | null> | null = null;

/** A number naming one conversion: direction and calendar, then the date's fields. */
function conversionKey(cal: Calendar, toGreg: boolean, year: number, month: number, day: number): number {
  return ((((cal === 'islamic' ? 2 : 4) + (toGreg ? 1 : 0)) * 10000 + year) * 100 + month) * 100 + day;
}

function known(key: number): Day | null | undefined {
  return conversions ? conversions.get(key) : undefined;
}

function remembered(key: number, compute: () => Day | null): Day | null {
  conversions ??= new Map();
  const hit = conversions.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (conversions.size > 20000) conversions.clear();
  conversions.set(key, value);
  return value;
}

/** The Gregorian day of a date written in `cal`; null when the date does not exist. */
export function toGregorian(cal: Calendar, year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return null;
  if (cal === 'gregory') return isValidDay(year, month, day) ? { year, month, day } : null;
  if (!Number.isInteger(month) || !Number.isInteger(day)) return null;
  const key = conversionKey(cal, true, year, month, day);
  // The usual hit is read before a closure for the miss is made.
  const hit = known(key);
  if (hit !== undefined) return hit ? copyDay(hit) : null;
  const found = remembered(key, () => {
    if (day > monthLength(cal, year, month)) return null;
    return toDay(toCalendar(new CalendarDate(calendarOf(cal), year, month, day), calendarOf('gregory')));
  });
  return found ? copyDay(found) : null;
}

/** A kept answer handed out as a new object (callers may change theirs). */
function copyDay(d: Day): Day {
  return { year: d.year, month: d.month, day: d.day };
}

/** A Gregorian day expressed in `cal`. */
export function fromGregorian(cal: Calendar, d: Day): Day {
  if (cal === 'gregory') return d;
  const key = conversionKey(cal, false, d.year, d.month, d.day);
  const hit = known(key);
  if (hit) return copyDay(hit);
  return copyDay(remembered(key, () => toDay(toCalendar(greg(d), calendarOf(cal))))!);
}

// Gregorian arithmetic on day numbers (days since 1970-01-01, proleptic calendar): the civil-from-days
// and days-from-civil algorithms of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
/** Days in a Gregorian month, without the array `common/day` builds per call. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Month and day brought into range, as @internationalized/date does with a day that does not exist. */
function constrained(d: Day): Day {
  const month = Math.max(1, Math.min(12, d.month));
  const day = Math.max(1, Math.min(d.day, daysInMonth(d.year, month)));
  return month === d.month && day === d.day ? d : { year: d.year, month, day };
}

function dayNumber(input: Day): number {
  const d = constrained(input);
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function dayOfNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Day, n: number): Day {
  // Most steps are a few days or weeks from a real day: walked over month lengths, without the
  // divisions of the day-number round trip.
  if (n >= -62 && n <= 62 && Number.isInteger(n) && Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) && isRealDay(d)) {
    let year = d.year;
    let month = d.month;
    let day = d.day + n;
    while (day > daysInMonth(year, month)) {
      day -= daysInMonth(year, month);
      if (++month > 12) {
        month = 1;
        year++;
      }
    }
    while (day < 1) {
      if (--month < 1) {
        month = 12;
        year--;
      }
      day += daysInMonth(year, month);
    }
    return { year, month, day };
  }
  return dayOfNumber(dayNumber(d) + n);
}

/** Months later (or earlier), the day kept within the month reached ("Jan 31" + 1 month = "Feb 28"). */
export function addMonths(input: Day, n: number): Day {
  const d = constrained(input);
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addYears(input: Day, n: number): Day {
  const d = constrained(input);
  const year = d.year + n;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: Day): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** b - a in days. */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** Negative, zero or positive as `a` is before, on or after `b` (not always a count of days). */
export function compareDays(a: Day, b: Day): number {
  // Real days compare field by field; others are first brought into range as `dayNumber` does.
  if (isRealDay(a) && isRealDay(b)) return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
  return daysBetween(b, a);
}

function isRealDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}
