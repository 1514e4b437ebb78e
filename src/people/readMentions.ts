import { sentenceIndexAt } from '../pipeline/document';
import type { EnglishTags } from './englishTags';
import { activeIn, type KnownPerson, type NameHit } from './gazetteer';
import type { RawMention } from './rawMentions';
import { Cls, gapBefore, isArabicToken, isCapitalized, joined, joinedAfterAbbreviation, nearby, type Scan } from './scan';
import { insideName, isStopToken, markChain, readChain, readCounterpart, type TitleChain } from './titleChains';
import { keyOfName } from './nameKey';
import { originalSpan } from '../text/normalize';
import { countryAt, findCountries } from '../places/countries';
import { placeAt } from '../places/placeAt';

/** A stretch of free tokens that may be (part of) a name, with what surrounds it. */
export interface Segment {
  first: number;
  last: number;
  /** The first token carries a conjunction و that a list split off. */
  split: boolean;
  left: TitleChain | null;
  /** An honorific stands right before it. */
  honored: boolean;
  right: TitleChain | null;
  list: boolean;
  quoted: boolean;
  meeting: boolean;
}

/** A name the reader settled on. */
interface Named {
  first: number;
  last: number;
  proclitic: number;
  known: KnownPerson[];
}

const MAX_NAME_WORDS = 3;
const OPEN_QUOTES = new Set(['«', '"', '\u201c', "'"]);
const CLOSE_QUOTES = new Set(['»', '"', '\u201d', "'"]);

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
    if (scan.lookup.matchAt(scan.text, tokens, i, tokens.length)) continue;
    const hit = placeAt(scan.doc, i, null);
    if (!hit) continue;
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

/**
 * After "حضر الاجتماع", "also present were": a list of names, with their titles, up to the first
 * word that is neither (a verb, a preposition) or the end of the sentence.
 */
function markListZone(scan: Scan, from: number, inList: Uint8Array): void {
  const tok = scan.tokens[from];
  if (!tok) return;
  const s = sentenceIndexAt(scan.doc, tok.start);
  const end = s >= 0 ? scan.doc.sentences[s]!.end : scan.text.length;
  for (let k = from; k < scan.tokens.length && scan.tokens[k]!.start < end; k++) {
    if (scan.cls[k] === Cls.Stop && !LIST_GLUE.has(scan.tokens[k]!.key)) return;
    inList[k] = 1;
  }
}

const LIST_GLUE = new Set(['و', 'and']);

function isQuoteBreak(scan: Scan, i: number): boolean {
  const gap = scan.text.slice(scan.tokens[i - 1]!.end, scan.tokens[i]!.start);
  for (const ch of gap) if (OPEN_QUOTES.has(ch) || CLOSE_QUOTES.has(ch)) return true;
  return false;
}

