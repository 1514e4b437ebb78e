import type { Language } from '../../types';
import { sense, type Atom } from '../atoms';
import { newExpr, type Expr } from '../expr';
import type { Unit } from '../lexicon';

/** What the grammar reads: the normalized text, its atoms, the language, and whether the atoms are the whole input. */
export interface Source {
  text: string;
  atoms: Atom[];
  lang: Language;
  whole: boolean;
}

export interface Step<T> {
  v: T;
  next: number;
}

export const SPACE: readonly string[] = [' ', '\t', '\n', '\r'];

/** Text between atom j-1 and atom j. */
export function gapBefore(src: Source, j: number): string {
  const a = src.atoms[j - 1];
  const b = src.atoms[j];
  if (!a || !b) return '\u0000';
  return src.text.slice(a.end, b.start);
}

/** Atom j follows j-1 with only spaces and at most one of the `allowed` punctuation marks between. */
export function follows(src: Source, j: number, allowed = ''): boolean {
  const gap = gapBefore(src, j);
  if (gap.length > 4) return false;
  let punct = 0;
  for (const c of gap) {
    if (SPACE.includes(c)) continue;
    if (!allowed.includes(c) || ++punct > 1) return false;
  }
  return true;
}

export function intAt(src: Source, j: number): Atom | undefined {
  const a = src.atoms[j];
  return a && a.int !== null ? a : undefined;
}

export function period(src: Source, j: number, u: 'day' | 'month' | 'year'): boolean {
  const a = src.atoms[j];
  return !!a && a.senses.some((s) => s.k === 'period' && s.u === u);
}

export function dirAt(src: Source, j: number): -1 | 0 | 1 | null {
  const d = sense(src.atoms[j], 'dir');
  return d ? d.d : null;
}

export function unitAt(src: Source, j: number): { u: Unit; n: number | null } | null {
  const u = sense(src.atoms[j], 'unit');
  return u ? { u: u.u, n: u.n } : null;
}

export function base(src: Source, first: number, next: number): Expr {
  return newExpr(first, next - 1, src.atoms[first]!.start, src.atoms[next - 1]!.end);
}
