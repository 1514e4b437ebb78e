import type { Document } from '../pipeline/document';
import type { Day } from '../common/day';
import type { DateMention, Dateline } from './types';

const REPORT_PREFIX = /^(به گزارش|بنا بر گزارش|according to)\s+/iu;

// Words a dateline without a date runs to before its closing mark ("کابل، ۲ جوزا ۱۴۰۳ (باختر):").
const DATELINE_WORDS = 8;

function wordsIn(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Reads the dateline of a wire story: "CITY[, COUNTRY] DATE (AGENCY) --", "تهران- ایرنا- DATE-",
 * "به گزارش AGENCY، DATE -", "بكين:". The date is the first date expression of the opening line
 * when at most a few words come before it.
 */
export function findDatelineIn(doc: Document, mentions: (doc: Document, anchor: Day | null) => DateMention[]): Dateline | null {
  const text = doc.text;
  const nl = text.indexOf('\n');
  const lineEnd = nl < 0 ? text.length : nl;
  const head = text.slice(0, Math.min(lineEnd, 160));
  if (head.trim() === '') return null;
  const all = mentions(doc, doc.options.reference);
  const first = all[0];
  const lead = first ? text.slice(0, first.start) : '';
  const leadWords = wordsIn(lead);
  const report = REPORT_PREFIX.exec(head);
  const stated = first ? first.value.known.month && first.value.known.day && datelineShaped(text, first) : false;
  const date = first && stated && first.start < 70 && leadWords <= 6 && first.value.precision === 'day' ? first : null;
  // The opening segment ends at the agency's parenthesis, a double dash, or a colon, a few words
  // in: a colon after a whole clause ("رئیسی در دیدار ... گفت:") opens a quote, not a story.
  const mark = head.search(/\)|--|—|:|\s-\s/u);
  const close = mark >= 0 && (date || wordsIn(head.slice(0, mark)) <= DATELINE_WORDS) ? mark : -1;
  if (!date && close < 0 && !/^\p{L}+\s?-\s?\p{L}+\s?-/u.test(head)) return null;
  let end = date ? date.end : close >= 0 ? close : 0;
  let agency: string | null = null;
  const rest = text.slice(end, Math.min(lineEnd, end + 40));
  const paren = /^\s*[-،,]?\s*\(([^)]{1,30})\)/u.exec(rest) ?? /^\s*\/\s*([^/]{1,20})\s*\//u.exec(rest);
  if (paren) {
    agency = paren[1]!.trim();
    end += paren[0].length;
  } else if (!date && close >= 0) {
    const p = /\(([^)]{1,30})\)/u.exec(head.slice(0, close + 1));
    if (p) agency = p[1]!.trim();
    end = close + 1;
  }
  let placeStart: number | null = null;
  let placeEnd: number | null = null;
  if (report) {
    const ag = /^(به گزارش|بنا بر گزارش|according to)\s+([^،,]{1,40})/iu.exec(head);
    if (ag) agency = ag[2]!.replace(/^خبرگزاری\s+/u, '').trim();
  } else {
    const dashed = /^(\p{L}{2,20})\s?-\s?(\p{L}{2,20})\s?-/u.exec(head);
    const placeText = date ? lead : head.slice(0, Math.max(0, head.search(/[(:]|--|\s-\s/u)));
    if (dashed && (!date || date.start >= dashed[0].length)) {
      placeStart = 0;
      placeEnd = dashed[1]!.length;
      agency ??= dashed[2]!;
    } else if (placeText.trim() !== '') {
      const cleaned = placeText.replace(/[\s,،\-]*(في)?[\s,،\-]*$/u, '');
      placeStart = 0;
      placeEnd = cleaned.length;
    }
  }
  return { start: 0, end, placeStart, placeEnd, date, agency };
}

/** A dateline date is set off: "CITY, DATE", "CITY - DATE", or followed by the agency "(", "/", "-", "الموافق". */
function datelineShaped(text: string, m: DateMention): boolean {
  const before = text.slice(0, m.start).trimEnd();
  const after = text.slice(m.end, m.end + 12);
  if (before === '' || /[،,\-:]$/u.test(before) || /(^|\s)(في|در)$/u.test(before) && before.split(/\s+/u).length <= 3) return true;
  return /^\s*(\(|-|–|—|\/|الموافق|،\s*\p{L}+\s*-)/u.test(after) || /^\s*,\s*\p{Lu}{2,}/u.test(after);
}
