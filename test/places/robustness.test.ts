import fc from 'fast-check';
import { findPlaces } from '../../src/places/index';

// Letters, marks and punctuation that the place rules look at, so that random text reaches them.
const PIECES = [
  'في', 'ب', 'بال', 'قصر', 'مجمع', 'المطار', 'هنا', 'العاصمة', 'الصينية', 'بكين', 'عمان', 'در', 'دوشنبه', 'آستانه', 'پایتخت',
  'کاخ', 'محل اقامت', 'به گزارش', 'از', 'at the', 'in', 'Palace', 'Great Hall', 'here', 'capital', 'U.S.', 'St.', 'Novo-Ogaryovo',
  'BEIJING', ',', '،', ':', '-', '(', ')', '\n', ' ', '\u200c', '\u064e', '٢٠', '15', 'ـ',
];

describe('findPlaces on arbitrary text', () => {
  it('never throws and always returns spans that slice the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const places = findPlaces(text);
        for (const p of places) {
          if (!p.span) return false;
          if (text.slice(p.span.start, p.span.end) !== p.span.text) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
