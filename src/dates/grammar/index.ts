import { INT_BIT, PERIOD_BIT, UNIT_BIT, WEEKDAY_BIT, kindBit } from '../atoms';
import type { Expr } from '../expr';
import { kindsFrom, type Source } from './source';
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

// Which sense kinds can open each kind of expression (the others are not tried), and which
// kinds it needs somewhere from its first word on (without one of them it cannot be read).
let openers: Openers | null = null;
let needs: Openers | null = null;

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

function needsOf(): Openers {
  if (needs) return needs;
  const b = kindBit;
  needs = {
    composite: -1, // anything
    // holidayExpr reads a holiday name; nthExpr the weekday or the day or week unit it counts;
    // closestExpr the weekday or holiday it looks for.
    holiday: b('holiday'),
    nth: b('weekday') | b('unit'),
    closest: b('weekday') | b('holiday'),
    // periodExpr: a part of a month ("early"), a relative year ("امسال"), or the unit or weekday
    // that relativePeriod and shiftExpr count.
    period: b('mpart') | b('relyear') | b('unit') | b('weekday'),
    // monthDayNumbered: a month word ("شهر 3"); anchoredExpr: the unit or weekday it steps by.
    numbered: b('unit') | b('period') | b('weekday'),
  };
  return needs;
}

/** The longest date expression that starts at atom `i`, with a range end if one follows. */
export function parseAt(src: Source, i: number): Expr | null {
  const a = src.atoms[i];
  if (!a || a.kinds === 0) return null;
  const o = openersOf();
  const n = needsOf();
  const kinds = a.kinds;
  const ahead = kindsFrom(src, i);
  let best: Expr | null = kinds & o.composite ? composite(src, i) : null;
  // Each reading replaces the best so far only when it reaches further (first found wins ties),
  // so once one reaches the end of the text the others need not be tried.
  let end = src.reach ?? -1;
  if (end < 0) end = src.reach = reachOf(src);
  if (can(kinds, ahead, o.holiday, n.holiday) && !reaches(best, end)) best = longer(best, holidayExpr(src, i));
  if (can(kinds, ahead, o.nth, n.nth) && !reaches(best, end)) best = longer(best, nthExpr(src, i));
  if (can(kinds, ahead, o.closest, n.closest) && !reaches(best, end)) best = longer(best, closestExpr(src, i, parseAt));
  if (can(kinds, ahead, o.period, n.period) && !reaches(best, end)) best = longer(best, periodExpr(src, i));
  if (can(kinds, ahead, o.numbered, n.numbered) && !reaches(best, end)) {
    if (ahead & (UNIT_BIT | PERIOD_BIT)) best = longer(best, monthDayNumbered(src, i));
    if (ahead & (UNIT_BIT | WEEKDAY_BIT) && !reaches(best, end)) best = longer(best, anchoredExpr(src, i, parseAt));
  }
  return best ? withRange(src, best) : null;
}

/**
 * The furthest an expression can end: the end of the last atom, or just past a ")" that follows
 * it after white space only (where `composite` closes a parenthesis it opened).
 */
export function reachOf(src: Source): number {
  if (src.atoms.length === 0) return 0;
  const last = src.atoms[src.atoms.length - 1]!;
  const text = src.text;
  for (let k = last.end; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29) return k + 1;
    if (!(c === 32 || (c >= 9 && c <= 13) || (c > 0x7f && WHITE.test(text[k]!)))) break;
  }
  return last.end;
}

// composite's test of the text before the ")": `\s`.
const WHITE = /^\s$/u;

/** A reading can be tried: the first atom's kinds open it and the atoms from there hold a kind it needs. */
function can(kinds: number, ahead: number, opens: number, needs: number): boolean {
  return (kinds & opens) !== 0 && (ahead & needs) !== 0;
}

function reaches(best: Expr | null, end: number): boolean {
  return best !== null && best.end >= end;
}

function longer(best: Expr | null, c: Expr | null): Expr | null {
  return c && (!best || c.end > best.end) ? c : best;
}
