import type { Calendar } from '../../types';
import { fold } from '../../text/normalize';
import { AR_WEEKDAY_NAMERS } from '../../locales/ar/dates/weekdays';
import { FA_WEEKDAY_NAMERS } from '../../locales/fa/dates/weekdays';
import { WEEKDAY_BIT, marker, sense } from '../atoms';
import { newExpr, type Expr, type WeekdayMode } from '../expr';
import { Source, Step, gapHas, textIs, lowerTextIs, THIS_WORDS, follows, period, dirAt, unitAt, prevAtom, hasKindAt } from './source';
import { relativePeriod } from './relative';
import { type DatePart, calendarDate } from './calendarDate';

const NEXT: readonly string[] = ['next'];
const LOOSE_PARTS: readonly string[] = ['late', 'early'];

export function weekdayComponent(src: Source, j: number, hasContext: boolean): Step<{ wd: number; mode: WeekdayMode; weak: boolean }> | null {
  // The weekday is named here or, after "last"/"next", next.
  if (!hasKindAt(src, j, WEEKDAY_BIT)) return null;
  let k = j;
  let mode: WeekdayMode = 'auto';
  const d = dirAt(src, k);
  if (d !== null && src.atoms[k + 1] && follows(src, k + 1) && sense(src.atoms[k + 1], 'weekday')) {
    mode = d === -1 ? 'last' : d === 1 ? 'next-week' : 'auto';
    if (d === 1 && !lowerTextIs(src, src.atoms[k]!.start, src.atoms[k]!.end, NEXT)) mode = 'next';
    k++;
  }
  const w = sense(src.atoms[k], 'weekday');
  if (!w) return null;
  if (k === j && namedAfter(src, j)) return null;
  let next = k + 1;
  let weak = w.weak;
  const after = src.atoms[next];
  if (after && follows(src, next)) {
    const d2 = dirAt(src, next);
    if (d2 !== null && after.proclitic === 0 && !textIs(src, after.start, after.end, THIS_WORDS)) {
      if (!(unitAt(src, next + 1) && follows(src, next + 1))) {
        mode = d2 === -1 ? 'last' : d2 === 1 ? 'next' : 'this-week';
        next++;
        weak = false;
      }
    }
  }
  // "sunday from last week", "الاحد من الاسبوع الماضي", "ثلاثاء الاسبوع الفائت", "wednesday of next week"
  let m = next;
  if (src.atoms[m] && (marker(src.atoms[m], 'of') || marker(src.atoms[m], 'from') || marker(src.atoms[m], 'on')) && follows(src, m)) m++;
  const rp = src.atoms[m] && follows(src, m) ? relativePeriod(src, m) : null;
  if (rp && rp.v.unit === 'week') {
    mode = rp.v.offset === -1 ? 'last-week' : rp.v.offset === 1 ? 'next-week' : 'this-week';
    next = rp.next;
    weak = false;
  } else if (src.atoms[next] && marker(src.atoms[next], 'after') && follows(src, next) && dirAt(src, next + 1) === 1) {
    mode = 'after-next';
    next += 2;
    weak = false;
  }
  if (k > j) weak = false;
  if (weak && !hasContext && !src.whole) {
    // "دوشنبه" is also Dushanbe, "Sun" the star: only with a date, a day word or a parenthesis around it.
    if (!(j > 0 && gapHas(src, j, 0x28))) return { v: { wd: w.wd, mode, weak: true }, next };
  }
  return { v: { wd: w.wd, mode, weak: false }, next };
}

/** "صلاة الجمعة", "نماز جمعه": the weekday names a prayer (or a city), not a day. */
function namedAfter(src: Source, j: number): boolean {
  const prev = prevAtom(src, j);
  if (!prev || !follows(src, j)) return false;
  // A dozen words: compared in place, without cutting the word out and hashing it.
  return textIs(src, prev.start + prev.proclitic, prev.end, weekdayNamers());
}

let namers: string[] | null = null;

function weekdayNamers(): string[] {
  namers ??= [...new Set([...AR_WEEKDAY_NAMERS, ...FA_WEEKDAY_NAMERS].map(fold))];
  return namers;
}

