import { firstStartingAt } from '../text/tokens';

/** Something found in the text, with normalized offsets. */
export interface Spanned {
  readonly start: number;
  readonly end: number;
}

interface Shape {
  length: number;
  /** Sorted by start, and no item ends before it starts: the only lists the fast paths may search. */
  ordered: boolean;
  /** The longest item (end - start). */
  longest: number;
}

// What a list looks like, remembered per list: every candidate of a long document asks about the
// same mention lists. Kept with the list's length, so that a list grown since is looked at again.
let shapes: WeakMap<readonly Spanned[], Shape> | null = null;

function shapeOf(list: readonly Spanned[]): Shape {
  shapes ??= new WeakMap();
  let shape = shapes.get(list);
  if (!shape || shape.length !== list.length) {
    let ordered = true;
    let longest = 0;
    for (let k = 0; k < list.length; k++) {
      const item = list[k]!;
      if (!Number.isFinite(item.start) || !Number.isFinite(item.end) || item.end < item.start) ordered = false;
      else if (k > 0 && item.start < list[k - 1]!.start) ordered = false;
      longest = Math.max(longest, item.end - item.start);
    }
    shape = { length: list.length, ordered, longest };
    shapes.set(list, shape);
  }
  return shape;
}

/**
 * The items lying within [from, to], in list order: `list.filter(x => x.start >= from && x.end <= to)`
 * without reading the whole list when it is sorted by start (mention lists are).
 */
export function itemsWithin<T extends Spanned>(list: readonly T[], from: number, to: number): T[] {
  if (!shapeOf(list).ordered) return list.filter((x) => x.start >= from && x.end <= to);
  const out: T[] = [];
  // Past `to`, an item that ends no earlier than it starts cannot end by `to`.
  for (let k = firstStartingAt(list, from); k < list.length && list[k]!.start <= to; k++) {
    const x = list[k]!;
    if (x.end <= to) out.push(x);
  }
  return out;
}

/**
 * The items covering [start, end], in list order: `list.filter(x => x.start <= start && x.end >= end)`.
 * In a sorted list they start no earlier than `end` minus the longest item.
 */
export function itemsAround<T extends Spanned>(list: readonly T[], start: number, end: number): T[] {
  const shape = shapeOf(list);
  if (!shape.ordered) return list.filter((x) => x.start <= start && x.end >= end);
  const out: T[] = [];
  for (let k = firstStartingAt(list, end - shape.longest); k < list.length && list[k]!.start <= start; k++) {
    const x = list[k]!;
    if (x.end >= end) out.push(x);
  }
  return out;
}

/** The items starting in [from, to), in list order: `list.filter(x => x.start >= from && x.start < to)`. */
export function itemsStartingIn<T extends Spanned>(list: readonly T[], from: number, to: number): T[] {
  if (!shapeOf(list).ordered) return list.filter((x) => x.start >= from && x.start < to);
  const out: T[] = [];
  for (let k = firstStartingAt(list, from); k < list.length && list[k]!.start < to; k++) out.push(list[k]!);
  return out;
}
