import fc from 'fast-check';
import { CARD_BIT, INT_BIT, MARKER_BIT, MONTH_BIT, PERIOD_BIT, POD_BIT, RELYEAR_BIT, UNIT_BIT, WEEKDAY_BIT, kindBit, readAtoms, readTextAtoms } from '../../src/dates/atoms';
import { normalizeText } from '../../src/text/normalize';
import { tokenize } from '../../src/text/tokens';

// normalizeDate reads the atoms of its short input straight off the text; documents read them
// from the token list. Both must give the same atoms, phrases and proclitics included.

const viaTokens = (text: string) => readAtoms(text, tokenize(text));

const SENTENCES = [
  'الخميس 15 سبتمبر 2022',
  'وفي الأسبوع الماضي التقى الوزير نظيره',
  'من 3 إلى 5 مايو',
  'پنجشنبه ۲۶ شهریور ۱۳۹۴ ساعت ۱۱ و ۰۱ دقیقه',
  'سه‌شنبه گذشته و سه شنبه آینده',
  "the 3rd closest xmas to today, New Year's Day",
  'Dec. 4 - BEIJING (Xinhua) -- 14april and Feb13',
  'بعد غد، وللأسبوع المقبل، و12 أيلول/سبتمبر',
  'Eid al-Fitr 1950; laylat al kadr 2017; ÉTÉ İstanbul Ωmega',
  'الثالث والعشرين من شهر تشرين الاول 2014م',
  '1st 2nd 23rd ب12 و2015 20th-21st',
  'x😀y  -  \u200c  new   year',
];

const CHARS = [' ', '-', '.', "'", '\u2019', ',', '/', '(', 'a', 'N', 'e', 'w', 'y', 'r', '1', '2', 'ا', 'ل', 'و', 'م', 'س', 'Ö', 'İ', '\u{1F600}', '\u0651'];

describe('readTextAtoms', () => {
  it.each(SENTENCES)('reads %s as the token reader does', (s) => {
    const text = normalizeText(s).text;
    expect(readTextAtoms(text)).toEqual(viaTokens(text));
  });

  it('agrees with the token reader on random text', () => {
    const words = fc.array(fc.constantFrom(...CHARS, ' new year ', ' day after tomorrow ', ' بعد غد ', ' 5 may '), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(fc.property(words, (s) => {
      const text = normalizeText(s).text;
      expect(readTextAtoms(text)).toEqual(viaTokens(text));
    }), { numRuns: 3000 });
  });

  it('finds phrases across a light gap only', () => {
    const text = 'day  after - tomorrow';
    expect(readTextAtoms(text)).toHaveLength(1);
    expect(readTextAtoms(text)[0]!.end).toBe(text.length);
    expect(readTextAtoms('day after, tomorrow')).toHaveLength(3);
  });
});

describe('kind bits', () => {
  it('the constants are the bits of their kinds', () => {
    expect([MONTH_BIT, WEEKDAY_BIT, CARD_BIT, RELYEAR_BIT, UNIT_BIT, POD_BIT, PERIOD_BIT, MARKER_BIT]).toEqual(
      (['month', 'weekday', 'card', 'relyear', 'unit', 'pod', 'period', 'marker'] as const).map((k) => kindBit(k)),
    );
  });

  it('an atom carries the bits of its senses', () => {
    for (const a of readTextAtoms(normalizeText('الخميس الماضي صباحا، 15 أيلول وthe day after tomorrow').text)) {
      expect(a.kinds & ~INT_BIT).toBe(a.senses.reduce((bits, s) => bits | kindBit(s.k), 0));
    }
  });

  it('an atom carries the bits of every atom from it to the last, read either way', () => {
    const text = normalizeText('يوم الخميس الماضي صباحا، 15 أيلول 2022 and the day after tomorrow').text;
    for (const atoms of [readTextAtoms(text), viaTokens(text)]) {
      atoms.forEach((a, k) => expect(a.after).toBe(atoms.slice(k).reduce((bits, b) => bits | b.kinds, 0)));
      expect(atoms[0]!.after & (WEEKDAY_BIT | POD_BIT | MONTH_BIT | INT_BIT)).toBe(WEEKDAY_BIT | POD_BIT | MONTH_BIT | INT_BIT);
    }
  });
});
