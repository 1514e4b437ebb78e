import type { PersonEntryInput, Role } from '../types';
import type { RoleTerm } from '../gazetteer/types';
import { allPeopleRecords } from '../gazetteer/data/people/index';
import { tokenize, type Token } from '../text/tokens';
import { exactKey, isArabicScript, keyOfName, latinKey, skeletonOfParts } from './nameKey';
import { fold } from '../text/normalize';

/** A person the lookup knows: from the gazetteer or from the caller's `people` option. */
export interface KnownPerson {
  canonical: string;
  country: string | null;
  roles: readonly RoleTerm[];
  /** The role a caller gave (entries of the `people` option have no terms). */
  role: Role | null;
  names: readonly string[];
}

interface NameIndex {
  /** First letters of every exact and skeleton key: most words start no name, and are rejected at once. */
  prefixes: Set<string>;
  exact: Map<string, KnownPerson[]>;
  skeleton: Map<string, KnownPerson[]>;
  /** Single words of names (skeleton keys), for a title followed by one part of a name. */
  parts: Map<string, KnownPerson[]>;
  /** Single words of names, letter for letter (folded), for a surname standing alone. */
  exactParts: Map<string, KnownPerson[]>;
  /**
   * Lengths of the exact and skeleton keys by their first PREFIX letters: a span of text whose
   * length no key with its start has needs no lookup (most spans a name search tries).
   */
  lengths: { exact: Map<string, Set<number>>; skeleton: Map<string, Set<number>> };
  /** The first MIN_TEXT_SKELETON letters of skeleton keys long enough to be looked up in running text. */
  textSkeletonHeads: Set<string>;
  maxWords: number;
}

/** A gazetteer name found in the token stream. */
export interface NameHit {
  first: number;
  last: number;
  /** Letters of proclitic on the first token. */
  proclitic: number;
  people: KnownPerson[];
  exact: boolean;
}

