import type { Role } from '../types';
import { activeIn, roleInYear, type KnownPerson } from './gazetteer';
import type { RawMention } from './rawMentions';
import type { Scan } from './scan';
import type { Entity } from './entity';

function choose(scan: Scan, people: readonly KnownPerson[], country: string | null, role: Role | null): KnownPerson | null {
  if (people.length <= 1) return people[0] ?? null;
  let list = people.slice();
  const narrow = (f: (p: KnownPerson) => boolean) => {
    const kept = list.filter(f);
    if (kept.length > 0) list = kept;
  };
  if (country) narrow((p) => p.country === country);
  narrow((p) => activeIn(p, scan.year));
  if (role) narrow((p) => roleInYear(p, scan.year) === role);
  return list[0] ?? null;
}

function firstRole(e: Entity): Role | null {
  for (const m of e.mentions) if (m.chain?.role) return m.chain.role;
  return null;
}

function firstCountry(e: Entity): string | null {
  for (const m of e.mentions) if (m.chain?.country) return m.chain.country;
  return null;
}

function resolveKnown(scan: Scan, e: Entity, nameText: (m: RawMention) => string): void {
  const role = firstRole(e);
  const country = firstCountry(e);
  // Only the fullest mention names the person: "بن علوي" alone may be someone else in the gazetteer.
  const pool: KnownPerson[] = e.full ? [...e.full.known] : [];
  if (pool.length === 0 && e.full) pool.push(...scan.lookup.lookup(nameText(e.full)));
  if (pool.length === 0 && e.full && e.full.words.length === 1 && (role || country)) {
    // A title and one part of a known name: "الرئيس شي", "President Xi".
    for (const w of nameText(e.full).split(/\s+/u)) {
      for (const p of scan.lookup.byPart(w)) {
        if (country && p.country !== country) continue;
        if (!activeIn(p, scan.year)) continue;
        if (role && roleInYear(p, scan.year) !== role && !p.roles.some(([r]) => r === role)) continue;
        if (!pool.includes(p)) pool.push(p);
      }
    }
    if (pool.length > 1) pool.length = 0;
  }
  e.known = choose(scan, pool, country, role);
  e.role = role ?? (e.known ? roleInYear(e.known, scan.year) : null);
  e.country = country ?? e.known?.country ?? null;
}

/** Gives every entity its gazetteer person, role and country. */
export function resolveEntities(scan: Scan, entities: Entity[], nameText: (m: RawMention) => string): void {
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    resolveKnown(scan, e, nameText);
  }
}
