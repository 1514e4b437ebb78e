import type { Role } from '../types';
import { countryAt } from '../places/countries';
import { EN_TITLES } from '../locales/en/people/titles';
import { nameFirstWords, type NameHit } from './gazetteer';
import { Cls, isArabicToken, isCapitalized, joined, joinedAfterAbbreviation, type Scan } from './scan';

/** A run of titles with their country and complement: "وزير الخارجية الروسي", "ولي عهد أبوظبي نائب القائد الأعلى". */
export interface TitleChain {
  first: number;
  last: number;
  role: Role | null;
  country: string | null;
  /** Normalized offsets of the title as written (from the first title word, after any proclitic). */
  start: number;
  end: number;
  counterpart: boolean;
}

// Which office a chain of titles stands for: the senior one ("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع").
const ROLE_RANK: readonly Role[] = [
  'monarch', 'head-of-state', 'crown-prince', 'head-of-government', 'foreign-minister', 'organization-head', 'party-leader',
  'minister', 'diplomat', 'official', 'other',
];

function senior(a: Role | null, b: Role | null): Role | null {
  if (a === null) return b;
  if (b === null) return a;
  return ROLE_RANK.indexOf(a) <= ROLE_RANK.indexOf(b) ? a : b;
}

const PROCLITIC_LETTERS = 'وفبلك';
// Persian "his own": "همتای بلاروسی خود", "همتای او".
const SELF: readonly string[] = ['خود', 'او', 'وي'];

/** The token's key without a leading و، ف، ب، ل، ك when what remains is at least `min` letters. */
function bare(key: string): string[] {
  const out = [key];
  if (key.length > 0 && PROCLITIC_LETTERS.includes(key[0]!) && key.length > 3) out.push(key.slice(1));
  if (key.startsWith('وب') || key.startsWith('ول') || key.startsWith('لل')) out.push(key.slice(2));
  return out;
}

/** True for an Arabic word with the article (after any proclitic): "الملكي", "للقوات", "والإنتاج". */
function definite(key: string): boolean {
  return key.startsWith('ال') || key.startsWith('لل') || key.startsWith('بال') || key.startsWith('وال') || key.startsWith('كال');
}

/** A nisba adjective such as "الصيني", "الأمريكية": read as the title's country word when no table knows it. */
function nisba(key: string): boolean {
  return definite(key) && key.length >= 5 && (key.endsWith('ي') || key.endsWith('يه'));
}

export function isStopToken(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (/^\p{N}/u.test(t.text)) return true;
  const { givenNames } = scan.lex;
  const prev = scan.tokens[i - 1];
  const latin = !isArabicToken(t);
  const stops = latin ? scan.lex.stops.en : scan.doc.language === 'fa' ? scan.lex.stops.fa : scan.lex.stops.ar;
  if (latin) {
    // "Cho Tae-yul": a lower-case part hyphenated to a name.
    if (prev && isCapitalized(prev) && scan.text.slice(prev.end, t.start) === '-') return false;
    // "He Lifeng", "Li Qiang": a stop word that opens a known name, capitalized mid-sentence.
    if (stops.has(t.key)) return !(isCapitalized(t) && knownNameAt(scan, i) !== null);
    return !isCapitalized(t) && !scan.lex.joiners.has(t.key);
  }
  if (stops.has(t.key)) {
    // "على" and "علي", "صباح" the morning and the name: a name when a name or honorific runs into it.
    if (!givenNames.has(t.key) || !prev || !joined(scan, i)) return true;
    const before = scan.cls[i - 1];
    if (before === Cls.Honorific) return false;
    const next = scan.tokens[i + 1];
    const nameAfter = !!next && joined(scan, i + 1) && givenNames.has(next.key);
    return !(nameAfter && (before === Cls.Title || (before === Cls.Free && givenNames.has(prev.key))));
  }
  if (givenNames.has(t.key)) return false;
  return (t.key[0] === 'و' || t.key[0] === 'ف') && t.key.length > 2 && stops.has(t.key.slice(1));
}

