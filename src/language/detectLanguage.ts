import { franc } from 'franc-min';
import type { Language } from '../types';

// Letters only Persian (and Dari) writes; Arabic text uses ي ك and ة instead.
const PERSIAN_ONLY = /[پچژگیک]/gu;
const ARABIC_ONLY = /[يكةى]/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;

// Beyond this many characters, the first part of the text decides: enough for a sure answer, and linear time.
const SAMPLE = 4000;

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
  if (latin > arabicScript) {
    if (latin >= 60) {
      const guess = franc(sample, { minLength: 10 });
      if (guess !== 'eng' && guess !== 'und' && guess !== 'sco') return 'und';
    }
    return 'en';
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
