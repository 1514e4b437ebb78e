import { normalizeDate } from '../../src/dates/index';

const ref = { referenceDate: '2024-05-23' };
const value = (text: string, options: object = ref) => normalizeDate(text, options)?.value ?? null;

describe('digits and numeric dates', () => {
  it.each([
    ['١٥ سبتمبر ٢٠٢٢', '2022-09-15'],
    ['۱۵ سپتامبر ۲۰۲۲', '2022-09-15'],
    ['١٥ سبتمبر 2022', '2022-09-15'],
  ])('Eastern Arabic, Persian and mixed digits: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['15/09/2022', '2022-09-15'],
    ['15-09-2022', '2022-09-15'],
    ['15.09.2022', '2022-09-15'],
    ['2022/09/15', '2022-09-15'],
    ['2022-09-15', '2022-09-15'],
  ])('dd/mm/yyyy and yyyy/mm/dd: %s', (text, expected) => expect(value(text, { ...ref, language: 'ar' })).toBe(expected));

  it('English numeric dates are month first', () => {
    expect(value('11/22/2020', { ...ref, language: 'en' })).toBe('2020-11-22');
    expect(value('3/3/15', { ...ref, language: 'en' })).toBe('2015-03-03');
  });

  it('a 13xx/14xx year in Persian text is Solar Hijri', () => {
    const v = normalizeDate('۱۴۰۲/۰۵/۳۱', ref);
    expect(v?.value).toBe('2023-08-22');
    expect(v?.calendar).toBe('persian');
  });

  it('a 14xx year in Arabic text is Hijri', () => {
    const v = normalizeDate('14-09-1432 هـ', ref);
    expect(v?.value).toBe('2011-08-14');
    expect(v?.calendar).toBe('islamic');
  });

  it.each([
    ['الأول من مارس', '2024-03-01'],
    ['الخامس من يونيو', '2024-06-05'],
    ['اول آبان', '2024-10-22'],
    ['سوم شهریور ۱۳۹۴', '2015-08-25'],
    ['بیست و سوم اردیبهشت ۱۳۸۹', '2010-05-13'],
    ['the first of May', '2024-05-01'],
    ['March 3rd 2015', '2015-03-03'],
  ])('ordinals and number words for days: %s', (text, expected) => expect(value(text)).toBe(expected));
});

describe('ranges', () => {
  it.each([
    ['من 3 إلى 5 مايو', '2024-05-03/2024-05-05'],
    ['3–5 May', '2024-05-03/2024-05-05'],
    ['بين 12 و14 أيلول', '2024-09-12/2024-09-14'],
    ['۲۰۲۴-۲۰۲۵', '2024/2025'],
  ])('%s', (text, expected) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.start?.value).toBe(expected.split('/')[0]);
    expect(v?.end?.value).toBe(expected.split('/')[1]);
  });
});

describe('plain ASCII input', () => {
  it('maps spans the same way as folded input', () => {
    const v = normalizeDate('talks on  Dec. 4, 2023 in Beijing', ref);
    expect(v?.span).toEqual({ start: 10, end: 22, text: 'Dec. 4, 2023' });
  });
});