/** A gazetteer name of two words or more that starts at token `i` (without a proclitic). */
function knownNameAt(scan: Scan, i: number): NameHit | null {
  // Most words open no gazetteer name: a set answers before the name index is asked.
  if (!nameFirstWords().has(scan.tokens[i]!.key)) return null;
  const hit = scan.lookup.matchAt(scan.text, scan.tokens, i, scan.tokens.length);
  return hit !== null && hit.last > i && hit.proclitic === 0 ? hit : null;
}

/**
 * "Amir Khan Muttaqi", "أمير خان متقي": a known person whose own name begins with a title word.
 * The gazetteer's name wins when it runs past the word and its first name is that word.
 */
function nameOpensWithTitleWord(scan: Scan, i: number): boolean {
  const hit = knownNameAt(scan, i);
  // Their English name opens with a title word too ("Amir", "Sultan"), in whatever script the text is.
  return hit !== null && hit.people.some((p) => titleWordsEn().has((p.canonical.split(' ')[0] ?? '').toLowerCase()));
}

let oneWordTitlesEn: Set<string> | null = null;

function titleWordsEn(): Set<string> {
  oneWordTitlesEn ??= new Set(EN_TITLES.map(([form]) => form.toLowerCase()).filter((form) => !form.includes(' ')));
  return oneWordTitlesEn;
}

/** True when a name may begin at token `i` (so a construct title does not swallow it). */
function nameLike(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (!isArabicToken(t)) return isCapitalized(t);
  return bare(t.key).some((k) => scan.lex.givenNames.has(k)) || scan.lookup.matchAt(scan.text, scan.tokens, i, scan.tokens.length) !== null;
}

interface Step {
  last: number;
  country: string | null;
}

/** A country (name or adjective) at token `i`, possibly after a title link ("لدى", "in", "of"). */
function countryStep(scan: Scan, i: number): Step | null {
  const hit = countryAt(scan.doc, i);
  if (hit) return { last: hit.last, country: hit.code };
  const t = scan.tokens[i];
  if (t && scan.lex.links.has(t.key) && i + 1 < scan.tokens.length && joined(scan, i + 1)) {
    const after = countryAt(scan.doc, i + 1);
    // "سفير الإمارات لدى الولايات المتحدة": the country after "لدى" is the posting, not theirs.
    if (after) return { last: after.last, country: scan.lex.postingLinks.has(t.key) ? null : after.code };
  }
  return null;
}

/**
 * A posting or seat after a link: "لدى المملكة", "in Jeddah" (when a name follows), "در ابوظبی".
 * Read as part of the title so that the name after it is found; it gives no country.
 */
function placeAfterLink(scan: Scan, i: number): Step | null {
  const link = scan.tokens[i];
  const place = scan.tokens[i + 1];
  if (!link || !place || !scan.lex.links.has(link.key) || !joined(scan, i + 1)) return null;
  if (isArabicToken(place)) {
    // "لدى المملكة" is a posting; "في الزيارة" is not part of the title.
    const posting = scan.lex.postingLinks.has(link.key) && definite(place.key);
    if (!(posting || scan.lex.complements.has(place.key)) || nameLike(scan, i + 1)) return null;
    return { last: i + 1, country: null };
  }
  const after = scan.tokens[i + 2];
  if (!isCapitalized(place) || !after || !isCapitalized(after) || !joined(scan, i + 2)) return null;
  return { last: i + 1, country: null };
}

/** The title phrase at token `i`, if one is there (a phrase flagged `country` needs a country after it). */
function titleAt(scan: Scan, i: number): { last: number; role: Role; construct: boolean; start: number; country: string | null } | null {
  if (insideName(scan, i)) return null;
  const hyphenated = hyphenatedTitleAt(scan, i);
  if (hyphenated) return hyphenated;
  const hits = scan.lex.titles.matchAt(scan.text, scan.tokens, i);
  if (hits.length === 0 || nameOpensWithTitleWord(scan, i)) return null;
  for (const hit of hits) {
    if (!isArabicToken(scan.tokens[hit.last]!) && hyphenAfter(scan, hit.last)) continue;
    const next = hit.last + 1;
    if (hit.value.flag === 'country') {
      // "رئيس الولايات المتحدة", "أمير دولة الكويت", "Emir of Qatar".
      let j = next;
      while (j < scan.tokens.length && joined(scan, j) && scan.lex.complements.has(scan.tokens[j]!.key)) j++;
      const c = j < scan.tokens.length && joined(scan, j) ? countryStep(scan, j) : null;
      if (!c) continue;
      return { last: c.last, role: hit.value.role, construct: false, start: hit.start, country: c.country };
    }
    return { last: hit.last, role: hit.value.role, construct: hit.value.flag === 'construct', start: hit.start, country: null };
  }
  return null;
}

