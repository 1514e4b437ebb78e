import type { Calendar, PartOfDay } from '../types';
import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import { hashInPlace, wordCharWidth, wordEnd, wordKey, wordKeyIs } from './words';
import { WordIndex } from './wordIndex';
import * as arMonths from '../locales/ar/dates/months';
import { AR_WEEKDAYS } from '../locales/ar/dates/weekdays';
import { AR_CARDINALS, AR_ORDINALS } from '../locales/ar/dates/numbers';
import * as arRel from '../locales/ar/dates/relative';
import { AR_HOLIDAYS } from '../locales/ar/dates/holidays';
import * as faMonths from '../locales/fa/dates/months';
import { FA_WEEKDAYS } from '../locales/fa/dates/weekdays';
import { FA_CARDINALS, FA_ORDINALS } from '../locales/fa/dates/numbers';
import * as faRel from '../locales/fa/dates/relative';
import * as en from '../locales/en/dates/words';
import { EN_HOLIDAYS } from '../locales/en/dates/holidays';
import { EN_MARKERS } from '../locales/en/dates/markers';
import { AR_MARKERS } from '../locales/ar/dates/markers';
import { FA_MARKERS } from '../locales/fa/dates/markers';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** What a word or phrase of the date vocabulary can mean. A phrase may carry several senses. */
export type Sense =
  | { k: 'month'; cal: Calendar; m: number; weak: boolean }
  | { k: 'weekday'; wd: number; weak: boolean }
  | { k: 'card'; n: number }
  | { k: 'ord'; n: number }
  | { k: 'relday'; d: number; weak: boolean }
  | { k: 'relyear'; d: number }
  | { k: 'dir'; d: -1 | 0 | 1 }
  | { k: 'unit'; u: Unit; n: number | null }
  | { k: 'pre'; d: -1 | 0 | 1 }
  | { k: 'small' }
  | { k: 'pod'; p: PartOfDay }
  | { k: 'mpart'; p: 'early' | 'mid' | 'late' }
  | { k: 'era'; cal: Calendar }
  | { k: 'holiday'; id: string }
  | { k: 'period'; u: 'day' | 'month' | 'year' }
  | { k: 'marker'; m: string };

interface Entry {
  rest: string[];
  senses: Sense[];
  /** The `senseBit`s of the senses. */
  kinds: number;
  // A phrase has the fields of a `Head` too (unused), so that the lexicon hands out objects of
  // one shape and the reader's reads of `senses` and `kinds` see one kind of object.
  alone: boolean;
  bySecond: null;
  secondIndex: null;
  secondFirsts: number;
}

const NO_REST: string[] = [];

/** Bit of a sense kind, for sets of kinds (digits written as numbers use 65536). */
export function senseBit(k: Sense['k']): number {
  // A switch: a keyed read of a table with a different key at each call site is slow.
  switch (k) {
    case 'month': return 1;
    case 'weekday': return 2;
    case 'card': return 4;
    case 'ord': return 8;
    case 'relday': return 16;
    case 'relyear': return 32;
    case 'dir': return 64;
    case 'unit': return 128;
    case 'pre': return 256;
    case 'pod': return 512;
    case 'mpart': return 1024;
    case 'era': return 2048;
    case 'holiday': return 4096;
    case 'period': return 8192;
    case 'marker': return 16384;
    case 'small': return 32768;
  }
}

export interface LexMatch {
  senses: Sense[];
  /** Last token of the phrase. */
  last: number;
  /** Letters of a proclitic (و، ب، ل، ف) stripped off the first word. */
  proclitic: number;
  /** The `senseBit`s of the senses. */
  kinds: number;
}

// Longest first so that "وب" is tried before "و".
const PROCLITICS = ['وب', 'ول', 'وف', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];

/** Phrase lookup by first word; the words of a phrase may be separated by spaces, an apostrophe or a hyphen. */
export class DateLexicon {
  private readonly byFirst = new Map<string, Entry[]>();

  add(phrase: string, sense: Sense): void {
    const words = tokenize(fold(phrase)).map((t) => t.key);
    if (words.length === 0) return;
    this.addWords(words, sense);
    // Persian compounds are typed with a space, a ZWNJ (folded to a space) or joined.
    if (words.length > 1 && /[\u0600-\u06ff]/u.test(phrase)) this.addWords([words.join('')], sense);
  }

  private addWords(words: string[], given: Sense): void {
    const sense = uniform(given);
    const [first, ...rest] = words;
    let list = this.byFirst.get(first!);
    if (!list) this.byFirst.set(first!, (list = []));
    const key = rest.join(' ');
    const found = list.find((e) => e.rest.join(' ') === key);
    if (found) {
      if (!found.senses.some((s) => JSON.stringify(s) === JSON.stringify(sense))) {
        found.senses.push(sense);
        found.kinds |= senseBit(sense.k);
      }
    } else list.push({ rest, senses: [sense], kinds: senseBit(sense.k), alone: false, bySecond: null, secondIndex: null, secondFirsts: 0 });
  }

