import fc from 'fast-check';
import { normalizeShort } from '../../src/dates/plainText';
import { normalizeText } from '../../src/text/normalize';

// normalizeDate folds its short input its own quicker way; the result must be normalizeText's,
// map back included.

const same = (s: string) => {
  const mine = normalizeShort(s);
  const shared = normalizeText(s);
  expect(mine.text).toBe(shared.text);
  expect(Array.from(mine.starts)).toEqual(Array.from(shared.starts));
};

describe('normalizeShort', () => {
  it.each([
    'پنجشنبه ۲۶ شهریور ۱۳۹۴',
    'يوم الاثنين (4 ديسمبر)',
    'الثُّلاثاء الأوّل من شهر تشرين الأول',
    'سه‌شنبه ۱۱ آبان',
    'ﻻ ١٥ سبتمبر\u00a02022',
    'تـــموز 2022',
    'Dec. 4 (Xinhua)',
  ])('folds %s as normalizeText does', same);

  it('agrees with normalizeText on any mix of ASCII, Arabic-block and other units', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x600, max: 0x6ff }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x09, 0x0a, 0x00, 0xa0, 0xad, 0x200c, 0x200f, 0x2013, 0xfefb, 0xd83d, 0xde00, 0x6f1, 0x661),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (codes) => same(String.fromCharCode(...codes))), { numRuns: 5000 });
  });
});
