import type { Role } from '../types';
import { activeIn, roleInYear, type KnownPerson } from './gazetteer';
import type { RawMention } from './rawMentions';
import type { Segment } from './readMentions';
import { isArabicToken, type Scan } from './scan';
import { keyOfName } from './nameKey';
import { sentenceIndexAt } from '../pipeline/document';

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
  if (!full || !sameOffice(m, full)) return false;
  return isSubsequence(m.words, full.words) || sameJoined(m.words, full.words);
}

/** Two mentions whose titles give different countries or offices are different people ("سيرغي" of Russia and of Belarus). */
function sameOffice(a: RawMention, b: RawMention): boolean {
  const x = a.chain;
  const y = b.chain;
  if (!x || !y || x.counterpart || y.counterpart) return true;
  if (x.country && y.country && x.country !== y.country) return false;
  return !(x.role && y.role && x.role !== y.role && a.words.length > 1 && b.words.length > 1);
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

/** Clusters named mentions into entities, longest names first, so short forms join their full form. */
export function clusterNamed(scan: Scan, mentions: RawMention[]): Entity[] {
  const entities: Entity[] = [];
  // Gazetteer names first, then longest first: "شي جين بينغ" settles before "شي استعداد".
  const named = mentions
    .filter((m) => m.kind === 'named')
    .sort((a, b) => Number(b.known.length > 0) - Number(a.known.length > 0) || b.words.length - a.words.length || a.start - b.start);
  for (const m of named) {
    let fits = entities.filter((e) => compatible(m, e));
    if (fits.length === 0 && m.known.length === 0) fits = trimToKnownPrefix(scan, m, entities);
    const e = fits.length > 0 ? nearestBefore(fits, m.start)! : null;
    if (e) {
      e.mentions.push(m);
    } else {
      entities.push({ mentions: [m], full: m, known: m.known.length === 1 ? m.known[0]! : null, role: null, country: null });
    }
  }
  return entities;
}

/**
 * "الرئيس شي استعداد الصين": a name read past its end. When its first word is the start or the
 * surname of a person already found, the mention is cut back to that word.
 */
function trimToKnownPrefix(scan: Scan, m: RawMention, entities: Entity[]): Entity[] {
  if (m.words.length < 2) return [];
  for (let size = m.words.length - 1; size >= 1; size--) {
    const head = m.words.slice(0, size);
    const fits = entities.filter(
      (e) => e.full && e.full.words.length > size && sameOffice(m, e.full) && (isPrefix(head, e.full.words) || isSuffix(head, e.full.words)),
    );
    if (fits.length === 0) continue;
    m.last = m.first + size - 1;
    m.words = head;
    m.nameEnd = scan.tokens[m.last]!.end;
    m.end = m.chain ? Math.max(m.chain.end, m.nameEnd) : m.nameEnd;
    if (m.chain && m.chain.start > m.nameEnd) m.chain = null;
    return fits;
  }
  return [];
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.every((w, k) => long[k] === w);
}

function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  const off = long.length - short.length;
  return short.every((w, k) => long[off + k] === w);
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

let givenSkeletons: Set<string> | null = null;

function isGivenNameKey(scan: Scan, key: string): boolean {
  if (!givenSkeletons) {
    givenSkeletons = new Set();
    for (const g of scan.lex.givenNames) givenSkeletons.add(keyOfName(g));
  }
  return givenSkeletons.has(key);
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

/**
 * "همتای آذربایجانی خود", "his Russian counterpart": the counterpart holds the office of the
 * person named before it in the sentence.
 */
export function inheritCounterpartRoles(scan: Scan, entities: Entity[], mentions: readonly RawMention[]): void {
  const entityOf = new Map<RawMention, Entity>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m, e);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i]!;
    if (!m.chain?.counterpart || m.chain.role !== null) continue;
    const sentence = sentenceIndexAt(scan.doc, m.start);
    for (let k = i - 1; k >= 0; k--) {
      const p = ordered[k]!;
      if (sentenceIndexAt(scan.doc, p.start) !== sentence) break;
      const pe = entityOf.get(p);
      if (pe && pe === entityOf.get(m)) continue;
      const role = (p.chain && !p.chain.counterpart ? p.chain.role : null) ?? pe?.role ?? null;
      if (!role) continue;
      m.chain.role = role;
      const own = entityOf.get(m);
      if (own && own.role === null) own.role = role;
      break;
    }
  }
}

/**
 * "وأكد وزير الخارجية الأردني أهمية التعاون": an unknown one-off "name" after a title whose
 * office and country already belong to a person named earlier is that person's title alone.
 */
export function demoteDoubtfulNames(scan: Scan, entities: Entity[]): Entity[] {
  const keep: Entity[] = [];
  for (const e of entities) {
    const m = e.mentions.length === 1 ? e.mentions[0]! : null;
    const chain = m?.chain;
    const doubtful =
      m && chain && !chain.counterpart && chain.role && chain.country && m.known.length === 0 && !isGivenNameKey(scan, m.words[0] ?? '');
    const owner = doubtful
      ? entities.find((o) => o !== e && o.full && o.full.start < m.start && o.full.chain?.role === chain.role && o.full.chain?.country === chain.country)
      : undefined;
    if (m && owner) {
      m.kind = 'title';
      m.first = -1;
      m.last = -1;
      m.start = chain!.start;
      m.end = chain!.end;
      owner.mentions.push(m);
    } else keep.push(e);
  }
  return keep;
}
