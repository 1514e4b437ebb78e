import type { Document } from '../pipeline/document';
import { fold } from '../text/normalize';

/*
 * Persian words that are city names and common words: "دوشنبه" is Monday before it is
 * Tajikistan's capital; "در آستانه ..." is "on the eve of ...", not "in Astana". Such a word is
 * read as the city only in the dateline, before its country ("دوشنبه، پایتخت تاجیکستان"),
 * after a word of motion or place ("به دوشنبه", "شهر دوشنبه"), or at the end of a phrase.
 */
interface Homonym {
  /** Words after which it is the city. */
  before: ReadonlySet<string>;
  /** Words that, following it, show it is the city. */
  after: ReadonlySet<string>;
  /** Words that, following it, show it is the common word. */
  notAfter: ReadonlySet<string>;
  /** Whether being last in its phrase (punctuation next) is enough. */
  endOfPhrase: boolean;
}

const keys = (words: string[]) => new Set(words.map(fold));
let table: Map<string, Homonym> | null = null;

function homonyms(): Map<string, Homonym> {
  if (!table) {
    const motion = ['به', 'از', 'شهر', 'مقصد', 'تا', 'سوی', 'راهی', 'عازم', 'وارد'];
    table = new Map([
      [fold('دوشنبه'), {
        before: keys([...motion, 'در']),
        after: keys(['پایتخت', 'تاجیکستان']),
        notAfter: keys(['گذشته', 'آینده', 'هفته', 'اول', 'این', 'صبح', 'عصر', 'شب', 'ظهر', 'بعدازظهر', 'شامگاه', 'پیش']),
        endOfPhrase: false,
      }],
      [fold('آستانه'), {
        before: keys(motion),
        after: keys(['پایتخت', 'قزاقستان']),
        notAfter: new Set<string>(),
        endOfPhrase: true,
      }],
    ]);
  }
  return table;
}

function joined(doc: Document, a: number, b: number): boolean {
  return !/[.،,:;()«»"]/u.test(doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start));
}

/** Whether the word at token `i` reads as a place here (always, unless it is a Persian homonym). */
export function readsAsPlace(doc: Document, i: number, datelineEnd: number): boolean {
  if (doc.language !== 'fa') return true;
  const token = doc.tokens[i]!;
  const rule = homonyms().get(token.key);
  if (!rule || token.end <= datelineEnd) return true;
  const next = doc.tokens[i + 1];
  const nextJoined = next !== undefined && joined(doc, i, i + 1);
  // A dateline's opening word: "دوشنبه - ایرنا -", "دوشنبه (ایرنا)".
  if (i === 0 && next && /^\s*[-(/]/u.test(doc.text.slice(token.end, next.start))) return true;
  if (nextJoined && (/^\d/u.test(next.key) || rule.notAfter.has(next.key))) return false;
  if (next && rule.after.has(next.key)) return true;
  const prev = doc.tokens[i - 1];
  if (prev && rule.before.has(prev.key) && joined(doc, i - 1, i)) return true;
  return rule.endOfPhrase && !nextJoined;
}
