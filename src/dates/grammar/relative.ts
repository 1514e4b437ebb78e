import { CARD_BIT, INT_BIT, RELYEAR_BIT, UNIT_BIT, WEEKDAY_BIT, marker, sense } from '../atoms';
import type { Expr } from '../expr';
import type { Unit } from '../lexicon';
import { Source, Step, follows, dirAt, unitAt, base, textIs, lowerTextIs, hasArticle, kindsFrom, THIS_WORDS } from './source';
import { count } from './numbers';

/** "last week", "الشهر المقبل", "هذا العام", "هفته گذشته", "امسال". */
export function relativePeriod(src: Source, j: number): Step<{ unit: Unit; offset: number }> | null {
  const a = src.atoms[j];
  if (!a) return null;
  // Every reading needs a relative year here, or a unit here or next.
  const b = src.atoms[j + 1];
  if ((a.kinds & (RELYEAR_BIT | UNIT_BIT)) === 0 && (!b || (b.kinds & UNIT_BIT) === 0)) return null;
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
    if (textIs(src, src.atoms[j + 1]!.start, src.atoms[j + 1]!.end, THIS_WORDS)) return null;
    return { v: { unit: u.u, offset: d2 }, next: j + 2 };
  }
  return null;
}

export const PLURAL_UNITS: readonly string[] = ['ايام', 'اسابيع', 'اشهر', 'شهور', 'سنوات', 'سنين', 'اعوام', 'days', 'weeks', 'months', 'years', 'الاسابيع'];

export function isSingular(src: Source, j: number): boolean {
  const a = src.atoms[j]!;
  return !lowerTextIs(src, a.start + a.proclitic, a.end, PLURAL_UNITS);
}

/** "منذ 3 أيام", "قبل ثلاثة أيام", "بعد شهرين", "in a week", "two weeks ago", "۳ روز پیش", "ده سال پیش". */
export function shiftExpr(src: Source, j: number): Step<{ unit: Unit | 'weekday'; n: number; wd?: number; within?: boolean }> | null {
  const a = src.atoms[j];
  if (!a) return null;
  // Every reading counts a unit or a weekday from here on.
  if ((kindsFrom(src, j) & (UNIT_BIT | WEEKDAY_BIT)) === 0) return null;
  const pre = sense(a, 'pre');
  const inWord = marker(a, 'in');
  if ((pre || inWord) && src.atoms[j + 1] && follows(src, j + 1)) {
    if (pre && pre.d === 0) {
      const inner = shiftExpr(src, j + 1) ?? withinCount(src, j + 1);
      return inner ? { v: { unit: inner.v.unit, n: inner.v.n, wd: (inner.v as { wd?: number }).wd, within: true }, next: inner.next } : null;
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
    const dateAfter = src.atoms[j + 2] && follows(src, j + 2) && (src.atoms[j + 2]!.int !== null || !!sense(src.atoms[j + 2], 'month'));
    const yearAfter = dateAfter;
    if (single && !yearAfter && isSingular(src, j + 1) && pre && !hasArticle(src, src.atoms[j + 1]!)) {
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
export function withinCount(src: Source, j: number): Step<{ unit: Unit; n: number }> | null {
  const dual = unitAt(src, j);
  if (dual && dual.n !== null) return { v: { unit: dual.u, n: dual.n }, next: j + 1 };
  const c = count(src, j);
  const u = c && src.atoms[c.next] && follows(src, c.next) ? unitAt(src, c.next) : null;
  return c && u ? { v: { unit: u.u, n: c.v }, next: c.next + 1 } : null;
}

/** A whole input that only lists durations ("1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة") is read as time ago. */
export function durationList(src: Source): Expr | null {
  if (!src.whole || src.atoms.length < 4) return null;
  // It opens with a count and lists at least two units.
  const opening = src.atoms[0]!;
  if ((opening.kinds & (INT_BIT | CARD_BIT)) === 0 || (opening.after & UNIT_BIT) === 0) return null;
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
  const e = base(src, 0, src.atoms.length);
  e.shift = first!;
  e.more = more;
  return e;
}