/** Runs of free tokens, split where a list conjunction و starts a word. */
function* segments(
  scan: Scan,
  chainEnds: Map<number, TitleChain>,
  chainStarts: Map<number, TitleChain>,
  inList: Uint8Array,
  conjoined: Set<number>,
): Generator<Segment> {
  const { tokens, cls } = scan;
  const n = tokens.length;
  // In Arabic and English a title before a name belongs to that name, not to the one before it.
  // Persian puts names before titles as often as after: there a claimed title still takes a name before it
  // with no comma between ("قالیباف رئیس مجلس"), but not across one ("خبرگزاری فارس، سلطان قابوس").
  const claimed = new Set<TitleChain>();
  for (const [last, chain] of chainEnds) {
    const next = last + 1;
    if (next < n && cls[next] === Cls.Free && joinedAfterAbbreviation(scan, next) && nameStartLike(scan, next)) claimed.add(chain);
  }
  const persian = scan.doc.language === 'fa';
  for (let i = 0; i < n; i++) {
    if (cls[i] !== Cls.Free) continue;
    let j = i;
    while (j + 1 < n && cls[j + 1] === Cls.Free && joined(scan, j + 1) && !isQuoteBreak(scan, j + 1) && isArabicToken(tokens[j + 1]!) === isArabicToken(tokens[i]!)) j++;
    const parts: [number, number, boolean][] = [];
    let from = i;
    for (let k = i + 1; k <= j; k++) {
      if (splitsList(scan, k)) {
        parts.push([from, k - 1, from !== i]);
        from = k;
      }
    }
    parts.push([from, j, from !== i]);
    const { left, honored } = leftContext(scan, i, chainEnds, conjoined);
    const next = chainStarts.get(j + 1);
    const free = next && (!claimed.has(next) || (persian && joined(scan, j + 1)));
    const right = next && free && rightJoined(scan, j + 1) && !startsWithConjunction(scan, next) ? next : describedAfter(scan, j, chainStarts);
    const before = scan.text[tokens[i]!.start - 1];
    const after = scan.text[tokens[j]!.end];
    const quoted = before !== undefined && after !== undefined && OPEN_QUOTES.has(before) && CLOSE_QUOTES.has(after);
    for (let idx = 0; idx < parts.length; idx++) {
      const [a, b, split] = parts[idx]!;
      yield {
        first: a,
        last: b,
        split,
        left: idx === 0 ? left : null,
        honored: idx === 0 && honored,
        right: idx === parts.length - 1 ? right : null,
        list: inList[a] === 1,
        quoted: quoted && parts.length === 1,
        meeting: idx === 0 && scan.meetingFrom.has(i),
      };
    }
    i = j;
  }
}

function rightJoined(scan: Scan, i: number): boolean {
  if (isArabicToken(scan.tokens[i]!)) return nearby(scan, i);
  return !joined(scan, i) && nearby(scan, i);
}

const DESCRIPTION_WORDS = 6;

/**
 * "Abolqasem Delfi, the Iranian Foreign Ministry's director general": an English apposition
 * with "the" and a few capitalized words before the title. The country named between is theirs.
 */
function describedAfter(scan: Scan, last: number, chainStarts: Map<number, TitleChain>): TitleChain | null {
  const { tokens } = scan;
  const the = tokens[last + 1];
  if (!the || isArabicToken(the) || the.key !== 'the' || gapBefore(scan, last + 1).trim() !== ',') return null;
  let country: string | null = null;
  for (let k = last + 2; k < tokens.length && k <= last + 1 + DESCRIPTION_WORDS; k++) {
    if (!joined(scan, k) && gapBefore(scan, k).trim() !== "'" && gapBefore(scan, k).trim() !== '\u2019') return null;
    const chain = chainStarts.get(k);
    if (chain) return chain.country || !country ? chain : { ...chain, country };
    const hit = countryAt(scan.doc, k);
    if (hit) {
      country ??= hit.code;
      k = hit.last;
      continue;
    }
    const t = tokens[k]!;
    if (!isCapitalized(t) && t.key !== 's') return null;
  }
  return null;
}

/** "، وسفير دولة الإمارات": a title that starts the next item of a list. */
function startsWithConjunction(scan: Scan, chain: TitleChain): boolean {
  const t = scan.tokens[chain.first]!;
  return chain.start > t.start && t.key[0] === 'و';
}

/** A token that may open a name: a given name, a gazetteer name, a capitalized Latin word. */
function nameStartLike(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (!isArabicToken(t)) return isCapitalized(t);
  if (scan.lex.givenNames.has(t.key)) return true;
  if (scan.lookup.matchAt(scan.text, scan.tokens, i, scan.tokens.length)) return true;
  return !isDefinite(scan, i, 0) && !scan.lex.notNameWords.has(t.key);
}

/** A word starting with the conjunction و inside a run of names starts the next name. */
function splitsList(scan: Scan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (!isArabicToken(t) || t.key[0] !== 'و' || t.key.length < 3) return false;
  if (scan.lex.givenNames.has(t.key) || scan.lex.joiners.has(t.key)) return false;
  return true;
}

