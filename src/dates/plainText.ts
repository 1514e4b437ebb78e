import { normalizeText, type NormalizedText } from '../text/normalize';

const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/**
 * `normalizeText` for short strings, skipping the fold when the text is plain ASCII: folding
 * leaves printable ASCII unchanged, so the map back is the identity.
 */
export function normalizeShort(text: string): NormalizedText {
  if (!PLAIN_ASCII.test(text)) return normalizeText(text);
  const starts = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) starts[i] = i;
  return { original: text, text, starts };
}
