import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import { EN_FUTURE_MARKERS } from '../locales/en/dates/markers';
import { AR_FUTURE_MARKERS } from '../locales/ar/dates/markers';
import { FA_FUTURE_MARKERS } from '../locales/fa/dates/markers';

let markers: Map<string, string[][]> | null = null;

function futureMarkers(): Map<string, string[][]> {
  if (markers) return markers;
  const map = new Map<string, string[][]>();
  for (const m of [...AR_FUTURE_MARKERS, ...FA_FUTURE_MARKERS, ...EN_FUTURE_MARKERS]) {
    const words = tokenize(fold(m)).map((t) => t.key);
    if (words.length === 0) continue;
    const list = map.get(words[0]!) ?? [];
    list.push(words.slice(1));
    map.set(words[0]!, list);
  }
  markers = map;
  return map;
}

const CLAUSE_BREAK = /[,،;؛.!?؟:\n]/u;
const REACH = 24;

/**
 * True when the clause around tokens [first, last] is about the future ("will meet on Tuesday",
 * "سيلتقي ... الخميس", "... روز یکشنبه ... دیدار خواهد کرد"): a future marker within the same
 * clause, before or after.
 */
export function inFutureClause(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const map = futureMarkers();
  const hit = (i: number) => {
    const key = tokens[i]!.key;
    // "وسيلتقي", "فسوف": a conjunction glued to the marker.
    const list = map.get(key) ?? (/^[وف]/u.test(key) ? map.get(key.slice(1)) : undefined);
    if (!list) return false;
    return list.some((rest) => rest.every((w, k) => tokens[i + 1 + k]?.key === w));
  };
  for (let i = first - 1, n = 0; i >= 0 && n < REACH; i--, n++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
    if (hit(i)) return true;
  }
  for (let i = last + 1, n = 0; i < tokens.length && n < REACH; i++, n++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
    if (hit(i)) return true;
  }
  return false;
}
