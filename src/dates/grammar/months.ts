import type { Calendar } from '../../types';
import { MONTH_BIT, type Atom } from '../atoms';
import { Source, Step, gapHas, follows } from './source';

export interface MonthStep {
  cal: Calendar;
  m: number;
  weak: boolean;
}

/** A month name, with an alternative name after a slash ("أيلول/سبتمبر"). */
export function monthName(src: Source, j: number): Step<MonthStep> | null {
  const a = src.atoms[j];
  const s = a ? pickMonth(src, a) : undefined;
  if (!s) return null;
  let next = j + 1;
  let weak = s.weak;
  const alt = src.atoms[next];
  const altMonth = alt ? pickMonth(src, alt) : undefined;
  if (altMonth && follows(src, next, '/') && gapHas(src, next, 0x2f)) {
    next++;
    weak = weak && altMonth.weak;
  }
  return { v: { cal: s.cal, m: s.m, weak }, next };
}

export function pickMonth(src: Source, a: Atom): MonthStep | undefined {
  if ((a.kinds & MONTH_BIT) === 0) return undefined;
  let best: MonthStep | undefined;
  for (const s of a.senses) {
    if (s.k !== 'month') continue;
    // An Arabic text's مارس is Gregorian; a Persian text's مهر is Solar Hijri: prefer the language's calendar.
    if (!best || (src.lang === 'fa' && s.cal === 'persian' && best.cal !== 'persian')) best = { cal: s.cal, m: s.m, weak: s.weak };
  }
  return best;
}
