import { marker, sense } from '../atoms';
import type { Expr } from '../expr';
import { Source, Step, follows, period, dirAt, unitAt, base, basePeriod, hasArticle, lowerTextIs } from './source';
import { dayNumber, yearAt } from './numbers';
import { relativePeriod, shiftExpr } from './relative';
import { DatePart, newPart, withYear, monthFirst, yearOnly } from './calendarDate';

export function holidayExpr(src: Source, i: number): Expr | null {
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
  const e: Expr = base(src, i, next);
  e.holiday = h.id;
  if (dirOffset !== undefined) e.monthDir = dirOffset as -1 | 0 | 1;
  let k = next;
  if (src.atoms[k] && marker(src.atoms[k], 'in') && follows(src, k)) k++;
  const y = src.atoms[k] && follows(src, k) ? yearAt(src, k, false) : null;
  if (y) {
    e.year = y.v.year;
    e.yearDigits = 4;
    if (y.v.cal) e.cal = y.v.cal;
    next = y.next;
  } else {
    const rp = src.atoms[k] && follows(src, k) ? relativePeriod(src, k + (marker(src.atoms[k], 'of') ? 1 : 0)) : null;
    // "thanksgiving in 3 years", "Diwali two years ago": the holiday of a year counted from now.
    const sh = !rp && src.atoms[next] && follows(src, next) ? shiftExpr(src, next) : null;
    if (rp && rp.v.unit === 'year') {
      e.period = { unit: 'year', offset: rp.v.offset };
      next = rp.next;
    } else if (sh && sh.v.unit === 'year' && !sh.v.within) {
      e.period = { unit: 'year', offset: sh.v.n };
      next = sh.next;
    }
  }
  e.last = next - 1;
  e.end = src.atoms[next - 1]!.end;
  // A bare "رمضان" or "Ramadan" is a name as often as the month.
  if (next === j + 1 && (h.id === 'ramadan') && !src.whole) return null;
  return e;
}

const S_WORD: readonly string[] = ['s'];

/** "'s sunday" after "last week": the weekday the possessive names. */
function possessiveWeekday(src: Source, j: number): Step<number> | null {
  const s = src.atoms[j];
  if (!s || !lowerTextIs(src, s.start, s.end, S_WORD)) return null;
  const gap = src.text.slice(src.atoms[j - 1]!.end, s.start);
  if (gap !== "'" && gap !== '\u2019') return null;
  const w = sense(src.atoms[j + 1], 'weekday');
  return w && follows(src, j + 1) ? { v: w.wd, next: j + 2 } : null;
}

