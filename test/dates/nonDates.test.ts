import { findDates, normalizeDate } from '../../src/dates/index';

const ref = { referenceDate: '2024-05-23' };

describe('text that is not a date', () => {
  it.each(['الذكرى الـ75', 'مجموعة العشرين', 'G20', '0912 345 6789', '2+2', 'المادة 15', 'القرن الحادي والعشرين', 'الدورة الـ78', 'برنامه همکاری ۲۵ ساله', ''])(
    '%s',
    (text) => {
      expect(normalizeDate(text, ref)).toBeNull();
      expect(findDates(text, ref)).toEqual([]);
    },
  );

  it('ambiguous month words count only next to a day or a year', () => {
    expect(findDates('مارس الرئيس ضغوطا كبيرة', ref)).toEqual([]);
    expect(findDates('در مه غلیظ صبحگاهی', ref)).toEqual([]);
    expect(findDates('تیر اول را زد', ref)).toEqual([]);
    expect(findDates('قال أب الضحية', ref)).toEqual([]);
    expect(findDates('دیدار در ۱۰ مه ۲۰۱۶ برگزار شد', ref).map((d) => d.value)).toEqual(['2016-05-10']);
  });

  it('the city of Dushanbe is not Monday', () => {
    expect(findDates('قالیباف تهران را به مقصد دوشنبه ترک کرد', ref)).toEqual([]);
    expect(findDates('در شهر دوشنبه', ref)).toEqual([]);
    expect(findDates('روز دوشنبه دیدار کردند', ref).map((d) => d.value)).toEqual(['2024-05-20']);
  });

  it('a prayer is not a day', () => {
    expect(findDates('ألقى خطبة الجمعة في المسجد', ref)).toEqual([]);
    expect(findDates('امام جمعه تهران گفت', ref)).toEqual([]);
    expect(findDates('التقى الوزير نظيره يوم الجمعة', ref).map((d) => d.value)).toEqual(['2024-05-17']);
  });

  it('a name is not a month', () => {
    expect(findDates('التقى رجب طيب أردوغان', ref)).toEqual([]);
    expect(findDates('به گزارش خبرگزاری مهر، وزیر گفت', ref)).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const s of ['\u200c\u200c', '((((', '١/٢/', '-- --', 'ﻻ', '2024-13-45', '31 فبراير 2024', '9'.repeat(40)]) {
      expect(() => normalizeDate(s, ref)).not.toThrow();
      expect(() => findDates(s, ref)).not.toThrow();
    }
    expect(normalizeDate('31 فبراير 2024', ref)).toBeNull();
  });

  it('checks its arguments', () => {
    expect(() => normalizeDate(42 as unknown as string)).toThrow(TypeError);
    expect(() => findDates('x', { referenceDate: 'yesterday' })).toThrow(RangeError);
  });
});
