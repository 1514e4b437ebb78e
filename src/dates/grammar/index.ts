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
  const kinds = a.kinds;
  let best: Expr | null = kinds & o.composite ? composite(src, i) : null;
  // Each reading replaces the best so far only when it reaches further (first found wins ties).
  if (kinds & o.holiday) best = longer(best, holidayExpr(src, i));
  if (kinds & o.nth) best = longer(best, nthExpr(src, i));
  if (kinds & o.closest) best = longer(best, closestExpr(src, i, parseAt));
  if (kinds & o.period) best = longer(best, periodExpr(src, i));
  if (kinds & o.numbered) {
    best = longer(best, monthDayNumbered(src, i));
    best = longer(best, anchoredExpr(src, i, parseAt));
  }
  return best ? withRange(src, best) : null;
}

function longer(best: Expr | null, c: Expr | null): Expr | null {
  return c && (!best || c.end > best.end) ? c : best;
}
