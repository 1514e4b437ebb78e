import { fold, normalizeText, type NormalizedText } from '../text/normalize';

/**
 * `normalizeText` for short strings. Text of ASCII and the Arabic block (nearly all Arabic,
 * Persian and English input) is folded unit by unit from a table read off `fold` itself, in one
 * pass that builds nothing until a unit changes; anything else takes `normalizeText`. The map
 * back (`starts`) may be shared with later calls: read it before calling again.
 */
export function normalizeShort(text: string): NormalizedText {
  if (text.length <= SHORT) return foldArabicBlock(text) ?? normalizeText(text);
  // Folding leaves printable ASCII unchanged, so the map back of such text is the identity.
  return plainAscii(text) ? { original: text, text, starts: identity(text.length + 1) } : normalizeText(text);
}

/** Only printable ASCII, tabs and line breaks (a loop: quicker than a regex). */
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
 * way too); in the block each unit folds to one unit or none. The units before the first change
 * are only checked; from there on they are gathered as codes and made a string once: a string
 * joined from slices is a tree of pieces, which every later read of the text pays for.
 */
function foldArabicBlock(text: string): NormalizedText | null {
  const length = text.length;
  const table = arabicFoldTable();
  let k = 0;
  for (; k < length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x600) {
      if (c === 0xa0 || c === 0xad) return null;
    } else if (c > 0x6ff || table[c - 0x600] !== c) break;
  }
  if (k === length) return { original: text, text, starts: identity(length + 1) };
  const codes: number[] = [];
  for (let n = 0; n < k; n++) codes.push(text.charCodeAt(n));
  let dropped = false;
  for (; k < length; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x600) {
      if (c > 0x6ff) return null;
      const f = table[c - 0x600]!;
      if (f === OTHER) return null;
      if (f === DROP) {
        dropped = true;
        continue;
      }
      c = f;
    } else if (c === 0xa0 || c === 0xad) return null;
    codes.push(c);
  }
  const out = String.fromCharCode.apply(null, codes);
  return { original: text, text: out, starts: dropped ? startsAfterDrops(text, table, codes.length) : identity(length + 1) };
}

// A new typed array costs more than a whole fold: the map back of a fold that dropped units is
// written into an array kept for its length, shared by calls. normalizeDate reads it before it
// returns; any other caller must do the same.
let dropMaps: Uint32Array[] | null = null;

/** The map back of a fold that dropped units: each kept unit starts where it stood; dropped ones join the unit before. */
function startsAfterDrops(text: string, table: Uint16Array, kept: number): Uint32Array {
  dropMaps ??= [];
  const starts = (dropMaps[kept + 1] ??= new Uint32Array(kept + 1));
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
