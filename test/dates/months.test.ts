import { normalizeDate } from '../../src/dates/index';

const ref = { referenceDate: '2024-05-23' };
const value = (text: string, options: object = ref) => normalizeDate(text, options)?.value ?? null;

describe('Gregorian month names', () => {
  it.each([
    ['15 يناير 2024', '2024-01-15'],
    ['3 إبريل 2024', '2024-04-03'],
    ['3 أبريل 2024', '2024-04-03'],
    ['5 يوليه 2023', '2023-07-05'],
    ['5 يوليو 2023', '2023-07-05'],
    ['12 أغسطس 2023', '2023-08-12'],
    ['12 اغسطس 2023', '2023-08-12'],
  ])('Egyptian/Gulf: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['3 كانون الثاني 2024', '2024-01-03'],
    ['14 شباط 2024', '2024-02-14'],
    ['5 آذار 2023', '2023-03-05'],
    ['7 نيسان 2023', '2023-04-07'],
    ['9 أيار 2023', '2023-05-09'],
    ['1 حزيران 2023', '2023-06-01'],
    ['17 تموز 2023', '2023-07-17'],
    ['4 آب 2023', '2023-08-04'],
    ['3 تشرين الأول 2023', '2023-10-03'],
    ['30 تشرين الثاني 2023', '2023-11-30'],
    ['25 كانون الأول 2023', '2023-12-25'],
  ])('Levantine/Iraqi: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['24 سبتمبر/أيلول 2011', '2011-09-24'],
    ['17 آذار/مارس 2020', '2020-03-17'],
    ['تشرين الأول/أكتوبر 2010', '2010-10'],
  ])('both names together: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['10 ماي 2024', '2024-05-10'],
    ['4 يوليوز 2024', '2024-07-04'],
    ['20 غشت 2024', '2024-08-20'],
    ['29 شتنبر 2018', '2018-09-29'],
    ['15 نونبر 2018', '2018-11-15'],
    ['5 دجنبر 2018', '2018-12-05'],
    ['21 جانفي 2015', '2015-01-21'],
    ['3 فيفري 2015', '2015-02-03'],
    ['9 أفريل 2015', '2015-04-09'],
    ['6 جوان 2015', '2015-06-06'],
    ['2 جويلية 2015', '2015-07-02'],
    ['15 أوت 2015', '2015-08-15'],
  ])('Maghrebi and Tunisian: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['۸ ژانویه ۲۰۱۶', '2016-01-08'],
    ['۲ فوریه ۲۰۱۶', '2016-02-02'],
    ['۱۵ مارس ۲۰۱۶', '2016-03-15'],
    ['۱ آوریل ۲۰۱۶', '2016-04-01'],
    ['۱۰ مه ۲۰۱۶', '2016-05-10'],
    ['۱۰ می ۲۰۱۶', '2016-05-10'],
    ['۲۴ ژوئن ۲۰۲۰', '2020-06-24'],
    ['۱۴ ژوئیه ۲۰۲۰', '2020-07-14'],
    ['۲۲ اوت ۲۰۲۴', '2024-08-22'],
    ['۲۲ آگوست ۲۰۲۴', '2024-08-22'],
    ['۵ سپتامبر ۲۰۲۰', '2020-09-05'],
    ['۳ اکتبر ۲۰۲۰', '2020-10-03'],
    ['۴ نوامبر ۲۰۲۰', '2020-11-04'],
    ['۲۵ دسامبر ۲۰۲۰', '2020-12-25'],
  ])('Persian transliterations: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['۸ جنوری ۲۰۲۲', '2022-01-08'],
    ['۱ فبروری ۲۰۲۲', '2022-02-01'],
    ['۳ مارچ ۲۰۲۲', '2022-03-03'],
    ['۴ اپریل ۲۰۲۲', '2022-04-04'],
    ['۶ جون ۲۰۲۲', '2022-06-06'],
    ['۷ جولای ۲۰۲۲', '2022-07-07'],
    ['۸ اگست ۲۰۲۲', '2022-08-08'],
    ['۹ سپتمبر ۲۰۲۲', '2022-09-09'],
    ['۱۰ اکتوبر ۲۰۲۲', '2022-10-10'],
    ['۱۱ نومبر ۲۰۲۲', '2022-11-11'],
    ['۱۲ دسمبر ۲۰۲۲', '2022-12-12'],
  ])('Dari: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['Dec. 4', '2024-12-04'],
    ['Dec 4', '2024-12-04'],
    ['4 December', '2024-12-04'],
    ['December 4, 2023', '2023-12-04'],
    ['Sept. 15, 2022', '2022-09-15'],
    ['the first of May', '2024-05-01'],
    ['October 2014', '2014-10'],
  ])('English: %s', (text, expected) => expect(value(text)).toBe(expected));

  it('a month without year takes the reference year', () => {
    expect(value('19 مارس', { referenceDate: '2019-03-19' })).toBe('2019-03-19');
    expect(value('Jan. 8', { referenceDate: '2018-01-08' })).toBe('2018-01-08');
  });

  it('a bare month is a month', () => {
    const v = normalizeDate('شهر يناير الماضي', ref);
    expect(v?.value).toBe('2024-01');
    expect(v?.precision).toBe('month');
  });
});