/** A title word that is part of a name: after "bin"/"بن", or hyphenated in Latin ("Amir-Abdollahian"). */
export function insideName(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  if (!prev || !joined(scan, i)) return false;
  if (scan.lex.joiners.has(prev.key) && prev.key !== 'ال' && prev.key !== 'al') return true;
  return !isArabicToken(scan.tokens[i]!) && scan.text.slice(prev.end, scan.tokens[i]!.start) === '-';
}

function hyphenAfter(scan: Scan, i: number): boolean {
  const next = scan.tokens[i + 1];
  return !!next && scan.text.slice(scan.tokens[i]!.end, next.start) === '-';
}

function isHonorificAt(scan: Scan, j: number): boolean {
  return scan.lex.honorifics.matchAt(scan.text, scan.tokens, j).length > 0;
}

/** "Secretary-General", "Vice-President", "Chargé d'Affaires": English titles written with a hyphen or apostrophe. */
function hyphenatedTitleAt(scan: Scan, i: number): { last: number; role: Role; construct: boolean; start: number; country: string | null } | null {
  const { tokens } = scan;
  if (isArabicToken(tokens[i]!)) return null;
  let found: { last: number; role: Role; construct: boolean; start: number; country: string | null } | null = null;
  let words = tokens[i]!.key;
  let hyphen = false;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const gap = scan.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (gap !== '-' && gap !== ' ' && gap !== "'" && gap !== '\u2019') break;
    hyphen ||= gap !== ' ';
    words += ' ' + tokens[j]!.key;
    const value = scan.lex.latinTitles.get(words);
    if (value && hyphen && value.flag !== 'country') found = { last: j, role: value.role, construct: value.flag === 'construct', start: tokens[i]!.start, country: null };
  }
  return found;
}

/**
 * Reads the chain of titles that starts at token `i`: titles, the country after them, the
 * complement a construct title takes, and further titles ("ولي العهد نائب رئيس مجلس الوزراء").
 */
export function readChain(scan: Scan, i: number): TitleChain | null {
  const head = titleAt(scan, i);
  if (!head) return null;
  const n = scan.tokens.length;
  const chain: TitleChain = {
    first: i,
    last: head.last,
    role: head.role,
    country: head.country,
    start: head.start,
    end: scan.tokens[head.last]!.end,
    counterpart: false,
  };
  let needComplement = head.construct;
  // Inside a complement ("وكيل ديوان ولي عهد أبوظبي") a title names someone else: it does not set the role.
  let inComplement = false;
  let j = chain.last + 1;
  while (j < n && (joined(scan, j) || (isArabicToken(scan.tokens[j]!) && scan.text.slice(scan.tokens[j - 1]!.end, scan.tokens[j]!.start).trim() === '-'))) {
    const t = scan.tokens[j]!;
    if (isHonorificAt(scan, j) && titleAt(scan, j) === null && !((inComplement || needComplement) && scan.lex.complements.has(t.key))) break;
    const c = countryStep(scan, j) ?? placeAfterLink(scan, j);
    if (c) {
      if (!inComplement || chain.country === null) chain.country ??= c.country;
      chain.last = c.last;
      needComplement = false;
      inComplement = false;
    } else if (isArabicToken(t) && nisba(t.key) && !scan.lex.givenNames.has(t.key) && j + 1 < n && joined(scan, j + 1) && !isStopToken(scan, j + 1)) {
      chain.last = j;
    } else if (isArabicToken(t) && bare(t.key).some((k) => scan.lex.complements.has(k))) {
      chain.last = j;
      needComplement = true;
      inComplement = true;
    } else if (isArabicToken(t) && definite(t.key) && !nameLike(scan, j) && (needComplement || inComplement) && j + 1 < n) {
      chain.last = j;
      needComplement = false;
      inComplement = true;
    } else if (needComplement && !isStopToken(scan, j) && !nameLike(scan, j) && titleAt(scan, j) === null) {
      chain.last = j;
      needComplement = false;
      inComplement = false;
    } else {
      const more = titleAt(scan, j);
      if (!more) break;
      if (!inComplement && !needComplement) {
        chain.role = senior(chain.role, more.role);
        chain.country ??= more.country;
      }
      chain.last = more.last;
      needComplement = more.construct;
      inComplement = inComplement || needComplement;
    }
    chain.end = scan.tokens[chain.last]!.end;
    j = chain.last + 1;
  }
  withCountryBefore(scan, chain, i);
  return chain;
}

