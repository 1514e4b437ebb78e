/** A sentence of the normalized text. Offsets are into the normalized text. */
export interface Sentence {
  start: number;
  end: number;
  /** The paragraph (run of lines with no blank line between) it belongs to, counted from 0. */
  paragraph: number;
}

// Words after which a full stop does not end an English sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'pres', 'st', 'sr', 'jr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'vol', 'art', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'h.e', 'u.s', 'u.n', 'u.k', 'e.u',
]);

const MAX_SENTENCE = 1200;

const TERMINATORS = new Set(['.', '!', '?', '؟', '۔', '…']);

/**
 * Splits text into sentences at line breaks and at sentence-final punctuation followed by space.
 * A full stop after a known abbreviation, an initial or a digit does not split.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // No news sentence runs this long; a run without punctuation is cut at a space so that
    // every later stage works on bounded pieces.
    while (e - s > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', s + MAX_SENTENCE);
      const cut = space > s + MAX_SENTENCE / 2 ? space : s + MAX_SENTENCE;
      out.push({ start: s, end: cut, paragraph });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      push(i);
      start = i + 1;
      // A blank line (only spaces between two breaks) starts a new paragraph.
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n' && out.length > 0) paragraph++;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    const next = text.charCodeAt(i + 1);
    if (i + 1 < text.length && !isSpace(next) && next !== 0x22 && next !== 0x201d && next !== 0xbb) continue;
    if (ch === '.' && !endsSentence(text, i)) continue;
    // Keep a closing quote with its sentence.
    let end = i + 1;
    while (end < text.length && (text[end] === '"' || text[end] === '\u201d' || text[end] === '\u00bb' || text[end] === ')')) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function endsSentence(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!) && dot - k < 12) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[k]!)) return false; // an initial: "J. Biden"
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}
