import fc from 'fast-check';
import { findPeople, nameKey, sameName } from '../../src/people/index';

// Pieces of news text, so that random strings reach titles, names, proclitics and quotes.
const PIECES = [
  'الرئيس', 'الصيني', 'شي', 'جين', 'بينغ', 'ووانغ', 'يي', 'بن', 'آل', 'وزير', 'الخارجية', 'نظيره', 'الروسي', '،', '.', '«', '»',
  'رئیس‌جمهور', 'ایران', 'همتای', 'خود', 'حسین', 'امیر\u200cعبداللهیان', 'President', 'Xi', 'Jinping', 'his', 'counterpart', 'Mr.',
  'Al-Faisal', ',', 'also present were', 'حضر الاجتماع', 'و', ' ', '\n', 'ً', '\u200c',
];

const newsLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(' '));

describe('findPeople properties', () => {
  it('never throws and every span cuts its own text out of the input', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        for (const p of findPeople(text)) {
          if (!p.span) continue;
          if (text.slice(p.span.start, p.span.end) !== p.span.text) return false;
          if (p.name !== null && p.name.trim() === '') return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('sameName is symmetric and agrees with nameKey', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), (a, b) => {
        if (sameName(a, b) !== sameName(b, a)) return false;
        return !(nameKey(a) !== '' && nameKey(a) === nameKey(b)) || sameName(a, b);
      }),
      { numRuns: 200 },
    );
  });
});