/** Parses a composite expression starting at atom `i`. */
export function composite(src: Source, i: number): Expr | null {
  // The parts read so far, kept in locals rather than an object of parts.
  let dayOffset: number | undefined;
  let weekday: number | undefined;
  let weekdayMode: WeekdayMode | undefined;
  let date: DatePart | undefined;
  let podPart: Expr['pod'] | undefined;
  let j = i;
  let opened = 0;
  let lastEnd = -1;
  let dayWord = false;
  for (let guard = 0; guard < 8; guard++) {
    const a = src.atoms[j];
    if (!a) break;
    if (j > i) {
      const join = joinAt(src, j);
      if (join < 0) break;
      opened += join;
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
    if (pod && podPart === undefined && !sense(a, 'relday')) {
      // "late"/"early" are parts of the day only next to a day ("late Tuesday", "late on Monday").
      const loose = lowerTextIs(src, a.start, a.end, LOOSE_PARTS);
      let k = j + 1;
      if (loose && src.atoms[k] && marker(src.atoms[k], 'on') && follows(src, k)) k++;
      const hasDay = dayOffset !== undefined || weekday !== undefined || date?.day !== undefined;
      if (hasDay && !loose) {
        podPart = pod.p;
        lastEnd = j;
        j++;
        continue;
      }
      if (!hasDay && src.atoms[k] && follows(src, k)) {
        if (!loose) podPart = pod.p;
        j = k;
        continue;
      }
      break;
    }
    const rel = sense(a, 'relday');
    if (rel && dayOffset === undefined && date === undefined) {
      if (rel.weak && !src.whole) break;
      dayOffset = rel.d;
      lastEnd = j;
      j++;
      continue;
    }
    if (weekday === undefined && (date === undefined || date.day !== undefined)) {
      const hasContext = dayWord || dayOffset !== undefined || podPart !== undefined || opened > 0;
      const w = weekdayComponent(src, j, hasContext);
      if (w) {
        if (w.v.weak) {
          // A weak weekday needs a date right after it.
          const after = src.atoms[w.next] && joinAt(src, w.next) >= 0 ? calendarDate(src, w.next) : null;
          if (!after || after.v.day === undefined) break;
        }
        weekday = w.v.wd;
        weekdayMode = w.v.mode;
        lastEnd = w.next - 1;
        j = w.next;
        continue;
      }
    }
    if (date === undefined) {
      const d = calendarDate(src, j);
      if (d && (d.v.day !== undefined || dayOffset === undefined)) {
        if (d.v.weak && !src.whole && !(weekday !== undefined && d.v.day !== undefined) && !(dayWord && d.v.day !== undefined)) {
          if (weekday === undefined && dayOffset === undefined) return null;
          break;
        }
        // calendarDate made this part for this call alone: settle it in place rather than copy it.
        d.v.weak = false;
        date = d.v;
        lastEnd = d.next - 1;
        j = d.next;
        continue;
      }
    }
    break;
  }
  if (lastEnd < 0) return null;
  if (dayOffset === undefined && weekday === undefined && date === undefined) return null;
  const endAtom = src.atoms[lastEnd]!;
  let endOffset = endAtom.end;
  if (opened > 0) {
    const close = src.text.indexOf(')', endAtom.end);
    const nextAtom = src.atoms[lastEnd + 1];
    if (close >= 0 && (!nextAtom || close < nextAtom.start) && /^[\s]*\)$/u.test(src.text.slice(endAtom.end, close + 1))) endOffset = close + 1;
  }
  const startAtom = src.atoms[i]!;
  const e: Expr = newExpr(i, lastEnd, startAtom.start + startAtom.proclitic, endOffset);
  e.cal = date?.cal ?? 'gregory';
  if (dayOffset !== undefined) e.dayOffset = dayOffset;
  if (weekday !== undefined) {
    e.weekday = weekday;
    e.weekdayMode = weekdayMode ?? 'auto';
  }
  if (podPart) e.pod = podPart;
  const d = date;
  if (d) {
    if (d.year !== undefined) e.year = d.year;
    if (d.yearDigits !== undefined) e.yearDigits = d.yearDigits;
    if (d.month !== undefined) e.month = d.month;
    if (d.day !== undefined) e.day = d.day;
    if (d.monthDir !== undefined) e.monthDir = d.monthDir;
    if (d.monthOffset !== undefined) e.period = { unit: 'month', offset: d.monthOffset };
    if (d.yearOffset !== undefined) e.period = { unit: 'year', offset: d.yearOffset };
    if (d.weak) e.weak = true;
    if (d.altIslamic) e.altIslamic = true;
    e.cal = calendarFor(src, d);
  }
  return e;
}

/**
 * Whether the gap before atom j joins two parts of one expression: at most 4 characters, only
 * spaces and up to two of ( ) , ، — read in place. -1 when it is no join, else 1 when it opens a
 * parenthesis and 0 when not. Without both atoms the gap is no join.
 */
export function joinAt(src: Source, j: number): number {
  const a = prevAtom(src, j);
  const b = src.atoms[j];
  if (!a || !b || b.start - a.end > 4) return -1;
  const text = src.text;
  let punct = 0;
  let open = 0;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if ((c !== 0x28 && c !== 0x29 && c !== 0x2c && c !== 0x60c) || ++punct > 2) return -1;
    if (c === 0x28) open = 1;
  }
  return open;
}

/** A numeric year of 13xx-14xx is Solar Hijri in Persian text and Hijri in Arabic text. */
export function calendarFor(src: Source, d: DatePart): Calendar {
  if (d.calExplicit || d.cal !== 'gregory' || d.year === undefined) return d.cal;
  const y = d.year;
  if (d.yearDigits === 4 && y >= 1300 && y < 1500) return src.lang === 'fa' ? 'persian' : 'islamic';
  return 'gregory';
}
