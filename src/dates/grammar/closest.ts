import { marker, sense } from '../atoms';
import { cloneExpr, type Expr } from '../expr';
import { type Source, follows } from './source';

/**
 * "the closest Monday to Oct 5th", "the 3rd closest xmas to today": the nth nearest weekday or
 * holiday to a date that `inner` parses. Ties go to the earlier day.
 */
export function closestExpr(src: Source, i: number, inner: (src: Source, j: number) => Expr | null): Expr | null {
  let k = i;
  if (marker(src.atoms[k], 'the') && src.atoms[k + 1] && follows(src, k + 1)) k++;
  let n = 1;
  const a = src.atoms[k];
  const o = sense(a, 'ord');
  if ((o || (a && a.ordinal && a.int !== null)) && src.atoms[k + 1] && follows(src, k + 1)) {
    n = o ? o.n : a!.int!;
    k++;
  }
  if (n < 1 || n > 50 || !marker(src.atoms[k], 'closest') || !src.atoms[k + 1] || !follows(src, k + 1)) return null;
  const target = src.atoms[k + 1]!;
  const wd = sense(target, 'weekday');
  const h = wd ? undefined : sense(target, 'holiday');
  if (!wd && !h) return null;
  const to = k + 2;
  if (!marker(src.atoms[to], 'to') || !src.atoms[to + 1] || !follows(src, to) || !follows(src, to + 1)) return null;
  const from = inner(src, to + 1);
  if (!from || from.to || from.closest) return null;
  const e: Expr = cloneExpr(from);
  e.first = i;
  e.start = src.atoms[i]!.start;
  e.weak = false;
  e.closest = wd ? { n, weekday: wd.wd } : { n, holiday: h!.id };
  return e;
}
