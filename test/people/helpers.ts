import { findPeople } from '../../src/people/index';
import type { ExtractOptions, Person } from '../../src/types';

/** The distinct full names findPeople gives, in text order. */
export function names(text: string, options?: ExtractOptions): string[] {
  const out: string[] = [];
  for (const p of findPeople(text, options)) if (p.name !== null && !out.includes(p.name)) out.push(p.name);
  return out;
}

/** The first person whose full name is `name`. */
export function person(text: string, name: string, options?: ExtractOptions): Person {
  const p = findPeople(text, options).find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in ${JSON.stringify(names(text, options))}`);
  return p;
}

/** Every span findPeople gives cuts exactly its text out of the input. */
export function expectExactSpans(text: string, options?: ExtractOptions): void {
  for (const p of findPeople(text, options)) {
    expect(p.span).not.toBeNull();
    expect(text.slice(p.span!.start, p.span!.end)).toBe(p.span!.text);
  }
}
