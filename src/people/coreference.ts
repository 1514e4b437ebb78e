import type { Role } from '../types';
import { activeIn, roleInYear, type KnownPerson } from './gazetteer';
import type { RawMention } from './rawMentions';
import type { Segment } from './readMentions';
import { isArabicToken, type Scan } from './scan';
import { keyOfName } from './nameKey';

/** One person of the document and the mentions that name or describe them. */
export interface Entity {
  mentions: RawMention[];
  /** The fullest name mention. */
  full: RawMention | null;
  known: KnownPerson | null;
  role: Role | null;
  country: string | null;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let s = 0; s + short.length <= long.length; s++) {
    let ok = true;
    for (let k = 0; k < short.length; k++) if (short[k] !== long[s + k]) ok = false;
    if (ok) return true;
  }
  return false;
}

function sameJoined(a: readonly string[], b: readonly string[]): boolean {
  return keyOfName(a.join('')) === keyOfName(b.join(''));
}

/** Whether a named mention can be the entity's person: same gazetteer person, or a part of its name. */
function compatible(m: RawMention, e: Entity): boolean {
  if (m.known.length > 0 && e.known && m.known.includes(e.known)) return true;
  if (m.known.length > 0 && e.known && !m.known.includes(e.known)) return false;
  const full = e.full;
  if (!full) return false;
  return isSubsequence(m.words, full.words) || sameJoined(m.words, full.words);
}

function nearestBefore(candidates: Entity[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of candidates) {
    for (const m of e.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best ?? candidates[0] ?? null;
}

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
  if (pool.length === 0 && e.full && (role || country)) {
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

/** Clusters named mentions into entities, longest names first, so short forms join their full form. */
export function clusterNamed(scan: Scan, mentions: RawMention[]): Entity[] {
  const entities: Entity[] = [];
  const named = mentions.filter((m) => m.kind === 'named').sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of named) {
    const fits = entities.filter((e) => compatible(m, e));
    const e = fits.length > 0 ? nearestBefore(fits, m.start)! : null;
    if (e) {
      e.mentions.push(m);
    } else {
      entities.push({ mentions: [m], full: m, known: m.known.length === 1 ? m.known[0]! : null, role: null, country: null });
    }
  }
  return entities;
}

/** Pass 2: bare parts of names already found ("قال لوكاشينكو", "Gass first met"). */
export function findPartMentions(scan: Scan, entities: Entity[], leftovers: readonly Segment[]): RawMention[] {
  const parts = new Map<string, Entity[]>();
  const add = (key: string, e: Entity) => {
    const list = parts.get(key);
    if (!list) parts.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of entities) {
    const words = e.full?.words ?? [];
    if (words.length < 2) continue;
    const content = words.filter((w) => !scan.lex.joiners.has(w));
    const last = content[content.length - 1];
    if (last && last.length >= 2) add(last, e);
    const firstWord = content[0];
    if (firstWord && firstWord.length >= 1 && !isGivenNameKey(scan, firstWord)) add(firstWord, e);
    for (let a = 0; a < words.length; a++) for (let b = a + 1; b < words.length && b < a + 3; b++) add(words.slice(a, b + 1).join(' '), e);
  }
  const out: RawMention[] = [];
  for (const seg of leftovers) {
    for (let k = seg.first; k <= seg.last; ) {
      let taken = 0;
      for (let size = Math.min(3, seg.last - k + 1); size >= 1 && taken === 0; size--) {
        for (const strip of stripOptions(scan, k)) {
          const keys: string[] = [];
          for (let q = k; q < k + size; q++) keys.push(keyOfName(q === k ? scan.tokens[q]!.key.slice(strip) : scan.tokens[q]!.key));
          const hits = parts.get(keys.join(' '));
          if (!hits || hits.length === 0) continue;
          const e = nearestBefore(hits, scan.tokens[k]!.start)!;
          const last = k + size - 1;
          const chain = (k === seg.first ? seg.left : null) ?? (last === seg.last ? seg.right : null);
          const nameStart = scan.tokens[k]!.start + strip;
          const nameEnd = scan.tokens[last]!.end;
          const m: RawMention = {
            kind: 'named', first: k, last, nameStart, nameEnd, chain, known: e.known ? [e.known] : [], words: keys,
            start: chain ? Math.min(chain.start, nameStart) : nameStart, end: chain ? Math.max(chain.end, nameEnd) : nameEnd,
          };
          e.mentions.push(m);
          out.push(m);
          taken = size;
          break;
        }
      }
      k += taken > 0 ? taken : 1;
    }
  }
  return out;
}

function isGivenNameKey(scan: Scan, key: string): boolean {
  for (const g of scan.lex.givenNames) if (keyOfName(g) === key) return true;
  return false;
}

function stripOptions(scan: Scan, k: number): number[] {
  const t = scan.tokens[k]!;
  if (!isArabicToken(t)) return [0];
  const out = [0];
  if ('وفبلك'.includes(t.key[0] ?? '') && t.key.length > 3) out.push(1);
  if ((t.key.startsWith('وب') || t.key.startsWith('ول')) && t.key.length > 4) out.push(2);
  return out;
}

/** Gives every entity its gazetteer person, role and country. */
export function resolveEntities(scan: Scan, entities: Entity[], nameText: (m: RawMention) => string): void {
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    resolveKnown(scan, e, nameText);
  }
}

/** Title-only mentions ("الزعيم الصيني", "رئیس مجلس ایران") join the person with that office. */
export function attachTitles(scan: Scan, entities: Entity[], mentions: readonly RawMention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'title' || !m.chain?.role) continue;
    const { role, country } = m.chain;
    const fits = entities.filter((e) => e.full && e.role === role && (!country || !e.country || e.country === country));
    const exact = country ? fits.filter((e) => e.country === country) : fits;
    const pool = exact.length > 0 ? exact : fits;
    if (pool.length > 0) {
      nearestBefore(pool, m.start)!.mentions.push(m);
    } else if (country) {
      entities.push({ mentions: [m], full: null, known: null, role, country });
    }
  }
}
