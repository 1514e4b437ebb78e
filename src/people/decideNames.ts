import type { EnglishTags } from './englishTags';
import { activeIn, type KnownPerson, type NameHit } from './gazetteer';
import { countryAt } from '../places/countries';
import { originalSpan } from '../text/normalize';
import { isArabicToken, type Scan } from './scan';
import { isDefinite, type Segment } from './segments';

/** A name the reader settled on. */
export interface Named {
  first: number;
  last: number;
  proclitic: number;
  known: KnownPerson[];
}

const MAX_NAME_WORDS = 3;

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
export function decide(scan: Scan, seg: Segment, english: EnglishTags): Named[] {
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
  const named = latin ? decideLatin(scan, seg, english) : decideArabicScript(scan, seg);
  return named.filter((n) => !onlyLetters(scan, n));
}

/** "د ب أ" (the dpa agency), "أ ف ب": single letters after an honorific-like "د" are initials, not a name. */
function onlyLetters(scan: Scan, n: Named): boolean {
  for (let k = n.first; k <= n.last; k++) {
    const key = scan.tokens[k]!.key;
    if (key.length - (k === n.first ? n.proclitic : 0) > 1) return false;
  }
  return true;
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
  // A name may open with a particle ("عبد الله", "أبو الغيط", "بن علوي") but does not end with one.
  while (first <= last && (scan.tokens[first]!.key === 'ال' || scan.tokens[first]!.key === 'al')) first++;
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
  const { givenNames } = scan.lex;
  const given = (k: number) => {
    const key = scan.tokens[k]!.key;
    return givenNames.has(key) || ('وفبل'.includes(key[0] ?? '-') && givenNames.has(key.slice(1)));
  };
  // "ونوه محمد الحربي وزير ...": a given name inside the window starts the name.
  if (!given(start)) {
    for (let k = start + 1; k <= last; k++) if (given(k)) return k;
  }
  return start;
}

function plainArticle(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const word = originalSpan(scan.doc.nt, t.start, t.end).text;
  return scan.doc.language !== 'fa' && (word.startsWith('ال') || word.startsWith('ٱل'));
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
    // A fourth word is a family name with the article: "أحمد علي محمد البلوشي" (not "للجنة").
    if (end < last && plainArticle(scan, end + 1)) end++;
    // A foreign name ("نيكولاس مادورو") takes no article: after two such words, one with it ends
    // the name ("القرار"). Arabic names mix both ("محمد شياع السوداني", "عبد الفتاح السيسي").
    if (!known && end >= first + 2 && !isDefinite(scan, first + 1, 0) && isDefinite(scan, first + 2, 0)) end = first + 1;
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
  // "North Korean", "Saudi Arabian": a country's name or adjective, not a person's.
  const country = countryAt(scan.doc, first);
  if (country && country.last >= last) return [];
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
