import type { EnglishTags } from './englishTags';
import type { RawMention } from './rawMentions';
import { Cls, isArabicToken, isCapitalized, joined, type Scan } from './scan';
import { insideName, isStopToken, markChain, readChain, readCounterpart, type TitleChain } from './titleChains';
import { keyOfName } from './nameKey';
import { findCountries } from '../places/countries';
import { placeAt } from '../places/placeAt';
import { markListZone, segments, type Segment } from './segments';
import { decide, type Named } from './decideNames';

export type { Segment } from './segments';

/** Pass 1: titles, references and the names they and the gazetteer anchor. */
export function readMentions(scan: Scan, english: EnglishTags): { mentions: RawMention[]; leftovers: Segment[] } {
  const { tokens, lex } = scan;
  const n = tokens.length;
  const mentions: RawMention[] = [];
  const chainEnds = new Map<number, TitleChain>();
  const chainStarts = new Map<number, TitleChain>();
  const chains: TitleChain[] = [];
  const inList = new Uint8Array(n);
  const cues: number[] = [];
  /** Honorifics that carry the conjunction و: "جلالة الملك والشيخ محمد" starts a second person. */
  const conjoined = new Set<number>();

  for (let i = 0; i < n; ) {
    const group = lex.groups.matchAt(scan.text, tokens, i)[0];
    if (group) {
      for (let k = i; k <= group.last; k++) scan.cls[k] = Cls.Reference;
      mentions.push(reference('group', null, group.start, tokens[group.last]!.end));
      i = group.last + 1;
      continue;
    }
    const chain = insideName(scan, i) ? null : (readCounterpart(scan, i) ?? readChain(scan, i));
    if (chain && acceptableChain(scan, chain)) {
      markChain(scan, chain);
      chains.push(chain);
      chainEnds.set(chain.last, chain);
      chainStarts.set(chain.first, chain);
      i = chain.last + 1;
      continue;
    }
    const hon = insideName(scan, i) ? undefined : lex.honorifics.matchAt(scan.text, tokens, i)[0];
    if (hon && (isArabicToken(tokens[i]!) || isCapitalized(tokens[i]!))) {
      for (let k = i; k <= hon.last; k++) scan.cls[k] = Cls.Honorific;
      if (hon.proclitic.startsWith('و')) conjoined.add(i);
      i = hon.last + 1;
      continue;
    }
    const cue = lex.attendeeCues.matchAt(scan.text, tokens, i)[0];
    if (cue) {
      for (let k = i; k <= cue.last; k++) scan.cls[k] = Cls.Cue;
      cues.push(cue.last + 1);
      i = cue.last + 1;
      continue;
    }
    const meet = lex.meetingCues.matchAt(scan.text, tokens, i)[0];
    if (meet) {
      for (let k = i; k <= meet.last; k++) scan.cls[k] = Cls.Stop;
      scan.meetingFrom.add(meet.last + 1);
      i = meet.last + 1;
      continue;
    }
    scan.cls[i] = isStopToken(scan, i) ? Cls.Stop : Cls.Free;
    i++;
  }
  markPlaces(scan);

  for (const c of cues) markListZone(scan, c, inList);
  const leftovers: Segment[] = [];
  const named = new Set<TitleChain>();
  for (const seg of segments(scan, chainEnds, chainStarts, inList, conjoined)) {
    const names = decide(scan, seg, english);
    if (names.length === 0) {
      leftovers.push(seg);
      continue;
    }
    for (const name of names) {
      const chain = attachChain(seg, name);
      if (chain) named.add(chain);
      if (name.first === seg.first && seg.left) named.add(seg.left);
      if (name.last === seg.last && seg.right) named.add(seg.right);
      mentions.push(namedMention(scan, name, chain));
    }
  }
  for (const chain of chains) {
    if (named.has(chain)) continue;
    mentions.push(reference(chain.counterpart ? 'counterpart' : 'title', chain, chain.start, chain.end));
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, leftovers };
}

/**
 * Countries and gazetteer places end a name ("الرئيس شي استعداد الصين", "زار الرئيس واشنطن"),
 * unless a known person's name or a given name starts there.
 */
function markPlaces(scan: Scan): void {
  const { tokens, cls } = scan;
  for (const hit of findCountries(scan.doc)) {
    // Adjectives are family names too ("محمد شياع السوداني"); only country names end a name.
    if (hit.kind !== 'name') continue;
    for (let k = hit.first; k <= hit.last; k++) if (cls[k] === Cls.Free) cls[k] = Cls.Stop;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (cls[i] !== Cls.Free || scan.lex.givenNames.has(tokens[i]!.key)) continue;
    // Both lookups are pure; the place one is far cheaper and rarely hits, so it goes first.
    const hit = placeAt(scan.doc, i, null);
    if (!hit || scan.lookup.matchAt(scan.text, tokens, i, tokens.length)) continue;
    for (let k = hit.first; k <= hit.last; k++) if (cls[k] === Cls.Free) cls[k] = Cls.Stop;
    i = hit.last;
  }
}

/** An English title in lower case ("the president said") stands only when "the" or a name is next to it. */
function acceptableChain(scan: Scan, chain: TitleChain): boolean {
  const head = scan.tokens[chain.first]!;
  if (isArabicToken(head) || isCapitalized(head)) return true;
  const before = scan.tokens[chain.first - 1];
  const after = scan.tokens[chain.last + 1];
  if (before && ['the', 'his', 'her', 'its', 'their'].includes(before.key)) return true;
  return !!after && isCapitalized(after) && joined(scan, chain.last + 1);
}

function reference(kind: RawMention['kind'], chain: TitleChain | null, start: number, end: number): RawMention {
  return { kind, first: -1, last: -1, nameStart: -1, nameEnd: -1, chain, known: [], words: [], start, end };
}

/** The chain a name takes its title from: the one before it, else the one after it. */
function attachChain(seg: Segment, name: Named): TitleChain | null {
  const left = name.first === seg.first ? seg.left : null;
  const right = name.last === seg.last ? seg.right : null;
  if (left && right && !right.counterpart) {
    return { ...left, role: left.role ?? right.role, country: left.country ?? right.country };
  }
  return left ?? right;
}

function namedMention(scan: Scan, name: Named, chain: TitleChain | null): RawMention {
  const t0 = scan.tokens[name.first]!;
  const nameStart = t0.start + name.proclitic;
  const nameEnd = scan.tokens[name.last]!.end;
  const words: string[] = [];
  for (let k = name.first; k <= name.last; k++) {
    const key = k === name.first ? t0.key.slice(name.proclitic) : scan.tokens[k]!.key;
    words.push(keyOfName(key));
  }
  const start = chain ? Math.min(chain.start, nameStart) : nameStart;
  const end = chain ? Math.max(chain.end, nameEnd) : nameEnd;
  return { kind: 'named', first: name.first, last: name.last, nameStart, nameEnd, chain, known: name.known, words, start, end };
}