describe('Solar Hijri and Islamic calendars', () => {
  it.each([
    ['۲۹ تیر ۱۴۰۱', '2022-07-20'],
    ['۲۶ مرداد ۱۴۰۲', '2023-08-17'],
    ['۲۵ اسفند ۱۳۹۸', '2020-03-15'],
    ['۲۲ شهریور ماه ۱۴۰۱', '2022-09-13'],
    ['۱ فروردین ۱۴۰۲', '2023-03-21'],
  ])('Solar Hijri: %s', (text, expected) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.calendar).toBe('persian');
  });

  it.each([
    ['۱۸ جدی ۱۴۰۰', '2022-01-08'],
    ['۱ حمل ۱۴۰۲', '2023-03-21'],
    ['۱۵ ماه میزان ۱۴۰۱', '2022-10-07'],
  ])('Afghan month names: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['۱۴۰۲ هجری شمسی', '2023', 'persian'],
    ['۱۴۰۲ ه.ش', '2023', 'persian'],
    ['1445 هـ', '2023', 'islamic'],
    ['1443 ه.ق', '2021', 'islamic'],
    ['1445 AH', '2023', 'islamic'],
  ])('years with era markers: %s', (text, expected, calendar) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.precision).toBe('year');
    expect(v?.calendar).toBe(calendar);
  });

  it.each([
    ['٨ جمادى الأولى ١٤٤٦ هـ', '2024-11-10'],
    ['27 شوال 1438 هـ', '2017-07-21'],
    ['1 رمضان 1445', '2024-03-11'],
    ['Dhul Hijjah 16, 1443', '2022-07-15'],
    ['10 ذو الحجة 1445', '2024-06-16'],
    ['15 ربيع الأول 1445', '2023-09-30'],
  ])('Islamic (Umm al-Qura): %s', (text, expected) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.calendar).toBe('islamic');
  });

  it('a Solar Hijri or Hijri date without a year takes the reference year of its calendar', () => {
    // 2024-05-23 is in Solar Hijri 1403 and Hijri 1445.
    expect(value('۱۵ مرداد')).toBe('2024-08-05');
    expect(value('۲۶ خرداد', { referenceDate: '2023-08-17' })).toBe('2023-06-16');
    expect(value('15 ربيع الأول')).toBe('2023-09-30');
  });

  it('a Hijri month without a day covers its days', () => {
    const v = normalizeDate('رمضان 1445', ref);
    expect(v?.value).toBe('2024-03-11/2024-04-09');
    expect(v?.precision).toBe('month');
  });
});
