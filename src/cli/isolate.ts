// Embedding, override and isolate controls inside a value could leave the terminal's bidi state
// open and drag the rest of the row into right-to-left order; they are dropped from cell text.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * `text` wrapped as a first-strong isolate, so an Arabic or Persian name is laid out right to
 * left by itself and cannot reorder the cells and separators around it.
 */
export function isolate(text: string): string {
  const clean = text.replace(BIDI_CONTROLS, '');
  return clean === '' ? '' : FIRST_STRONG_ISOLATE + clean + POP_DIRECTIONAL_ISOLATE;
}
