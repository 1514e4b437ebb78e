import type { RawMention } from './rawMentions';
import type { Scan } from './scan';
import { keyOfName } from './nameKey';
import { nearestBefore, type Entity } from './entity';

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
  return isSubsequence(m.words, full.words) || isSubsequence(full.words, m.words) || sameJoined(m.words, full.words);
}

/** Two mentions whose titles give different countries or offices are different people ("سيرغي" of Russia and of Belarus). */
function sameOffice(a: RawMention, b: RawMention): boolean {
  const x = a.chain;
  const y = b.chain;
  if (!x || !y || x.counterpart || y.counterpart) return true;
  if (x.country && y.country && x.country !== y.country) return false;
  return !(x.role && y.role && x.role !== y.role && a.words.length > 1 && b.words.length > 1);
}

/** Clusters named mentions into entities, longest names first, so short forms join their full form. */
export function clusterNamed(scan: Scan, mentions: RawMention[]): Entity[] {
  const entities: Entity[] = [];
  // Gazetteer names first, then in text order: news gives the full name first, so "شي جين بينغ"
  // settles before a later "الرئيس شي استعداد ..." read past its end.
  const named = mentions
    .filter((m) => m.kind === 'named')
    .sort((a, b) => Number(b.known.length > 0) - Number(a.known.length > 0) || a.start - b.start);
  for (const m of named) {
    let fits = entities.filter((e) => compatible(m, e));
    if (fits.length === 0 && m.known.length === 0) fits = trimToKnownPrefix(scan, m, entities);
    const e = fits.length > 0 ? nearestBefore(fits, m.start)! : null;
    if (e) {
      e.mentions.push(m);
      // A fuller form met later ("محمد بن سلمان" then "محمد بن سلمان بن عبدالعزيز آل سعود") becomes the name.
      if (e.full && m.words.length > e.full.words.length && (m.known.length > 0 || e.full.known.length === 0)) e.full = m;
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