export function periodExpr(src: Source, i: number): Expr | null {
  // "the beginning of next month", "أوائل أبريل الجاري", "منتصف اذار", "early September"
  const mp = sense(src.atoms[i], 'mpart');
  if (mp) {
    let k = i + 1;
    if (src.atoms[k] && marker(src.atoms[k], 'of') && follows(src, k)) k++;
    if (src.atoms[k] && follows(src, k)) {
      const rp = relativePeriod(src, k);
      if (rp && (rp.v.unit === 'month' || rp.v.unit === 'year')) {
        return basePeriod(src, i, rp.next, rp.v, mp.p);
      }
      // "نهاية العام", "the end of the year": the current one.
      let t = k;
      if (marker(src.atoms[t], 'the') && src.atoms[t + 1] && follows(src, t + 1)) t++;
      const bareUnit = unitAt(src, t);
      if (bareUnit && bareUnit.n === null && (bareUnit.u === 'month' || bareUnit.u === 'year') && (t > k || hasArticle(src, src.atoms[t]!))) {
        const after = src.atoms[t + 1];
        if (!(after && follows(src, t + 1) && (after.int !== null || dirAt(src, t + 1) !== null))) {
          return basePeriod(src, i, t + 1, { unit: bareUnit.u, offset: 0 }, mp.p);
        }
      }
      const m = monthFirst(src, k);
      if (m && m.v.day === undefined && (!m.v.weak || src.whole || m.v.month !== undefined)) {
        const e: Expr = base(src, i, m.next);
        e.cal = m.v.cal;
        e.month = m.v.month!;
        e.part = mp.p;
        if (m.v.year !== undefined) e.year = m.v.year;
        if (m.v.monthDir !== undefined) e.monthDir = m.v.monthDir;
        return e;
      }
    }
  }
  const rp = relativePeriod(src, i);
  if (rp) {
    const wd = rp.v.unit === 'week' ? possessiveWeekday(src, rp.next) : null;
    if (wd) {
      // "last week's sunday", "next week's Monday": that weekday of the week named.
      const e = base(src, i, wd.next);
      e.weekday = wd.v;
      e.weekdayMode = rp.v.offset === -1 ? 'last-week' : rp.v.offset === 1 ? 'next-week' : 'this-week';
      return e;
    }
    return basePeriod(src, i, rp.next, rp.v);
  }
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
export function nthExpr(src: Source, i: number): Expr | null {
  let j = i;
  if (marker(src.atoms[j], 'the') && src.atoms[j + 1]) j++;
  let n: number | null = null;
  let wd: number | null | undefined;
  const a = src.atoms[j];
  // "fifth", or "5th" in digits.
  const o = sense(a, 'ord') ?? (a && a.ordinal && a.int !== null ? { n: a.int } : undefined);
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
  if (src.atoms[m] && (marker(src.atoms[m], 'of') || marker(src.atoms[m], 'in') || marker(src.atoms[m], 'on')) && follows(src, m)) m++;
  if (src.atoms[m] && marker(src.atoms[m], 'the') && follows(src, m)) m++;
  const procliticIn = src.atoms[m]?.proclitic === 1 && src.text.charCodeAt(src.atoms[m]!.start) === 0x628;
  if (m === k && !procliticIn) return null;
  if (!src.atoms[m] || !follows(src, m)) return null;
  const e: Expr = base(src, i, m + 1);
  e.nth = n!;
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
  if (mf.v.yearOffset !== undefined) e.period = { unit: 'year', offset: mf.v.yearOffset };
  let next = mf.next;
  // "... من شهر مارس السنة القادمة", "... من عام 2014", "بعام 2014"
  let y = next;
  if (src.atoms[y] && (marker(src.atoms[y], 'of') || marker(src.atoms[y], 'in') || marker(src.atoms[y], 'on')) && follows(src, y)) y++;
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
export function monthByNumber(src: Source, j: number): Step<DatePart> | null {
  const u = sense(src.atoms[j], 'unit');
  const isMonthWord = (u && u.u === 'month') || period(src, j, 'month');
  if (!isMonthWord || !src.atoms[j + 1] || !follows(src, j + 1)) return null;
  const a = src.atoms[j + 1]!;
  const n = a.int !== null && a.digits <= 2 ? a.int : sense(a, 'card')?.n ?? sense(a, 'ord')?.n ?? null;
  if (n === null || n < 1 || n > 12) return null;
  const part: DatePart = newPart('gregory', false, false, undefined, undefined, n);
  return withYear(src, j + 2, part, false);
}


/** "اليوم الثالث من شهر عشرة", "بداية شهر 3": a day of a month given by number. */
export function monthDayNumbered(src: Source, i: number): Expr | null {
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
  if (src.atoms[k] && (marker(src.atoms[k], 'of') || marker(src.atoms[k], 'in')) && follows(src, k)) k++;
  if (!src.atoms[k] || !follows(src, k)) return null;
  const m = monthByNumber(src, k);
  if (!m) return null;
  const e: Expr = base(src, i, m.next);
  e.month = m.v.month!;
  if (day !== undefined) e.day = day;
  if (part) e.part = part;
  if (m.v.year !== undefined) e.year = m.v.year;
  return e;
}
