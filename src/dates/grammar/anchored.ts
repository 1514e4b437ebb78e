import { marker, sense } from '../atoms';
import { cloneExpr, type Expr } from '../expr';
import { type Source, follows, unitAt } from './source';
import { count } from './numbers';

/**
 * An expression placed from another one: "three days after Easter", "two weeks before 4 May",
 * "third tuesday after christmas 2014". `inner` parses the expression it is placed from.
 */
export function anchoredExpr(src: Source, i: number, inner: (src: Source, j: number) => Expr | null): Expr | null {
  const o = sense(src.atoms[i], 'ord');
  const w = o ? sense(src.atoms[i + 1], 'weekday') : undefined;
  let k: number;
  let step: { unit: 'day' | 'week' | 'month' | 'year' | 'weekday'; n: number; wd?: number };
  if (o && w && o.n > 0 && follows(src, i + 1)) {
    step = { unit: 'weekday', n: o.n, wd: w.wd };
    k = i + 2;
  } else {
    const c = count(src, i);
    const u = c && src.atoms[c.next] && follows(src, c.next) ? unitAt(src, c.next) : null;
    if (!c || !u) return null;
    step = { unit: u.u, n: c.v * (u.n ?? 1) };
    k = c.next + 1;
  }
  const rel = src.atoms[k];
  if (!rel || !follows(src, k)) return null;
  const sign = marker(rel, 'after') ? 1 : marker(rel, 'before') ? -1 : 0;
  if (sign === 0 || !src.atoms[k + 1] || !follows(src, k + 1)) return null;
  const from = inner(src, k + 1);
  if (!from || from.to || from.shift) return null;
  const e: Expr = cloneExpr(from);
  e.first = i;
  e.start = src.atoms[i]!.start;
  if (step.unit === 'weekday') {
    e.after = { weekday: step.wd!, n: sign * step.n };
  } else e.after = { unit: step.unit, n: sign * step.n };
  return e;
}
