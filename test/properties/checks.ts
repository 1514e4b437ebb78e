// Invariants every result of the public API must satisfy, whatever the implementation finds.

const ISO_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MODALITIES = ['in-person', 'virtual', 'phone', 'unknown'];
const STATUSES = ['held', 'planned', 'cancelled'];
const PRECISIONS = ['day', 'month', 'year'];
const CALENDARS = ['gregory', 'persian', 'islamic'];

function isRealDay(year: number, month: number, day: number): boolean {
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The first day an ISO date or month or year covers, as `YYYY-MM-DD`, or null when it is not valid ISO. */
function firstDay(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || !isRealDay(Number(m[1]), month, day)) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for `YYYY`, `YYYY-MM`, `YYYY-MM-DD` naming a real date, or an interval `a/b` of two with a ≤ b. */
export function isIsoDateValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = value.split('/');
  if (parts.length === 1) return firstDay(value) !== null;
  if (parts.length !== 2) return false;
  const a = firstDay(parts[0] as string);
  const b = firstDay(parts[1] as string);
  return a !== null && b !== null && a <= b;
}

function isSpanLike(x: Record<string, unknown>): boolean {
  return typeof x.start === 'number' && typeof x.end === 'number' && typeof x.text === 'string';
}

/**
 * Walks a result and returns every broken invariant found: spans that do not cut exactly
 * their text out of the input, invalid ISO values, unknown enum values, confidence outside 0..1.
 */
export function problemsIn(result: unknown, input: string, path = '$'): string[] {
  if (result === null || typeof result !== 'object') return [];
  if (Array.isArray(result)) return result.flatMap((x, i) => problemsIn(x, input, `${path}[${i}]`));
  const o = result as Record<string, unknown>;
  const problems: string[] = [];
  if (isSpanLike(o)) {
    const { start, end, text } = o as { start: number; end: number; text: string };
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
      problems.push(`${path}: span [${start}, ${end}) outside the input of length ${input.length}`);
    } else if (input.slice(start, end) !== text) {
      problems.push(`${path}: span text ${JSON.stringify(text)} is not input.slice(${start}, ${end})`);
    }
  }
  if ('value' in o && 'precision' in o) {
    if (!isIsoDateValue(o.value)) problems.push(`${path}.value ${JSON.stringify(o.value)} is not an ISO date`);
    if (!PRECISIONS.includes(o.precision as string)) problems.push(`${path}.precision ${String(o.precision)}`);
    if (!CALENDARS.includes(o.calendar as string)) problems.push(`${path}.calendar ${String(o.calendar)}`);
  }
  if ('modality' in o && !MODALITIES.includes(o.modality as string)) problems.push(`${path}.modality ${String(o.modality)}`);
  if ('status' in o && 'participants' in o && !STATUSES.includes(o.status as string)) problems.push(`${path}.status ${String(o.status)}`);
  if ('confidence' in o && !(typeof o.confidence === 'number' && o.confidence >= 0 && o.confidence <= 1)) {
    problems.push(`${path}.confidence ${String(o.confidence)}`);
  }
  for (const [k, v] of Object.entries(o)) problems.push(...problemsIn(v, input, `${path}.${k}`));
  return problems;
}
