import { marker } from '../atoms';
import { cloneExpr, type Expr } from '../expr';
import { Source, trimmedGap, GAP_EMPTY, follows, base } from './source';
import { dayNumber, yearAt } from './numbers';
import { composite } from './composite';

/** "3–5 May", "من 3 إلى 5 مايو", "13 الى 15 تموز", "Sept. 5-6", "يوليو 13-15", "بين 12 و14 أيلول". */
export function withRange(src: Source, e: Expr): Expr {
  const j = e.last + 1;
  const a = src.atoms[j];
  if (a && e.year !== undefined && e.month === undefined && e.day === undefined && trimmedGap(src, j) === 0x2d) {
    // "۲۰۲۴-۲۰۲۵"
    const y = yearAt(src, j, false);
    if (y && y.v.year > e.year && y.v.year - e.year < 100) {
      const to: Expr = base(src, j, y.next);
      to.cal = e.cal;
      to.year = y.v.year;
      to.yearDigits = 4;
      const out = cloneExpr(e);
      out.to = to;
      out.last = y.next - 1;
      out.end = src.atoms[y.next - 1]!.end;
      return out;
    }
  }
  if (!a || (e.day === undefined && e.month === undefined)) return e;
  const gap = trimmedGap(src, j);
  let k = j;
  if (gap === 0x2d || gap === 0x2f) {
    // a hyphen alone joins two days
  } else if (gap === GAP_EMPTY && marker(a, 'to')) k++;
  else return e;
  if (!src.atoms[k] || (k > j && !follows(src, k))) return e;
  const far = composite(src, k) ?? dayOnly(src, k);
  if (!far || far.day === undefined) return e;
  const to: Expr = cloneExpr(far);
  to.cal = far.month !== undefined ? far.cal : e.cal;
  if (to.month === undefined && e.month !== undefined) to.month = e.month;
  if (to.year === undefined && e.year !== undefined) to.year = e.year;
  const from: Expr = cloneExpr(e);
  if (from.month === undefined && to.month !== undefined) {
    from.month = to.month;
    from.cal = to.cal;
  }
  if (from.year === undefined && to.year !== undefined) from.year = to.year;
  if (to.day! <= (from.day ?? 0) && to.month === from.month) return e;
  from.to = to;
  from.last = far.last;
  from.end = far.end;
  return from;
}

function dayOnly(src: Source, k: number): Expr | null {
  const d = dayNumber(src, k);
  if (!d) return null;
  const e = base(src, k, d.next);
  e.day = d.v;
  return e;
}

/** A day number followed by a range connector and a full date: "13 الى 15 تموز", "3–5 May". */
export function parseLeadingRange(src: Source, i: number): Expr | null {
  const d = dayNumber(src, i);
  if (!d || !src.atoms[d.next]) return null;
  const j = d.next;
  const gap = trimmedGap(src, j);
  let k = j;
  const a = src.atoms[j]!;
  if (gap === 0x2d) k = j;
  else if (gap === GAP_EMPTY && marker(a, 'to')) k = j + 1;
  else if (gap === GAP_EMPTY && a.proclitic === 1 && a.int !== null) k = j;
  else return null;
  if (!src.atoms[k]) return null;
  const far = composite(src, k);
  if (!far || far.day === undefined || far.month === undefined || far.day <= d.v) return null;
  const from: Expr = base(src, i, d.next);
  from.cal = far.cal;
  from.month = far.month;
  from.day = d.v;
  if (far.year !== undefined) from.year = far.year;
  from.to = far;
  from.last = far.last;
  from.end = far.end;
  return from;
}
