import { fold, normalizeText, type NormalizedText } from '../text/normalize';

/**
 * `normalizeText` for short strings. Plain ASCII skips the fold (folding leaves printable ASCII
 * unchanged, so the map back is the identity); text of ASCII and the Arabic block, most Arabic
 * and Persian input, is folded unit by unit from a table read off `fold` itself; anything else
 * takes `normalizeText`.
 */
export function normalizeShort(text: string): NormalizedText {
  if (plainAscii(text)) return { original: text, text, starts: identity(text.length + 1) };
  return foldArabicBlock(text) ?? normalizeText(text);
}

/** Only printable ASCII, tabs and line breaks (a loop: quicker than a regex on short strings). */
function plainAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

const DROP = 0xffff;
const OTHER = 0xfffe;
const SHORT = 256;

// What `fold` makes of each unit of the Arabic block (U+0600–U+06FF): one unit, DROP when it
// removes it, OTHER if it ever gave more than one unit (that text then takes `normalizeText`).
// Read once from `fold`, so that the folding rules stay in one place.
let arabicFolds: Uint16Array | null = null;

function arabicFoldTable(): Uint16Array {
  if (arabicFolds) return arabicFolds;
  const table = new Uint16Array(0x100);
  for (let cp = 0x600; cp <= 0x6ff; cp++) {
    const f = fold(String.fromCharCode(cp));
    table[cp - 0x600] = f.length === 0 ? DROP : f.length === 1 ? f.charCodeAt(0) : OTHER;
  }
  arabicFolds = table;
  return table;
}

/**
 * The fold of a short text made of ASCII and Arabic-block units, or null for other text. Below
 * U+0600 `normalizeText` changes only the no-break space and the soft hyphen (those go the long
 * way too); in the block each unit folds to one unit or none. Built as an array of codes and made
 * a string once: pieces joined together cost more on these short inputs.
 */
function foldArabicBlock(text: string): NormalizedText | null {
  const length = text.length;
  if (length > SHORT) return null;
  const table = arabicFoldTable();
  const codes: number[] = [];
  let changed = false;
  let dropped = false;
  for (let k = 0; k < length; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x600) {
      if (c > 0x6ff) return null;
      const f = table[c - 0x600]!;
      if (f === OTHER) return null;
      if (f !== c) {
        changed = true;
        if (f === DROP) {
          dropped = true;
          continue;
        }
        c = f;
      }
    } else if (c === 0xa0 || c === 0xad) return null;
    codes.push(c);
  }
  if (!changed) return { original: text, text, starts: identity(length + 1) };
  const folded = String.fromCharCode.apply(null, codes);
  return { original: text, text: folded, starts: dropped ? startsAfterDrops(text, table, codes.length) : identity(length + 1) };
}

/** The map back of a fold that dropped units: each kept unit starts where it stood; dropped ones join the unit before. */
function startsAfterDrops(text: string, table: Uint16Array, kept: number): Uint32Array {
  const starts = new Uint32Array(kept + 1);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x600 || table[c - 0x600] !== DROP) starts[n++] = k;
  }
  starts[n] = text.length;
  return starts;
}

// The identity map of a given length is the same every time, and the date code only reads it:
// short lengths share one array each rather than allocating per call.
let identities: Uint32Array[] | null = null;

function identity(length: number): Uint32Array {
  if (length > SHORT + 1) return fillIdentity(length);
  identities ??= [];
  return (identities[length] ??= fillIdentity(length));
}

function fillIdentity(length: number): Uint32Array {
  const starts = new Uint32Array(length);
  for (let i = 0; i < length; i++) starts[i] = i;
  return starts;
}
