import { INT_BIT, kindBit } from '../atoms';
import type { Expr } from '../expr';
import type { Source } from './source';
import { composite } from './composite';
import { holidayExpr, periodExpr, nthExpr, monthDayNumbered } from './special';
import { withRange } from './ranges';
import { anchoredExpr } from './anchored';
import { closestExpr } from './closest';

export type { Source } from './source';
export { durationList } from './relative';
export { parseLeadingRange } from './ranges';

interface Openers {
  composite: number;
  holiday: number;
  nth: number;
  closest: number;
  period: number;
  numbered: number;
}

// Which sense kinds can open each kind of expression: the others are not tried.
let openers: Openers | null = null;

function openersOf(): Openers {
  if (openers) return openers;
  const b = kindBit;
  openers = {
    composite: b('period') | b('pod') | b('relday') | b('weekday') | b('dir') | b('month') | b('ord') | b('card') | b('unit') | INT_BIT,
    holiday: b('holiday') | b('dir'),
    nth: b('ord') | b('marker') | b('weekday') | b('unit'),
    closest: b('ord') | b('marker') | INT_BIT,
    period: b('mpart') | b('relyear') | b('dir') | b('unit') | b('pre') | b('marker') | b('card') | INT_BIT,
    numbered: b('unit') | b('ord') | b('card') | b('mpart') | INT_BIT,
  };
  return openers;
}

/** The longest date expression that starts at atom `i`, with a range end if one follows. */
export function parseAt(src: Source, i: number): Expr | null {
  const a = src.atoms[i];
  if (!a || a.kinds === 0) return null;
  const o = openersOf();
  let best: Expr | null = a.kinds & o.composite ? composite(src, i) : null;
  const consider = (c: Expr | null) => {
    if (c && (!best || c.end > best.end)) best = c;
  };
  if (a.kinds & o.holiday) consider(holidayExpr(src, i));
  if (a.kinds & o.nth) consider(nthExpr(src, i));
  if (a.kinds & o.closest) consider(closestExpr(src, i, parseAt));
  if (a.kinds & o.period) consider(periodExpr(src, i));
  if (a.kinds & o.numbered) consider(monthDayNumbered(src, i));
  if (a.kinds & o.numbered) consider(anchoredExpr(src, i, parseAt));
  return best ? withRange(src, best) : null;
}