/** The title chain (through any honorifics) right before token `i`. */
function leftContext(scan: Scan, i: number, chainEnds: Map<number, TitleChain>, conjoined: Set<number>): { left: TitleChain | null; honored: boolean } {
  let k = i - 1;
  let honored = false;
  if (k < 0) return { left: null, honored };
  // "وزيرة خارجية جامايكا، السيدة كامينا": across a comma only before an honorific or a given name.
  const comma = !joinedAfterAbbreviation(scan, i);
  if (comma && !(nearby(scan, i) && (scan.cls[k] === Cls.Honorific || scan.lex.givenNames.has(scan.tokens[i]!.key)))) return { left: null, honored };
  while (k >= 0 && scan.cls[k] === Cls.Honorific) {
    honored = true;
    if (conjoined.has(k) || k === 0) return { left: null, honored };
    if (!joinedAfterAbbreviation(scan, k) && !nearby(scan, k)) return { left: null, honored };
    k--;
  }
  const chain = chainEnds.get(k);
  return { left: chain ?? null, honored };
}

/** How many letters of proclitic the name's first token carries. */
function procliticOf(scan: Scan, seg: Segment, first: number): number {
  const t = scan.tokens[first]!;
  if (!isArabicToken(t)) return 0;
  if (first === seg.first && seg.split) return 1;
  const { givenNames } = scan.lex;
  if (givenNames.has(t.key)) return 0;
  for (const p of ['و', 'ف', 'ب', 'ل']) {
    if (t.key.startsWith(p) && t.key.length > 3 && givenNames.has(t.key.slice(1))) return 1;
  }
  const gap = first > 0 ? scan.text.slice(scan.tokens[first - 1]!.end, t.start).trim() : '';
  if (t.key[0] === 'و' && t.key.length > 3 && (gap === '،' || gap === ',')) return 1;
  return 0;
}

/** The names a segment holds: gazetteer names first, else what its context allows. */
function decide(scan: Scan, seg: Segment, english: EnglishTags): Named[] {
  const out: Named[] = [];
  for (let k = seg.first; k <= seg.last; ) {
    const hit = scan.lookup.matchAt(scan.text, scan.tokens, k, seg.last + 1);
    if (hit && (hit.proclitic === 0 || k === seg.first) && acceptHit(scan, seg, hit)) {
      let last = hit.last;
      // The gazetteer may hold a shorter form: "محمد بن سلمان" + "بن عبدالعزيز آل سعود".
      while (last + 2 <= seg.last && scan.lex.joiners.has(scan.tokens[last + 1]!.key)) last += 2;
      out.push({ first: k, last, proclitic: k === seg.first && seg.split ? 1 : hit.proclitic, known: hit.people });
      k = last + 1;
    } else k++;
  }
  if (out.length > 0) return out;
  const latin = !isArabicToken(scan.tokens[seg.first]!);
  return latin ? decideLatin(scan, seg, english) : decideArabicScript(scan, seg);
}

/**
 * A gazetteer name of one word ("رئيسي", "بوتين") is also an everyday word too often to stand
 * alone: it needs a title, honorific, meeting verb or list around it; letter skeletons need two words.
 */
function acceptHit(scan: Scan, seg: Segment, hit: NameHit): boolean {
  // "يوسف بن علوي بن عبدالله": a name does not start at بن, or right after it, when words come before.
  if (hit.first > seg.first && scan.lex.joiners.has(scan.tokens[hit.first]!.key)) return false;
  if (hit.first > seg.first && scan.lex.joiners.has(scan.tokens[hit.first - 1]!.key)) return false;
  const anchoredStart = hit.first === seg.first && (seg.left !== null || seg.honored || seg.meeting);
  const anchoredEnd = hit.last === seg.last && seg.right !== null;
  // A skeleton match is a guess: it needs a title, honorific or list beside it.
  if (!hit.exact) return anchoredStart || anchoredEnd || seg.list || seg.quoted;
  if (hit.last > hit.first) return true;
  // A known one-word name followed by more name words is the start of a longer, unknown name.
  if (hit.last < seg.last && !scan.lex.joiners.has(scan.tokens[hit.last + 1]!.key)) return false;
  const whole = hit.first === seg.first && hit.last === seg.last;
  return anchoredStart || anchoredEnd || (seg.list && whole);
}

