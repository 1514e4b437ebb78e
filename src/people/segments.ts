import { sentenceIndexAt } from '../pipeline/document';
import { countryAt } from '../places/countries';
import { originalSpan } from '../text/normalize';
import { Cls, gapBefore, isArabicToken, isCapitalized, joined, joinedAfterAbbreviation, nearby, type Scan } from './scan';
import type { TitleChain } from './titleChains';

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

const OPEN_QUOTES = '«"\u201c\'';
const CLOSE_QUOTES = '»"\u201d\'';

/**
 * After "حضر الاجتماع", "also present were": a list of names, with their titles, up to the first
 * word that is neither (a verb, a preposition) or the end of the sentence.
 */
export function markListZone(scan: Scan, from: number, inList: Uint8Array): void {
  const tok = scan.tokens[from];
  if (!tok) return;
  const s = sentenceIndexAt(scan.doc, tok.start);
  const end = s >= 0 ? scan.doc.sentences[s]!.end : scan.text.length;
  for (let k = from; k < scan.tokens.length && scan.tokens[k]!.start < end; k++) {
    if (scan.cls[k] === Cls.Stop && !LIST_GLUE.includes(scan.tokens[k]!.key)) return;
    inList[k] = 1;
  }
}

const LIST_GLUE: readonly string[] = ['و', 'and'];

function isQuoteBreak(scan: Scan, i: number): boolean {
  const gap = scan.text.slice(scan.tokens[i - 1]!.end, scan.tokens[i]!.start);
  for (const ch of gap) if (OPEN_QUOTES.includes(ch) || CLOSE_QUOTES.includes(ch)) return true;
  return false;
}

/** Runs of free tokens, split where a list conjunction و starts a word. */
export function* segments(
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
    const quoted = before !== undefined && after !== undefined && OPEN_QUOTES.includes(before) && CLOSE_QUOTES.includes(after);
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
  if (comma && !(nearby(scan, i) && (scan.cls[k] === Cls.Honorific || scan.lex.givenNames.has(scan.tokens[i]!.key) || bracketed(scan, i)))) {
    return { left: null, honored };
  }
  while (k >= 0 && scan.cls[k] === Cls.Honorific) {
    honored = true;
    if (conjoined.has(k) || k === 0) return { left: null, honored };
    if (!joinedAfterAbbreviation(scan, k) && !nearby(scan, k)) return { left: null, honored };
    k--;
  }
  const chain = chainEnds.get(k);
  return { left: chain ?? null, honored };
}

/** "The Minister of Foreign Affairs of Oman, Badr Albusaidi, arrived": an English name set off by commas on both sides. */
function bracketed(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  if (isArabicToken(tokens[i]!) || !isCapitalized(tokens[i]!)) return false;
  let j = i;
  while (j + 1 < tokens.length && j - i < 4 && joined(scan, j + 1) && isCapitalized(tokens[j + 1]!)) j++;
  const after = j + 1 < tokens.length ? gapBefore(scan, j + 1).trim() : scan.text.slice(tokens[j]!.end).trim();
  return after.startsWith(',') || after.startsWith('.') || after === '';
}

/**
 * True when the token carries the Arabic article: a plain "ال" in the original text (after any
 * proclitic). Foreign names written with hamza ("ألكسندر") fold to the same letters but are not
 * definite; Persian has no article.
 */
export function isDefinite(scan: Scan, i: number, proclitic: number): boolean {
  if (scan.doc.language === 'fa') return false;
  const span = originalSpan(scan.doc.nt, scan.tokens[i]!.start + proclitic, scan.tokens[i]!.end);
  const word = span.text;
  if (word.startsWith('ال') || word.startsWith('ٱل')) return true;
  return proclitic === 0 && (word.startsWith('لل') || word.startsWith('بال') || word.startsWith('وال') || word.startsWith('فال'));
}
