import type { RawMention } from './rawMentions';
import type { Segment } from './segments';
import { isArabicToken, type Scan } from './scan';
import { activeIn } from './gazetteer';
import { keyOfName } from './nameKey';
import { isGivenNameKey, nearestBefore, withoutGivenPrefix, type Entity } from './entity';

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
    const bare = last ? withoutGivenPrefix(scan, last) : null;
    if (bare) add(bare, e);
    const firstWord = content[0];
    if (firstWord && firstWord.length >= 1 && !isGivenNameKey(scan, firstWord)) add(firstWord, e);
    for (let a = 0; a < words.length; a++) for (let b = a + 1; b < words.length && b < a + 3; b++) add(words.slice(a, b + 1).join(' '), e);
  }
  const out: RawMention[] = [];
  // No full name to take parts from: nothing can match.
  if (parts.size === 0) return out;
  const keyOf = memoized(keyOfName);
  for (const seg of leftovers) {
    for (let k = seg.first; k <= seg.last; ) {
      let taken = 0;
      for (let size = Math.min(3, seg.last - k + 1); size >= 1 && taken === 0; size--) {
        for (const strip of stripOptions(scan, k)) {
          const keys: string[] = [];
          for (let q = k; q < k + size; q++) keys.push(keyOf(q === k ? scan.tokens[q]!.key.slice(strip) : scan.tokens[q]!.key));
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

/** `f` remembering its answers for this call: each word is tried at up to three span sizes. */
function memoized(f: (word: string) => string): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined) seen.set(word, (v = f(word)));
    return v;
  };
}

function stripOptions(scan: Scan, k: number): number[] {
  const t = scan.tokens[k]!;
  if (!isArabicToken(t)) return [0];
  const out = [0];
  if ('وفبلك'.includes(t.key[0] ?? '') && t.key.length > 3) out.push(1);
  if ((t.key.startsWith('وب') || t.key.startsWith('ول')) && t.key.length > 4) out.push(2);
  return out;
}

// Letters a lone surname needs ("عراقچی", "لاوروف" have six).
const DISTINCTIVE = 6;

/**
 * Pass 3: "عبداللهیان در سفر به مسکو ...": a long word left over that is, letter for letter,
 * part of exactly one gazetteer name of someone in office that year is that person.
 */
export function findDistinctiveSurnames(scan: Scan, entities: Entity[], leftovers: readonly Segment[], taken: readonly RawMention[]): RawMention[] {
  const used = new Set<number>();
  for (const m of taken) for (let k = m.first; k <= m.last; k++) used.add(k);
  const out: RawMention[] = [];
  for (const seg of leftovers) {
    if (seg.first !== seg.last || used.has(seg.first)) continue;
    for (const strip of stripOptions(scan, seg.first)) {
      const t = scan.tokens[seg.first]!;
      const word = t.key.slice(strip);
      // A word of the shortest length with the article ("الخامس", "the fifth", of Harald V) is an everyday word.
      if (word.length < DISTINCTIVE || (word.length === DISTINCTIVE && word.startsWith('ال'))) continue;
      // "این روحانی": a cleric, not Rouhani.
      const before = scan.tokens[seg.first - 1];
      if (strip === 0 && before && scan.lex.determiners.has(before.key)) continue;
      const people = scan.lookup.byExactPart(word).filter((p) => activeIn(p, scan.year));
      if (people.length !== 1) continue;
      const chain = seg.left ?? seg.right;
      const nameStart = t.start + strip;
      const m: RawMention = {
        kind: 'named', first: seg.first, last: seg.last, nameStart, nameEnd: t.end, chain, known: people, words: [keyOfName(word)],
        start: chain ? Math.min(chain.start, nameStart) : nameStart, end: chain ? Math.max(chain.end, t.end) : t.end,
      };
      const owner = entities.find((e) => e.known === people[0] || e.full?.known.includes(people[0]!));
      if (owner) owner.mentions.push(m);
      else entities.push({ mentions: [m], full: m, known: people[0]!, role: null, country: null });
      out.push(m);
      break;
    }
  }
  return out;
}
