import type { Calendar, PartOfDay } from '../types';
import type { Unit } from './lexicon';

/** How a weekday is placed: by the clause's direction, or explicitly. */
export type WeekdayMode = 'auto' | 'last' | 'next' | 'this-week' | 'last-week' | 'next-week' | 'after-next';

/** A parsed date expression before it is placed on the calendar. Atom indexes are inclusive. */
export interface Expr {
  first: number;
  last: number;
  /** Normalized offsets of the expression. */
  start: number;
  end: number;
  cal: Calendar;
  year?: number;
  /** Digits the year was written with (2 means the century is implied). */
  yearDigits?: number;
  month?: number;
  day?: number;
  weekday?: number;
  weekdayMode?: WeekdayMode;
  /** "today" = 0, "yesterday" = -1. */
  dayOffset?: number;
  /** "3 days ago" = {day, -3}; "in two weeks" = {week, 2}. */
  shift?: { unit: Unit; n: number };
  /** Further shifts applied after `shift` ("1 عام, 1 شهر, 1 يوم" read as time ago). */
  more?: { unit: Unit; n: number }[];
  /** "خلال اسبوعين", "within two weeks": from the anchor to the shifted day. */
  within?: boolean;
  /** "last week" = {week, -1}; "this year" = {year, 0}. */
  period?: { unit: Unit; offset: number };
  /** "يناير الماضي" = -1, "دجنبر المقبل" = 1, "أبريل الجاري" = 0. */
  monthDir?: -1 | 0 | 1;
  /** Early, middle or late part of a month. */
  part?: 'early' | 'mid' | 'late';
  pod?: PartOfDay;
  holiday?: string;
  /** The nth weekday (or day, when `weekday` is unset) of the month; -1 is the last. */
  nth?: number;
  /** `nth` counts whole Monday-to-Sunday weeks of the month. */
  nthWeek?: boolean;
  /** Read as Hijri if it is no Gregorian day. */
  altIslamic?: boolean;
  /** Placed from the rest of the expression: "three days after", "the third Tuesday after". */
  after?: { unit: Unit; n: number } | { weekday: number; n: number };
  /** "the second closest Monday to Oct 5": the nth nearest `weekday` or `holiday` to the rest of the expression. */
  closest?: { n: number; weekday?: number; holiday?: string };
  /** A range's far end. */
  to?: Expr;
  /** Only a date when it is the whole input (bare "now", "sat", "May"). */
  weak: boolean;
}

/**
 * An expression with every field present (unset ones undefined), so that all expressions share
 * one object shape and the grammar's and resolver's property reads stay monomorphic.
 */
export function newExpr(first: number, last: number, start: number, end: number): Expr {
  return {
    first, last, start, end, cal: 'gregory', year: undefined, yearDigits: undefined, month: undefined, day: undefined,
    weekday: undefined, weekdayMode: undefined, dayOffset: undefined, shift: undefined, more: undefined, within: undefined,
    period: undefined, monthDir: undefined, part: undefined, pod: undefined, holiday: undefined, nth: undefined, nthWeek: undefined,
    altIslamic: undefined, after: undefined, closest: undefined, to: undefined, weak: false,
  };
}

/**
 * A copy of an expression, written field by field in `newExpr`'s order: what `{ ...e }` gives for
 * every expression (all are made by `newExpr`), without a spread, which is slow where the grammar
 * copies expressions of many uses at one site.
 */
export function cloneExpr(e: Expr): Expr {
  return {
    first: e.first, last: e.last, start: e.start, end: e.end, cal: e.cal, year: e.year, yearDigits: e.yearDigits, month: e.month, day: e.day,
    weekday: e.weekday, weekdayMode: e.weekdayMode, dayOffset: e.dayOffset, shift: e.shift, more: e.more, within: e.within,
    period: e.period, monthDir: e.monthDir, part: e.part, pod: e.pod, holiday: e.holiday, nth: e.nth, nthWeek: e.nthWeek,
    altIslamic: e.altIslamic, after: e.after, closest: e.closest, to: e.to, weak: e.weak,
  };
}