function trimJoiners(scan: Scan, first: number, last: number): [number, number] {
  while (first <= last && scan.lex.joiners.has(scan.tokens[first]!.key)) first++;
  while (last >= first && scan.lex.joiners.has(scan.tokens[last]!.key)) last--;
  return [first, last];
}

/** Up to MAX_NAME_WORDS words from `first`; joiners and the word after each ("بن سلمان", "آل سعود") not counted. */
function capForward(scan: Scan, first: number, last: number): number {
  let words = 0;
  for (let k = first; k <= last; k++) {
    if (isHead(scan, k, first)) words++;
    if (words > MAX_NAME_WORDS) return k - 1;
  }
  return last;
}

/**
 * True when token `k` counts as a word of a name: not a joiner, not the word after a joiner
 * ("بن سلمان"), not a part tied to the previous one by a zero-width non-joiner ("حبیب‌الله‌زاده").
 */
function isHead(scan: Scan, k: number, first: number): boolean {
  if (scan.lex.joiners.has(scan.tokens[k]!.key)) return false;
  if (k === first) return true;
  if (scan.lex.joiners.has(scan.tokens[k - 1]!.key)) return false;
  const gap = originalSpan(scan.doc.nt, scan.tokens[k - 1]!.end, scan.tokens[k]!.start).text;
  return gap !== '\u200c';
}

/**
 * Where a name that ends at `last` (before its title) starts: up to MAX_NAME_WORDS words back,
 * joiners and the word after each not counted; a given name further left wins.
 */
function capBackward(scan: Scan, first: number, last: number): number {
  let words = 0;
  let start = last;
  for (let k = last; k >= first; k--) {
    if (isHead(scan, k, first)) words++;
    if (words > MAX_NAME_WORDS) break;
    start = k;
  }
  if (start > first && words > MAX_NAME_WORDS) {
    for (let k = start; k <= last; k++) if (scan.lex.givenNames.has(scan.tokens[k]!.key)) return k;
  }
  return start;
}

/** An Arabic noun with an attached pronoun ("ترحيبه", "زيارته") does not start a name. */
function pronounSuffixed(scan: Scan, i: number, proclitic: number): boolean {
  if (scan.doc.language !== 'ar') return false;
  const t = scan.tokens[i]!;
  const word = originalSpan(scan.doc.nt, t.start + proclitic, t.end).text;
  if (word.length < 4 || scan.lex.givenNames.has(t.key.slice(proclitic))) return false;
  if ((word.endsWith('ه') && !word.endsWith('الله')) || word.endsWith('ها') || word.endsWith('هم') || word.endsWith('هما')) return true;
  // Abstract nouns in -ية ("أهمية", "حرية") are not given names (those that are, "سمية", are listed).
  return word.endsWith('ية');
}

/**
 * True when the token carries the Arabic article: a plain "ال" in the original text (after any
 * proclitic). Foreign names written with hamza ("ألكسندر") fold to the same letters but are not
 * definite; Persian has no article.
 */
function isDefinite(scan: Scan, i: number, proclitic: number): boolean {
  if (scan.doc.language === 'fa') return false;
  const span = originalSpan(scan.doc.nt, scan.tokens[i]!.start + proclitic, scan.tokens[i]!.end);
  const word = span.text;
  if (word.startsWith('ال') || word.startsWith('ٱل')) return true;
  return proclitic === 0 && (word.startsWith('لل') || word.startsWith('بال') || word.startsWith('وال') || word.startsWith('فال'));
}

