import { normalizeText, type NormalizedText } from '../text/normalize';

/**
 * `normalizeText` for short strings, skipping the fold when the text is plain ASCII: folding
 * leaves printable ASCII unchanged, so the map back is the identity.
 */
export function normalizeShort(text: string): NormalizedText {
  if (!plainAscii(text)) return normalizeText(text);
  return { original: text, text, starts: identity(text.length + 1) };
}

/** Only printable ASCII, tabs and line breaks (a loop: quicker than a regex on short strings). */
function plainAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

// The identity map of a given length is the same every time, and the date code only reads it:
// short lengths share one array each rather than allocating per call.
let identities: Uint32Array[] | null = null;

function identity(length: number): Uint32Array {
  if (length > 256) return fillIdentity(length);
  identities ??= [];
  return (identities[length] ??= fillIdentity(length));
}

function fillIdentity(length: number): Uint32Array {
  const starts = new Uint32Array(length);
  for (let i = 0; i < length; i++) starts[i] = i;
  return starts;
}
