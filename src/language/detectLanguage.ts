import { franc } from 'franc-min';
import { AR_FUNCTION_WORDS } from '../locales/ar/language/functionWords';
import { EN_FUNCTION_WORDS } from '../locales/en/language/functionWords';
import { FA_FUNCTION_WORDS } from '../locales/fa/language/functionWords';
import type { Language } from '../types';

// Letters only Persian (and Dari) writes; Arabic text uses ي ك and ة instead.
const PERSIAN_ONLY = /[پچژگیک]/gu;
const ARABIC_ONLY = /[يكةى]/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;

// Beyond this many characters, the first part of the text decides: enough for a sure answer, and linear time.
const SAMPLE = 4000;

let wordSets: { ar: Set<string>; fa: Set<string>; en: Set<string> } | null = null;
function functionWords() {
  wordSets ??= { ar: new Set(AR_FUNCTION_WORDS), fa: new Set(FA_FUNCTION_WORDS), en: new Set(EN_FUNCTION_WORDS) };
  return wordSets;
}

const WORD = /[\p{L}\u200c]+/gu;

/** How many words of the sample are function words of each language (Arabic also counts words with ال). */
function functionWordCounts(sample: string): { ar: number; fa: number; en: number; words: number } {
  const sets = functionWords();
  const out = { ar: 0, fa: 0, en: 0, words: 0 };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    const word = m[0];
    out.words++;
    const lower = word.toLowerCase();
    if (sets.en.has(lower)) out.en++;
    if (sets.fa.has(word)) out.fa++;
    if (sets.ar.has(word) || (word.length > 3 && /^(?:و|ف|ب|ل|وب|ول)?ال/u.test(word))) out.ar++;
  }
  return out;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * Which of majlis's languages a text is in: script first (Arabic script against Latin), then the
 * letters that only Persian uses, then franc-min's trigram model when the letters do not settle it.
 * A document in Arabic script that quotes Latin names stays Arabic or Persian.
 */
export function identifyLanguage(text: string): Language | 'und' {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const arabicScript = count(ARABIC_SCRIPT, sample);
  const latin = count(LATIN, sample);
  if (arabicScript === 0 && latin === 0) return 'und';
  const words = functionWordCounts(sample);
  if (latin > arabicScript) {
    // Short English is recognised by its function words; franc needs longer text to be sure.
    if (words.en >= 2 && words.en / Math.max(1, words.words) >= 0.08) return 'en';
    if (latin >= 60) {
      const guess = franc(sample, { minLength: 10 });
      if (guess !== 'eng' && guess !== 'und' && guess !== 'sco') return 'und';
    }
    return 'en';
  }
  // Function words decide when they clearly lean one way (Persian typed with Arabic ي and ك included).
  if (words.fa + words.ar >= 3) {
    if (words.fa >= 2 * words.ar) return 'fa';
    if (words.ar >= 2 * words.fa) return 'ar';
  }
  const persian = count(PERSIAN_ONLY, sample);
  const arabic = count(ARABIC_ONLY, sample);
  if (persian + arabic >= 3) {
    const share = persian / (persian + arabic);
    if (share >= 0.6) return 'fa';
    if (share <= 0.25) return 'ar';
  }
  const guess = franc(sample, { only: ['arb', 'pes'], minLength: 3 });
  if (guess === 'pes') return 'fa';
  if (guess === 'arb') return 'ar';
  return persian > arabic ? 'fa' : 'ar';
}