function decideArabicScript(scan: Scan, seg: Segment): Named[] {
  let [first, last] = trimJoiners(scan, seg.first, seg.last);
  if (first > last) return [];
  const { givenNames, lightVerbs } = scan.lex;
  const persian = scan.doc.language === 'fa';
  // Persian compound verbs: "تأیید کرد" — the word before a light verb is not part of a name.
  for (let k = first; k <= last; k++) {
    const next = scan.tokens[k + 1];
    if (next && lightVerbs.has(next.key) && k + 1 > last) {
      last = k - 1;
      break;
    }
  }
  if (first > last) return [];
  const proclitic = procliticOf(scan, seg, first);
  const firstKey = scan.tokens[first]!.key.slice(proclitic);
  const known = givenNames.has(firstKey);
  const definite = isDefinite(scan, first, proclitic);
  if (scan.lex.notNameWords.has(firstKey) || pronounSuffixed(scan, first, proclitic)) return [];
  // Quotes mark phrases as often as names (“بزيارة عمل”): a quoted name still needs a title, cue or given name.
  const context = seg.left !== null || seg.right !== null || seg.honored || seg.list || seg.meeting || known;
  if (seg.quoted && context && last - first + 1 <= 5) return [{ first, last, proclitic, known: [] }];
  if (seg.left || seg.honored) {
    if (definite && !known) return [];
    // "يلقي أمير البلاد خطابا": one unknown word after a title is left to the known names of pass 2.
    if (first === last && !known && !seg.honored) return singleKnownPart(scan, seg, first, proclitic);
    if (persian && !known && !seg.right && !seg.quoted && !seg.honored) return [];
    let end = capForward(scan, first, last);
    // A fourth word is a family name with the article: "أحمد علي محمد البلوشي".
    if (end < last && isDefinite(scan, end + 1, 0)) end++;
    for (let k = first + 1; k <= end; k++) {
      if (pronounSuffixed(scan, k, 0)) {
        end = k - 1;
        break;
      }
    }
    return [{ first, last: end, proclitic, known: [] }];
  }
  if (seg.right) {
    if (!known && (last === first || definite)) return [];
    const start = capBackward(scan, first, last);
    return [{ first: start, last, proclitic: start === first ? proclitic : 0, known: [] }];
  }
  if (seg.list) {
    if (definite && !known) return [];
    if (last - first + 1 > 5) return [];
    return [{ first, last, proclitic, known: [] }];
  }
  if (seg.meeting && known && last - first + 1 <= 4) return [{ first, last, proclitic, known: [] }];
  return [];
}

function decideLatin(scan: Scan, seg: Segment, english: EnglishTags): Named[] {
  const [first, last] = trimJoiners(scan, seg.first, seg.last);
  if (first > last) return [];
  for (let k = first; k <= last; k++) if (scan.lex.notNameWords.has(scan.tokens[k]!.key)) return [];
  const size = last - first + 1;
  if (seg.left || seg.honored) return [{ first, last: capForward(scan, first, last), proclitic: 0, known: [] }];
  let person = false;
  let place = true;
  for (let k = first; k <= last; k++) {
    const tags = english.at(k);
    if (tags.person) person = true;
    if (!tags.place) place = false;
  }
  if (place && !person) return [];
  if (seg.right && size <= 4) return [{ first, last, proclitic: 0, known: [] }];
  if (seg.list && size <= 4) return [{ first, last, proclitic: 0, known: [] }];
  if (seg.meeting && size >= 2 && size <= 4) return [{ first, last, proclitic: 0, known: [] }];
  if (size >= 2 && size <= 4 && person) return [{ first, last, proclitic: 0, known: [] }];
  return [];
}

/** "الرئيس ماكرون" with no full name in the text: one part of a gazetteer name that fits the title. */
function singleKnownPart(scan: Scan, seg: Segment, i: number, proclitic: number): Named[] {
  const chain = seg.left;
  if (!chain) return [];
  const word = scan.tokens[i]!.key.slice(proclitic);
  const fits = scan.lookup.byPart(word).filter((p) => (!chain.country || p.country === chain.country) && activeIn(p, scan.year));
  return fits.length === 1 ? [{ first: i, last: i, proclitic, known: fits }] : [];
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

/** Tokens of the document's segments, for pass 2. */
export function segmentWords(scan: Scan, seg: Segment): string[] {
  const out: string[] = [];
  for (let k = seg.first; k <= seg.last; k++) out.push(scan.tokens[k]!.key);
  return out;
}