  sort(): void {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    this.heads = headsOf(this.byFirst);
  }

  /** `byFirst` as the lookup reads it: one object per first word (see `Head`). */
  private heads: Map<string, Head> | null = null;
  /** `heads` again, asked with a word of the text in place (see `matchHashed`). */
  private headIndex: WordIndex<Head> | null = null;

  /**
   * `matchWord` for the word text[start, end) when its key is its own units with A–Z lower-cased,
   * by the hash its reader took while scanning it (see `WordIndex`): no substring is cut and
   * nothing hashed again. A word behind a proclitic is left to `matchWord`.
   */
  matchHashed(text: string, start: number, end: number, hash: number): LexEntry | null {
    const index = (this.headIndex ??= new WordIndex((this.heads ??= headsOf(this.byFirst))));
    const direct = this.longest(index.get(text, start, end, hash), text, end, false);
    if (direct) {
      this.hitProclitic = 0;
      return direct;
    }
    const c0 = text.charCodeAt(start);
    // Only و ف ب ل start a proclitic: the few such words go the keyed way.
    if (c0 !== 0x648 && c0 !== 0x641 && c0 !== 0x628 && c0 !== 0x644) return null;
    return this.matchWord(text, end, wordKey(text, start, end), false);
  }

  /** The longest phrase starting at token `i`, trying Arabic proclitics when the bare word is unknown. */
  matchAt(text: string, tokens: readonly Token[], i: number): LexMatch | null {
    const token = tokens[i];
    if (!token) return null;
    const hit = this.matchWord(text, token.end, token.key, false);
    return hit ? { senses: hit.senses, last: i + this.hitWords, proclitic: this.hitProclitic, kinds: hit.kinds } : null;
  }

  /**
   * The longest phrase whose first word ends at `end` and is keyed `key` (the words after it are
   * read from the text), trying Arabic proclitics when the bare word is unknown; `alone`: that
   * word by itself, no phrase. Where the hit ends is left in `hitEnd`, `hitWords` and
   * `hitProclitic` (fields rather than a new object per call: this runs for every word).
   */
  matchWord(text: string, end: number, key: string, alone: boolean): LexEntry | null {
    const heads = (this.heads ??= headsOf(this.byFirst));
    const direct = this.longest(heads.get(key), text, end, alone);
    if (direct) {
      this.hitProclitic = 0;
      return direct;
    }
    const c0 = key.charCodeAt(0);
    // Only و ف ب ل start a proclitic.
    if (c0 !== 0x648 && c0 !== 0x641 && c0 !== 0x628 && c0 !== 0x644) return null;
    for (let n = 0; n < PROCLITICS.length; n++) {
      const p = PROCLITICS[n]!;
      if (key.length - p.length < 2 || !key.startsWith(p)) continue;
      const stem = key.slice(p.length);
      const hit =
        this.longest(heads.get(stem), text, end, alone) ??
        (p.endsWith('ل') && stem.startsWith('ل') ? this.longest(heads.get('ا' + stem), text, end, alone) : null);
      if (hit) {
        this.hitProclitic = p.length;
        return hit;
      }
    }
    return null;
  }

  /** Where the phrase `matchWord` found last ends (normalized offset). */
  hitEnd = 0;
  /** How many words that phrase has after its first. */
  hitWords = 0;
  /** Letters of the proclitic stripped off its first word. */
  hitProclitic = 0;

  // The words after a phrase's second word, read once for all the phrases that share it (they
  // are the same words of the text): word w starts at `wordStarts[w]` (-1: there is none) and
  // ends at `wordEnds[w]`, for w below `wordsRead`.
  private readonly wordStarts: number[] = [];
  private readonly wordEnds: number[] = [];
  private wordsRead = 1;

  /** End of the words `rest` (the second word already matched, ending at `secondEnd`), or -1 where the text parts from them. */
  private restEnd(text: string, secondEnd: number, rest: readonly string[]): number {
    let at = secondEnd;
    for (let w = 1; w < rest.length; w++) {
      if (w === this.wordsRead) {
        const next = nextWordStart(text, at);
        this.wordStarts[w] = next;
        this.wordEnds[w] = next < 0 ? -1 : wordEnd(text, next);
        this.wordsRead = w + 1;
      }
      const start = this.wordStarts[w]!;
      if (start < 0) return -1;
      const end = this.wordEnds[w]!;
      if (!wordKeyIs(text, start, end, rest[w]!)) return -1;
      at = end;
    }
    return at;
  }