const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const JOINERS: readonly string[] = ['بن', 'ابن', 'بنت', 'ال', 'ابو', 'عبد', 'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'de', 'van', 'von', 'der', 'da', 'la', 'le'];
const MIN_SKELETON = 3;
const PREFIX = 3;
// In running text a short skeleton meets everyday words ("کار ایران"): longer keys only.
const MIN_TEXT_SKELETON = 5;

let baseIndex: NameIndex | null = null;

function emptyIndex(): NameIndex {
  return {
    prefixes: new Set(), exact: new Map(), skeleton: new Map(), parts: new Map(), exactParts: new Map(),
    lengths: { exact: new Map(), skeleton: new Map() }, textSkeletonHeads: new Set(), maxWords: 1,
  };
}

function addLength(lengths: Map<string, Set<number>>, key: string): void {
  if (key === '') return;
  const head = key.slice(0, PREFIX);
  let set = lengths.get(head);
  if (!set) lengths.set(head, (set = new Set()));
  set.add(key.length);
}

function push(map: Map<string, KnownPerson[]>, key: string, person: KnownPerson): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

function addPerson(index: NameIndex, person: KnownPerson): void {
  for (const name of person.names) {
    const words = fold(name).split(/[\s\u200c]+/u).filter((w) => w !== '');
    if (words.length === 0) continue;
    index.maxWords = Math.max(index.maxWords, words.length + 1);
    const exact = exactKey(name);
    push(index.exact, exact, person);
    addLength(index.lengths.exact, exact);
    index.prefixes.add(exact.slice(0, PREFIX));
    const skeleton = keyOfName(name);
    if (skeleton.length >= MIN_SKELETON) {
      push(index.skeleton, skeleton, person);
      addLength(index.lengths.skeleton, skeleton);
      if (skeleton.length >= MIN_TEXT_SKELETON) index.textSkeletonHeads.add(skeleton.slice(0, MIN_TEXT_SKELETON));
      index.prefixes.add(skeleton.slice(0, PREFIX));
    }
    for (const w of words) {
      const lw = w.toLowerCase();
      if (JOINERS.includes(lw)) continue;
      push(index.parts, keyOfName(w), person);
      push(index.exactParts, exactKey(w), person);
    }
  }
}

function recordPeople(): KnownPerson[] {
  return allPeopleRecords().map((r) => ({
    canonical: r.canonical,
    country: r.country,
    roles: r.roles,
    role: null,
    names: [r.canonical, ...r.en, ...r.ar, ...r.fa],
  }));
}

let firstWords: Set<string> | null = null;

/**
 * The key of the first word of every gazetteer name: a word that opens no name need not be
 * looked up as the start of one ("the", "الرئيس" mostly do not; "He" of He Lifeng does).
 */
export function nameFirstWords(): ReadonlySet<string> {
  if (firstWords) return firstWords;
  const words = new Set<string>();
  for (const p of recordPeople()) {
    for (const name of p.names) {
      const first = tokenize(fold(name))[0];
      if (first) words.add(first.key);
    }
  }
  firstWords = words;
  return words;
}

/** The gazetteer's index, built on first use. */
function base(): NameIndex {
  if (!baseIndex) {
    baseIndex = emptyIndex();
    for (const p of recordPeople()) addPerson(baseIndex, p);
  }
  return baseIndex;
}

/** The lookup for one call: the caller's entries first, then the gazetteer. */
export class PeopleLookup {
  private readonly extra: NameIndex | null;

  constructor(entries: readonly PersonEntryInput[]) {
    if (entries.length === 0) {
      this.extra = null;
      return;
    }
    const index = emptyIndex();
    for (const e of entries) {
      addPerson(index, { canonical: e.canonical, country: e.country ?? null, roles: [], role: e.role ?? null, names: [e.canonical, ...e.names] });
    }
    this.extra = index;
  }

  private list: NameIndex[] | null = null;

  // Built on first use, so that constructing a lookup does not build the gazetteer index.
  private indexes(): NameIndex[] {
    this.list ??= this.extra ? [this.extra, base()] : [base()];
    return this.list;
  }

  private get(which: 'exact' | 'skeleton' | 'parts' | 'exactParts', key: string): KnownPerson[] {
    for (const index of this.indexes()) {
      const hit = index[which].get(key);
      if (hit && hit.length > 0) return hit;
    }
    return [];
  }

  /** People whose whole name is written as `name`. */
  lookup(name: string): KnownPerson[] {
    const exact = this.get('exact', exactKey(name));
    if (exact.length > 0) return exact;
    const skeleton = keyOfName(name);
    return skeleton.length >= MIN_SKELETON ? this.get('skeleton', skeleton) : [];
  }

  /** People one of whose name words is `word`, letter for letter. */
  byExactPart(word: string): KnownPerson[] {
    return this.get('exactParts', exactKey(word));
  }

  /** People one of whose name words is `word`. */
  byPart(word: string): KnownPerson[] {
    const k = keyOfName(word);
    return k.length >= 2 ? this.get('parts', k) : [];
  }

  /**
   * The longest gazetteer name starting at token `i` (before `end`), tried with and without an
   * Arabic proclitic; letter-exact matches are preferred over skeleton matches.
   */
  matchAt(text: string, tokens: readonly Token[], i: number, end: number): NameHit | null {
    // Every stage asks about the same positions: remember the answers for this document.
    if (this.memoTokens !== tokens) {
      this.memoTokens = tokens;
      this.memo.clear();
    }
    let full = this.memo.get(i);
    if (full === undefined) {
      full = this.search(text, tokens, i, tokens.length);
      this.memo.set(i, full);
    }
    // The longest name from `i` holds for any window it fits in; no name at all holds for every window.
    if (full === null || full.last < end) return full;
    return this.search(text, tokens, i, end);
  }

  private memoTokens: readonly Token[] | null = null;
  private readonly memo = new Map<number, NameHit | null>();

  private search(text: string, tokens: readonly Token[], i: number, end: number): NameHit | null {
    const token = tokens[i];
    if (!token) return null;
    const last = lastJoinedToken(text, tokens, i, end, this.maxWords());
    const variants: number[] = [0];
    if (isArabicScript(token.key)) {
      for (const p of PROCLITICS) if (token.key.startsWith(p) && token.key.length - p.length >= 2) variants.push(p.length);
    }
    const spans = variants.map((strip) => spanKeys(tokens, i, last, strip));
    for (const mode of ['exact', 'skeleton'] as const) {
      for (let v = 0; v < variants.length; v++) {
        const strip = variants[v]!;
        const span = spans[v]!;
        // Cheap tests on the first letters first: most words start no name at all.
        if (mode === 'exact' && !this.known(span.arabicFrom >= 0 ? span.joined : latinKey(span.joined))) continue;
        if (mode === 'skeleton' && !this.skeletonMayStart(span)) continue;
        const skeleton = mode === 'skeleton' ? skeletonOfParts(span.parts) : null;
        const under = this.lengthsUnder(mode, mode === 'exact' ? span.joined : skeleton!.key);
        for (let j = last; j >= i; j--) {
          if (!this.mayHold(mode, span, skeleton, under, j - i)) continue;
          const key = this.spanKey(mode, span, skeleton, j - i);
          if (mode === 'skeleton' && (key.length < MIN_TEXT_SKELETON || contentWords(tokens, i, j) < 2)) continue;
          const people = this.get(mode, key);
          if (people.length > 0) return { first: i, last: j, proclitic: strip, people, exact: mode === 'exact' };
        }
      }
    }
    return null;
  }

  /** The lookup key of the span's first `k + 1` words: prefixes of the whole span's strings. */
  private spanKey(mode: 'exact' | 'skeleton', span: SpanKeys, skeleton: { key: string; ends: number[] } | null, k: number): string {
    const arabic = span.arabicFrom >= 0 && span.arabicFrom <= k;
    if (mode === 'skeleton') return arabic ? skeleton!.key.slice(0, skeleton!.ends[k]) : '';
    const joined = span.joined.slice(0, span.ends[k]);
    // Token keys are folded already: only Latin needs its accents taken off.
    return arabic ? joined : latinKey(joined);
  }

  /**
   * False when no key could equal the span's first `k + 1` words, judged from the key's start and
   * length alone, without building it. Latin keys lose letters to `latinKey`: always worth a look.
   */
  private mayHold(mode: 'exact' | 'skeleton', span: SpanKeys, skeleton: { key: string; ends: number[] } | null, under: Set<number>[], k: number): boolean {
    if (span.arabicFrom < 0 || span.arabicFrom > k) return mode === 'exact';
    const whole = mode === 'exact' ? span.joined : skeleton!.key;
    const length = mode === 'exact' ? span.ends[k]! : skeleton!.ends[k]!;
    // Keys of PREFIX letters or more start like the whole span: their lengths were fetched once.
    if (length >= PREFIX) return under.some((lengths) => lengths.has(length));
    const head = whole.slice(0, length);
    for (const x of this.indexes()) if (x.lengths[mode].get(head)?.has(length)) return true;
    return false;
  }

  /** The key lengths stored under the first PREFIX letters of `whole`, in every index. */
  private lengthsUnder(mode: 'exact' | 'skeleton', whole: string): Set<number>[] {
    const head = whole.slice(0, PREFIX);
    const out: Set<number>[] = [];
    for (const x of this.indexes()) {
      const lengths = x.lengths[mode].get(head);
      if (lengths) out.push(lengths);
    }
    return out;
  }

  /**
   * A skeleton found in running text has at least MIN_TEXT_SKELETON letters, and every span's
   * skeleton starts like the whole one's: unless some key starts with those letters, none can match.
   * (This implies the PREFIX test `known` makes for exact keys.) Latin spans have no skeleton.
   */
  private skeletonMayStart(span: SpanKeys): boolean {
    if (span.arabicFrom < 0) return false;
    const head = skeletonOfParts(span.parts, MIN_TEXT_SKELETON).key;
    if (head.length < MIN_TEXT_SKELETON) return false;
    const head5 = head.slice(0, MIN_TEXT_SKELETON);
    for (const x of this.indexes()) if (x.textSkeletonHeads.has(head5)) return true;
    return false;
  }

  private maxWords(): number {
    return this.extra ? Math.max(this.extra.maxWords, base().maxWords) : base().maxWords;
  }

  // Keys shorter than PREFIX are stored whole: try each shorter start too.
  private known(key: string): boolean {
    for (let n = Math.min(PREFIX, key.length); n >= 1; n--) {
      const head = key.slice(0, n);
      for (const x of this.indexes()) if (x.prefixes.has(head)) return true;
    }
    // The empty key's prefixes are all '' (which a name of no letters may have stored).
    return key === '' && this.indexes().some((x) => x.prefixes.has(''));
  }
}

/** The keys of tokens i..last written together (the first without `strip` proclitic letters). */
interface SpanKeys {
  parts: string[];
  joined: string;
  /** Length of `joined` after each part. */
  ends: number[];
  /** Index of the first part in Arabic script, or -1. */
  arabicFrom: number;
}

function spanKeys(tokens: readonly Token[], i: number, last: number, strip: number): SpanKeys {
  const parts: string[] = [];
  const ends: number[] = [];
  let joined = '';
  let arabicFrom = -1;
  for (let k = i; k <= last; k++) {
    const part = k === i ? tokens[k]!.key.slice(strip) : tokens[k]!.key;
    if (arabicFrom < 0 && isArabicScript(part)) arabicFrom = k - i;
    parts.push(part);
    joined += part;
    ends.push(joined.length);
  }
  return { parts, joined, ends, arabicFrom };
}

/** The last token a name starting at `i` may reach: words joined by a space or hyphen, at most `maxWords`. */
function lastJoinedToken(text: string, tokens: readonly Token[], i: number, end: number, maxWords: number): number {
  let last = i;
  while (last + 1 < end && last + 1 - i < maxWords && spaceOnly(text, tokens[last]!.end, tokens[last + 1]!.start)) last++;
  return last;
}

function contentWords(tokens: readonly Token[], i: number, j: number): number {
  let n = 0;
  for (let k = i; k <= j; k++) if (!JOINERS.includes(tokens[k]!.key)) n++;
  return n;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '\u00a0' && c !== '-') return false;
  }
  return true;
}

/** The role a known person held in `year` (the latest one when the year is unknown). */
export function roleInYear(person: KnownPerson, year: number | null): Role | null {
  if (person.role) return person.role;
  if (person.roles.length === 0) return null;
  if (year !== null) {
    const during = person.roles.filter(([, from, to]) => from <= year && (to === null || to >= year));
    if (during.length > 0) return during[during.length - 1]![0];
    const before = person.roles.filter(([, from]) => from <= year);
    if (before.length > 0) return before[before.length - 1]![0];
  }
  return person.roles[person.roles.length - 1]![0];
}

/** True when the person held some office in `year` (or the year is unknown). */
export function activeIn(person: KnownPerson, year: number | null): boolean {
  if (year === null || person.roles.length === 0) return true;
  return person.roles.some(([, from, to]) => from <= year + 1 && (to === null || to >= year - 1));
}
