import { fold } from '../text/normalize';

// Letters Arabic and Persian writers use for the same foreign sound: g (ج غ گ ق), p/b, ch, zh, v.
const SOUND_FOLDS: Record<string, string> = {
  'ج': 'G', 'غ': 'G', 'گ': 'G', 'ڨ': 'G', 'ڭ': 'G',
  'پ': 'ب', 'ژ': 'ز', 'ڤ': 'ف', 'ث': 'س', 'ذ': 'ز', 'ظ': 'ز', 'ض': 'ز', 'ص': 'س', 'ط': 'ت',
};
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
  // Char codes rather than one-letter strings: this runs for every word of a text.
  const codes: number[] = [];
  const ends: number[] = [];
  let seen = 0;
  const write = (code: number) => {
    const first = seen++ === 0;
    if ((!first && isLongVowel(code)) || code === HAMZA || code === codes[codes.length - 1]) return;
    codes.push(code);
  };
  for (const part of parts) {
    // A caller that needs only the skeleton's first letters stops once they are written.
    if (codes.length >= stopAt) break;
    for (let c = 0; c < part.length; c++) {
      const code = part.charCodeAt(c);
      if (code === SPACE || code === ZWNJ || code === HYPHEN || code === DOT) continue;
      // "تش" is how Arabic writes the ch that Persian writes چ.
      if (code === CHE) {
        write(TEH);
        write(SHEEN);
      } else write(soundFold(code));
    }
    ends.push(codes.length);
  }
  return { key: fromCodes(codes), ends };
}

const SPACE = 0x20;
const ZWNJ = 0x200c;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const HAMZA = 0x621; // ء
const CHE = 0x686; // چ
const TEH = 0x62a; // ت
const SHEEN = 0x634; // ش

// Long vowels, dropped after a skeleton's first letter.
function isLongVowel(code: number): boolean {
  return code === 0x627 || code === 0x648 || code === 0x64a; // ا و ي
}

const CHUNK = 4096;

// In slices, so that a long text does not pass more arguments than a call may take.
function fromCodes(codes: readonly number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let k = 0; k < codes.length; k += CHUNK) out += String.fromCharCode(...codes.slice(k, k + CHUNK));
  return out;
}

// SOUND_FOLDS as a table over the Arabic block (every key is in it), built on first use.
const BLOCK = 0x600;
let soundFoldTable: Uint16Array | null = null;

function soundFold(code: number): number {
  if (code < BLOCK || code >= BLOCK + 0x100) return code;
  if (!soundFoldTable) {
    soundFoldTable = new Uint16Array(0x100);
    for (const [from, to] of Object.entries(SOUND_FOLDS)) soundFoldTable[from.charCodeAt(0) - BLOCK] = to.charCodeAt(0);
  }
  return soundFoldTable[code - BLOCK] || code;
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