  /** The longest phrase of `head` (ending its first word at `end`) that the text goes on with, else the word alone. */
  private longest(head: Head | undefined, text: string, end: number, alone: boolean): LexEntry | null {
    if (head === undefined) return null;
    // Where the next word starts, if it is close enough to go on a phrase.
    const second = head.bySecond !== null && !alone ? nextWordStart(text, end) : -1;
    if (second >= 0 && mayOpenSecond(head.secondFirsts, text.charCodeAt(second))) {
      const secondEnd = wordEnd(text, second);
      const phrases = phrasesBySecond(head, text, second, secondEnd);
      if (phrases !== undefined) {
        this.wordsRead = 1;
        for (let e = 0; e < phrases.length; e++) {
          const rest = phrases[e]!.rest;
          const at = this.restEnd(text, secondEnd, rest);
          if (at >= 0) {
            this.hitEnd = at;
            this.hitWords = rest.length;
            return phrases[e]!;
          }
        }
      }
    }
    if (!head.alone) return null;
    this.hitEnd = end;
    this.hitWords = 0;
    return head;
  }
}

/**
 * Everything the lexicon knows of one first word in one object, so that the lookup of a word
 * (done for every word of every input) reads a single object after the map: the senses of the
 * word alone, if it is an entry by itself, and the longer phrases it opens, longest first.
 */
interface Head extends LexEntry {
  /** No words after the first (the fields of a phrase, for one shape: see `Entry`). */
  rest: string[];
  /** The word by itself is an entry (its senses are `senses`). */
  alone: boolean;
  /** The longer phrases by their second word (a word like "the" or "عيد" opens a dozen), longest first. */
  bySecond: Map<string, Entry[]> | null;
  /** `bySecond` asked with the second word in place. */
  secondIndex: WordIndex<Entry[]> | null;
  /** Bit `c & 31` for the first unit c of each second word: most words after a head open none of its phrases. */
  secondFirsts: number;
}

/**
 * Whether a second word starting with `unit` may be one of those `firsts` was made from. Only an
 * ASCII or Arabic-block unit is tested (its key's first unit is itself, A–Z lower-cased); others
 * may lower-case to anything and always may.
 */
function mayOpenSecond(firsts: number, unit: number): boolean {
  if (unit >= 0x80 && (unit < 0x600 || unit > 0x6ff)) return true;
  const key = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
  return ((firsts >>> (key & 31)) & 1) !== 0;
}

function headsOf(byFirst: ReadonlyMap<string, Entry[]>): Map<string, Head> {
  const out = new Map<string, Head>();
  for (const [word, list] of byFirst) {
    const single = list.find((e) => e.rest.length === 0);
    let bySecond: Map<string, Entry[]> | null = null;
    // `list` is sorted longest first, and each group keeps that order.
    for (const e of list) {
      if (e.rest.length === 0) continue;
      bySecond ??= new Map();
      const group = bySecond.get(e.rest[0]!);
      if (group) group.push(e);
      else bySecond.set(e.rest[0]!, [e]);
    }
    let secondFirsts = 0;
    if (bySecond) for (const second of bySecond.keys()) secondFirsts |= 1 << (second.charCodeAt(0) & 31);
    out.set(word, { rest: NO_REST, senses: single ? single.senses : [], kinds: single ? single.kinds : 0, alone: single !== undefined, bySecond, secondIndex: bySecond && new WordIndex(bySecond), secondFirsts });
  }
  return out;
}

/** The phrases of `head` whose second word is text[start, end), read in place when its key allows. */
function phrasesBySecond(head: Head, text: string, start: number, end: number): Entry[] | undefined {
  const hash = hashInPlace(text, start, end);
  return hash !== null ? head.secondIndex!.get(text, start, end, hash) : head.bySecond!.get(wordKey(text, start, end));
}

/** What the lexicon knows of a phrase. */
export interface LexEntry {
  readonly senses: Sense[];
  /** The `senseBit`s of the senses. */
  readonly kinds: number;
}

/**
 * Start of the word after the one ending at `end` when only a light gap (at most 3 of space,
 * tab, apostrophe, hyphen, dot) lies between; -1 otherwise or at the end of the text.
 */
function nextWordStart(text: string, end: number): number {
  for (let k = end; k < text.length; k++) {
    // (The light gap characters are no word characters: test them first, the cheaper way.)
    if (!lightGapChar(text.charCodeAt(k))) return wordCharWidth(text, k) > 0 ? k : -1;
    if (k - end >= 3) return -1;
  }
  return -1;
}

