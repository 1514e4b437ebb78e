import { fold } from '../text/normalize';

// Letters Arabic and Persian writers use for the same foreign sound: g (ج غ گ ق), p/b, ch, zh, v.
const SOUND_FOLDS: Record<string, string> = {
  'ج': 'G', 'غ': 'G', 'گ': 'G', 'ڨ': 'G', 'ڭ': 'G',
  'پ': 'ب', 'ژ': 'ز', 'ڤ': 'ف', 'ث': 'س', 'ذ': 'ز', 'ظ': 'ز', 'ض': 'ز', 'ص': 'س', 'ط': 'ت',
};
const LONG_VOWELS = 'اوي';
const ARABIC_LETTER = /[\u0600-\u06ff]/u;

/**
 * The consonant skeleton of an Arabic-script word or name: folded, spaces removed, the sounds
 * foreign names are written with in several ways merged, long vowels after the first letter
 * dropped, doubled letters merged. "لوكاشينكو" and "لوکاشنکو" meet, as do "جين بينغ",
 * "جين‌پینگ" and "جينبينغ".
 */
export function arabicSkeleton(text: string): string {
  return skeletonOfFolded(fold(text));
}

/** `arabicSkeleton` of text that is already folded (token keys). */
export function skeletonOfFolded(folded: string): string {
  return skeletonOfParts([folded]).key;
}

/**
 * `skeletonOfFolded` of the concatenation of `parts`, with the skeleton's length after each part.
 * The skeleton is built left to right and never revises what it wrote, so the skeleton of the
 * first k parts is a prefix of the whole one: one pass serves every span a name search tries.
 * With `stopAt`, the key is only guaranteed to start right for its first `stopAt` letters.
 */
export function skeletonOfParts(parts: readonly string[], stopAt = Infinity): { key: string; ends: number[] } {
  let out = '';
  let previous = '';
  let seen = 0;
  const ends: number[] = [];
  // Appends one letter by the rules above; code units are enough, as no rule concerns astral letters.
  const write = (letter: string) => {
    const first = seen++ === 0;
    if ((!first && LONG_VOWELS.includes(letter)) || letter === 'ء' || letter === previous) return;
    out += letter;
    previous = letter;
  };
  for (const part of parts) {
    // A caller that needs only the skeleton's first letters stops once they are written.
    if (out.length >= stopAt) break;
    for (let c = 0; c < part.length; c++) {
      const ch = part[c]!;
      if (ch === ' ' || ch === '\u200c' || ch === '-' || ch === '.') continue;
      // "تش" is how Arabic writes the ch that Persian writes چ.
      if (ch === 'چ') {
        write('ت');
        write('ش');
      } else write(SOUND_FOLDS[ch] ?? ch);
    }
    ends.push(out.length);
  }
  return { key: out, ends };
}

/** A Latin name compared case- and accent-free, letters and digits only. */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/gu, 'i')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when the text is written (mostly) in Arabic script. */
export function isArabicScript(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** The key under which two spellings of one name meet. */
export function keyOfName(text: string): string {
  return isArabicScript(text) ? arabicSkeleton(text) : latinKey(text);
}

/** The exact key: folded, spaces removed (joined and split spellings meet, letters must agree). */
export function exactKey(text: string): string {
  const f = fold(text);
  return isArabicScript(f) ? f.replace(/[\s\u200c.-]+/gu, '') : latinKey(f);
}
