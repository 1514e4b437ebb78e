import type { DatePreference, ExtractOptions, Language, PersonEntryInput, PlaceEntryInput, Role } from './types';
import { isValidDay, type Day } from './common/day';

export interface ResolvedOptions {
  reference: Day | null;
  language: Language | null;
  prefer: DatePreference | null;
  people: readonly PersonEntryInput[];
  places: readonly PlaceEntryInput[];
}

// Most calls pass no entries of their own: one shared empty list, never written to.
const NO_ENTRIES: readonly never[] = Object.freeze([]);

const LANGUAGES: readonly string[] = ['ar', 'fa', 'en'];
const PREFERENCES: readonly string[] = ['past', 'future', 'nearest'];
const ROLES: readonly string[] = [
  'head-of-state', 'head-of-government', 'foreign-minister', 'minister', 'monarch', 'crown-prince',
  'diplomat', 'official', 'party-leader', 'organization-head', 'other',
];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}` : `a ${typeof value}`;
}

/** Throws a TypeError naming the argument unless `text` is a string. */
export function assertText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${fn}: argument \`text\` must be a string, got ${describe(text)}`);
}

let lastReference: { text: string; day: Day } | null = null;

/**
 * Reads a reference date. A `Date` is read in UTC (so results do not depend on the process
 * time zone); a string must be ISO 8601 and its calendar day is taken as written.
 */
export function parseReferenceDate(fn: string, value: unknown): Day | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new RangeError(`${fn}: option \`referenceDate\` is an invalid Date`);
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: option \`referenceDate\` must be a Date or an ISO 8601 string, got ${describe(value)}`);
  }
  // Batch callers pass the same reference string again and again.
  if (lastReference && lastReference.text === value) {
    const d = lastReference.day;
    return { year: d.year, month: d.month, day: d.day };
  }
  const plain = plainIsoDay(value);
  if (plain) return plain;
  const m = ISO_DAY.exec(value.trim());
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`${fn}: option \`referenceDate\` must be an ISO 8601 date such as "2024-05-20", got ${describe(value)}`);
  }
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  lastReference = { text: value, day };
  return { year: day.year, month: day.month, day: day.day };
}

/** "2024-05-20" read digit by digit (the usual form, without the cost of a regex); null otherwise. */
function plainIsoDay(value: string): Day | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The number written by `count` ASCII digits from `from`, or -1. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let k = from; k < from + count; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function checkEntries(fn: string, name: 'people' | 'places', value: unknown): readonly PersonEntryInput[] | readonly PlaceEntryInput[] {
  if (value === undefined || value === null) return NO_ENTRIES;
  if (!Array.isArray(value)) throw new TypeError(`${fn}: option \`${name}\` must be an array, got ${describe(value)}`);
  value.forEach((entry, i) => {
    const where = `${fn}: option \`${name}[${i}]\``;
    if (typeof entry !== 'object' || entry === null) throw new TypeError(`${where} must be an object, got ${describe(entry)}`);
    const e = entry as Record<string, unknown>;
    if (typeof e.canonical !== 'string' || e.canonical.trim() === '') throw new TypeError(`${where}.canonical must be a non-empty string`);
    if (!Array.isArray(e.names) || !e.names.every((n) => typeof n === 'string')) throw new TypeError(`${where}.names must be an array of strings`);
    if (e.country != null && (typeof e.country !== 'string' || !/^[A-Z]{2}$/.test(e.country))) {
      throw new RangeError(`${where}.country must be an ISO 3166-1 alpha-2 code such as "CN"`);
    }
    if (name === 'people' && e.role != null && (typeof e.role !== 'string' || !ROLES.includes(e.role))) {
      throw new RangeError(`${where}.role must be one of ${ROLES.join(', ')}`);
    }
  });
  return value as PersonEntryInput[];
}

/** Validates the options object of any public function; unknown keys are ignored. */
export function resolveOptions(fn: string, options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return { reference: null, language: null, prefer: null, people: NO_ENTRIES, places: NO_ENTRIES };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument \`options\` must be an object, got ${describe(options)}`);
  }
  const o = options as ExtractOptions & Record<string, unknown>;
  const reference = parseReferenceDate(fn, o.referenceDate);
  let language: Language | null = null;
  if (o.language !== undefined && o.language !== null) {
    if (typeof o.language !== 'string' || !LANGUAGES.includes(o.language)) {
      throw new RangeError(`${fn}: option \`language\` must be 'ar', 'fa' or 'en', got ${describe(o.language)}`);
    }
    language = o.language as Language;
  }
  let prefer: DatePreference | null = null;
  if (o.prefer !== undefined && o.prefer !== null) {
    if (typeof o.prefer !== 'string' || !PREFERENCES.includes(o.prefer)) {
      throw new RangeError(`${fn}: option \`prefer\` must be 'past', 'future' or 'nearest', got ${describe(o.prefer)}`);
    }
    prefer = o.prefer as DatePreference;
  }
  return {
    reference,
    language,
    prefer,
    people: checkEntries(fn, 'people', o.people) as readonly PersonEntryInput[],
    places: checkEntries(fn, 'places', o.places) as readonly PlaceEntryInput[],
  };
}

export type { Role };
