/**
 * A map from words to values that is asked with a piece of a text rather than a string: the
 * reader hashes each word while it scans it (`hashStep`), and the word is compared where it
 * stands, so looking up every word of an input cuts no substring and hashes nothing twice.
 * Built once from a `Map` whose keys are lower case; answers only for words whose key is their own
 * units with A–Z lower-cased (see `hashInPlace` in ./words).
 */
export class WordIndex<T> {
  // Everything a lookup reads lies in one typed array (one object to reach, its parts close
  // together): first `2 * size` numbers of open addressing, slot k holding 1 + the number of
  // its word (0 when empty) and that word's full hash; then where each word's units start
  // (word w at `spans + w`, its end at `spans + w + 1`); then the units, end to end.
  private readonly data: Int32Array;
  private readonly spans: number;
  private readonly values: T[] = [];
  private readonly mask: number;

  constructor(map: ReadonlyMap<string, T>) {
    let size = 16;
    while (size < map.size * 2) size *= 2;
    this.mask = size - 1;
    this.spans = 2 * size;
    let total = 0;
    for (const key of map.keys()) total += key.length;
    const data = new Int32Array(this.spans + map.size + 1 + total);
    let w = 0;
    let at = this.spans + map.size + 1;
    for (const [key, value] of map) {
      let h = HASH_SEED;
      data[this.spans + w] = at;
      for (let k = 0; k < key.length; k++) {
        h = hashStep(h, key.charCodeAt(k));
        data[at++] = key.charCodeAt(k);
      }
      this.values.push(value);
      let slot = slotOf(h) & this.mask;
      while (data[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      data[2 * slot] = ++w;
      data[2 * slot + 1] = h;
    }
    data[this.spans + w] = at;
    this.data = data;
  }

  /** The value of the word text[start, end), whose units (A–Z lower-cased) hash to `hash`. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const data = this.data;
    for (let slot = slotOf(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const n = data[2 * slot]!;
      if (n === 0) return undefined;
      if (data[2 * slot + 1] === hash && this.isWord(n - 1, text, start, end)) return this.values[n - 1];
    }
  }

  /** Word w is text[start, end), A–Z read in lower case. */
  private isWord(w: number, text: string, start: number, end: number): boolean {
    const data = this.data;
    const from = data[this.spans + w]!;
    if (data[this.spans + w + 1]! - from !== end - start) return false;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 0x41 && c <= 0x5a ? c + 32 : c) !== data[from + k - start]) return false;
    }
    return true;
  }
}

/** The hash of the empty word; `hashStep` adds one unit (A–Z already lower-cased). FNV-1a. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

// The slot depends on every unit: FNV's low bits alone mix the last units poorly.
function slotOf(h: number): number {
  return h ^ (h >>> 15);
}