function lightGapChar(c: number): boolean {
  return c === 0x20 || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x09;
}

/**
 * The sense with every field of every kind present (unset ones undefined), in one order: the
 * grammar reads `k` and the fields of many kinds at the same sites, and one object shape keeps
 * those reads monomorphic. Fields keep their meaning per kind.
 */
function uniform(s: Sense): Sense {
  const f = s as Partial<Record<'cal' | 'm' | 'weak' | 'wd' | 'n' | 'd' | 'u' | 'p' | 'id', unknown>>;
  return { k: s.k, cal: f.cal, m: f.m, weak: f.weak, wd: f.wd, n: f.n, d: f.d, u: f.u, p: f.p, id: f.id } as unknown as Sense;
}

let lexicon: DateLexicon | null = null;

/** The date vocabulary of all three languages, built on first use. */
export function dateLexicon(): DateLexicon {
  if (lexicon) return lexicon;
  const lex = new DateLexicon();
  const months = (list: readonly (readonly [string, number, boolean?])[], cal: Calendar) => {
    for (const [name, m, weak] of list) lex.add(name, { k: 'month', cal, m, weak: weak === true });
  };
  months(arMonths.AR_GREGORIAN_MONTHS, 'gregory');
  months(arMonths.AR_ISLAMIC_MONTHS, 'islamic');
  months(faMonths.FA_SOLAR_MONTHS, 'persian');
  months(faMonths.FA_GREGORIAN_MONTHS, 'gregory');
  months(faMonths.FA_ISLAMIC_MONTHS, 'islamic');
  months(en.EN_GREGORIAN_MONTHS, 'gregory');
  months(en.EN_ISLAMIC_MONTHS, 'islamic');
  months(en.EN_SOLAR_MONTHS, 'persian');
  for (const list of [AR_WEEKDAYS, FA_WEEKDAYS, en.EN_WEEKDAYS]) {
    for (const [name, wd, weak] of list) lex.add(name, { k: 'weekday', wd, weak: weak === true });
  }
  for (const list of [AR_CARDINALS, FA_CARDINALS, en.EN_CARDINALS]) for (const [w, n] of list) lex.add(w, { k: 'card', n });
  for (const list of [AR_ORDINALS, FA_ORDINALS, en.EN_ORDINALS]) for (const [w, n] of list) lex.add(w, { k: 'ord', n });
  for (const list of [arRel.AR_RELATIVE_DAYS, faRel.FA_RELATIVE_DAYS, en.EN_RELATIVE_DAYS]) {
    for (const [w, d, weak] of list) lex.add(w, { k: 'relday', d, weak: weak === true });
  }
  for (const [w, d] of faRel.FA_RELATIVE_YEARS) lex.add(w, { k: 'relyear', d });
  for (const list of [arRel.AR_DIRECTIONS, faRel.FA_DIRECTIONS, en.EN_DIRECTIONS]) for (const [w, d] of list) lex.add(w, { k: 'dir', d });
  for (const list of [arRel.AR_UNITS, faRel.FA_UNITS, en.EN_UNITS]) for (const [w, u, n] of list) lex.add(w, { k: 'unit', u, n: n ?? null });
  for (const [w, d] of arRel.AR_COUNT_PREFIXES) lex.add(w, { k: 'pre', d });
  for (const list of [arRel.AR_PARTS_OF_DAY, faRel.FA_PARTS_OF_DAY, en.EN_PARTS_OF_DAY]) for (const [w, p] of list) lex.add(w, { k: 'pod', p });
  for (const list of [arRel.AR_MONTH_PARTS, faRel.FA_MONTH_PARTS, en.EN_MONTH_PARTS]) for (const [w, p] of list) lex.add(w, { k: 'mpart', p });
  for (const list of [arRel.AR_ERAS, faRel.FA_ERAS, en.EN_ERAS]) for (const [w, cal] of list) lex.add(w, { k: 'era', cal });
  for (const list of [AR_HOLIDAYS, faRel.FA_HOLIDAYS, EN_HOLIDAYS]) for (const [w, id] of list) lex.add(w, { k: 'holiday', id });
  for (const list of [arRel.AR_PERIOD_WORDS, faRel.FA_PERIOD_WORDS]) for (const [w, u] of list) lex.add(w, { k: 'period', u });
  for (const list of [AR_MARKERS, FA_MARKERS, EN_MARKERS]) for (const [w, m] of list) lex.add(w, { k: 'marker', m });
  for (const list of [arRel.AR_SMALL_UNITS, faRel.FA_SMALL_UNITS, en.EN_SMALL_UNITS]) for (const w of list) lex.add(w, { k: 'small' });
  lex.sort();
  lexicon = lex;
  return lex;
}