/** Extends a chain back over an English country word before it ("Chinese President"). */
function withCountryBefore(scan: Scan, chain: TitleChain, i: number): void {
  const before = countryBefore(scan, i);
  if (!before) return;
  chain.country ??= before.code;
  chain.first = before.first;
  chain.start = scan.tokens[before.first]!.start;
}

/**
 * English puts the country before the title: "Chinese President", "Saudi Crown Prince",
 * "U.S. Secretary of State", "Saudi Arabia's Crown Prince".
 */
function countryBefore(scan: Scan, i: number): { code: string; first: number } | null {
  const { tokens } = scan;
  if (i === 0 || isArabicToken(tokens[i]!)) return null;
  let end = i - 1;
  // A possessive: the "s" after an apostrophe.
  if (tokens[end]!.key === 's' && end > 0 && ["'", '\u2019'].includes(scan.text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end--;
  const abbreviated = tokens[end]!.text.length <= 2 && joinedAfterAbbreviation(scan, end + 1);
  if (end === i - 1 && !joined(scan, i) && !abbreviated) return null;
  for (let k = Math.max(0, end - 2); k <= end; k++) {
    const hit = countryAt(scan.doc, k);
    if (hit && hit.last === end) return { code: hit.code, first: k };
  }
  return null;
}

/** A counterpart word with its country: "نظيره الروسي", "همتای بلاروسی او", "his Russian counterpart". */
export function readCounterpart(scan: Scan, i: number): TitleChain | null {
  const hit = scan.lex.counterparts.matchAt(scan.text, scan.tokens, i)[0];
  if (!hit) return null;
  const chain: TitleChain = {
    first: i, last: hit.last, role: null, country: null, start: hit.start, end: scan.tokens[hit.last]!.end, counterpart: true,
  };
  const n = scan.tokens.length;
  let j = hit.last + 1;
  while (j < n && joined(scan, j) && j <= hit.last + 6) {
    const t = scan.tokens[j]!;
    const c = countryStep(scan, j);
    if (c) {
      chain.country ??= c.country;
      chain.last = c.last;
    } else if (isArabicToken(t) && (nisba(t.key) || SELF.includes(t.key) || t.key === 'ميزبان' || (t.key.endsWith('ي') && t.key.length >= 4 && !nameLike(scan, j)))) {
      chain.last = j;
    } else if (isArabicToken(t) && j + 1 < n && joined(scan, j + 1) && SELF.includes(scan.tokens[j + 1]!.key)) {
      // "همتای روس خود": whatever stands between the word and "خود" describes the counterpart.
      chain.last = j + 1;
    } else break;
    chain.end = scan.tokens[chain.last]!.end;
    j = chain.last + 1;
  }
  withCountryBefore(scan, chain, i);
  return chain;
}

/** True when the token after `chain` may start its name (spaces or an abbreviation's stop between). */
export function nameMayFollow(scan: Scan, at: number): boolean {
  return at < scan.tokens.length && joinedAfterAbbreviation(scan, at);
}

/** Marks every token of the chain. */
export function markChain(scan: Scan, chain: TitleChain): void {
  for (let k = chain.first; k <= chain.last; k++) scan.cls[k] = chain.counterpart ? Cls.Reference : Cls.Title;
}
