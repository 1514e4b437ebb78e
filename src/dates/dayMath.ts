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
  return calendarOf(cal).getDaysInMonth(new CalendarDate(calendarOf(cal), year, month, 1));
}

/** The Gregorian day of a date written in `cal`; null when the date does not exist. */
export function toGregorian(cal: Calendar, year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return null;
  if (cal === 'gregory') return isValidDay(year, month, day) ? { year, month, day } : null;
  if (day > monthLength(cal, year, month)) return null;
  return toDay(toCalendar(new CalendarDate(calendarOf(cal), year, month, day), calendarOf('gregory')));
}

/** A Gregorian day expressed in `cal`. */
export function fromGregorian(cal: Calendar, d: Day): Day {
  if (cal === 'gregory') return d;
  return toDay(toCalendar(greg(d), calendarOf(cal)));
}

export function addDays(d: Day, n: number): Day {
  return toDay(greg(d).add({ days: n }));
}

export function addMonths(d: Day, n: number): Day {
  return toDay(greg(d).add({ months: n }));
}

export function addYears(d: Day, n: number): Day {
  return toDay(greg(d).add({ years: n }));
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const jd = calendarOf('gregory').toJulianDay(greg(d));
  // Julian day 0 fell on a Monday (counting from noon); the library's day numbers are whole days.
  return (((Math.floor(jd) % 7) + 7) % 7) + 1;
}

/** b - a in days. */
export function daysBetween(a: Day, b: Day): number {
  const cal = calendarOf('gregory');
  return cal.toJulianDay(greg(b)) - cal.toJulianDay(greg(a));
}

export function compareDays(a: Day, b: Day): number {
  return daysBetween(b, a);
}
