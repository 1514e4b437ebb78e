import fc from 'fast-check';
import { findDates } from '../../src/dates/index';

const summary = (text: string, referenceDate?: string) =>
  findDates(text, referenceDate ? { referenceDate } : undefined).map((d) => [d.span!.text, d.value]);

describe('findDates on articles', () => {
  it('resolves relative dates against the dateline', () => {
    const text = 'سمرقند، أوزبكستان 15 سبتمبر 2022 (شينخوا) التقى الرئيس الصيني بعد ظهر يوم الخميس بالرئيس البيلاروسي.';
    expect(summary(text, '2022-09-20')).toEqual([
      ['15 سبتمبر 2022', '2022-09-15'],
      ['بعد ظهر يوم الخميس', '2022-09-15'],
    ]);
    expect(findDates(text)[1]?.partOfDay).toBe('afternoon');
  });

  it('takes the year of a year-less dateline from the reference', () => {
    const text = 'BEIJING, Dec. 4 (Xinhua) -- Chinese President Xi Jinping met his guest on Monday. They will meet again on Wednesday.';
    expect(summary(text, '2023-12-05')).toEqual([
      ['Dec. 4', '2023-12-04'],
      ['Monday', '2023-12-04'],
      ['Wednesday', '2023-12-06'],
    ]);
  });

  it('reads a Solar Hijri dateline', () => {
    const text = 'تهران- ایرنا- ۲۹ تیر ۱۴۰۱- وزیر امور خارجه دیروز با همتای خود دیدار کرد.';
    expect(summary(text)).toEqual([
      ['۲۹ تیر ۱۴۰۱', '2022-07-20'],
      ['دیروز', '2022-07-19'],
    ]);
  });

  it('falls back on the reference date without a dateline', () => {
    expect(summary('التقى الرئيس نظيره اليوم (الجمعة) في بكين.', '2022-12-30')).toEqual([['اليوم (الجمعة)', '2022-12-30']]);
  });

  it('reports composite expressions as one result with one span', () => {
    const ref = '2024-05-20';
    expect(summary('التقى الزعيمان يوم الاثنين (4 ديسمبر) في بكين.', '2023-12-05')).toEqual([['يوم الاثنين (4 ديسمبر)', '2023-12-04']]);
    expect(summary('ظریف امروز (یکشنبه ۲۵ اسفند ۱۳۹۸) گفت', ref)).toEqual([['امروز (یکشنبه ۲۵ اسفند ۱۳۹۸)', '2020-03-15']]);
    expect(summary('پین عصر دیروز (چهارشنبه) با ظریف دیدار کرد', '2019-09-26')).toEqual([['عصر دیروز (چهارشنبه)', '2019-09-25']]);
    expect(summary('التقى أمس الأربعاء 21 جانفي بقصر باردو', '2015-01-22')).toEqual([['أمس الأربعاء 21 جانفي', '2015-01-21']]);
    expect(summary('وكانت العلاقات قد تعززت منذ شهر يناير الماضي', ref)).toEqual([['شهر يناير الماضي', '2024-01']]);
    expect(summary('منذ عام 2022 والتعاون يتوسع', ref)).toEqual([['عام 2022', '2022']]);
  });

  it('resolves a bare weekday backwards in a report and forwards in a planned clause', () => {
    const ref = '2024-05-22'; // a Wednesday
    expect(summary('التقى الوزيران يوم الاثنين في الرياض.', ref)).toEqual([['يوم الاثنين', '2024-05-20']]);
    expect(summary('وسيلتقي الوزيران يوم الاثنين في الرياض.', ref)).toEqual([['يوم الاثنين', '2024-05-27']]);
    expect(summary('دو وزیر روز دوشنبه در تهران دیدار خواهند کرد.', ref)).toEqual([['روز دوشنبه', '2024-05-27']]);
    expect(summary('The ministers met on Monday.', ref)).toEqual([['Monday', '2024-05-20']]);
    expect(summary('The ministers will meet on Monday.', ref)).toEqual([['Monday', '2024-05-27']]);
    expect(summary('The ministers will meet on Monday.', ref)).toEqual([['Monday', '2024-05-27']]);
    expect(findDates('The ministers will meet on Monday.', { referenceDate: ref, prefer: 'past' })[0]?.value).toBe('2024-05-20');
  });

  it('keeps spans exact in the caller text whatever the folding', () => {
    const text = 'التقى الرئيـــس\u200f يومَ الإثنين (٤ ديسمبر) في بكين، وقال سه‌شنبه ۲۲ آگوست';
    for (const d of findDates(text, { referenceDate: '2023-12-05' })) {
      expect(text.slice(d.span!.start, d.span!.end)).toBe(d.span!.text);
      expect(d.text).toBe(d.span!.text);
    }
    expect(findDates(text, { referenceDate: '2023-12-05' })[0]?.span?.text).toBe('يومَ الإثنين (٤ ديسمبر)');
  });

  it('keeps spans exact on any input (property)', () => {
    const pieces = ['يوم ', 'الخميس', ' 15 ', 'سبتمبر', ' 2022', '\u200c', 'ـ', '(', ')', '۲۵ ', 'اسفند', 'امروز ', 'Dec. ', '4, ', 'أمس ', 'x', '،', 'ً'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        for (const d of findDates(text, { referenceDate: '2024-05-20' })) {
          if (text.slice(d.span!.start, d.span!.end) !== d.span!.text) return false;
        }
        return true;
      }),
    );
  });

  it('does not depend on the time zone of a Date reference', () => {
    const late = new Date(Date.UTC(2024, 4, 20, 23, 30));
    expect(findDates('اليوم', { referenceDate: late })[0]?.value).toBe('2024-05-20');
  });

  it('scales linearly to a megabyte', () => {
    const unit = 'أستانا 20 مايو 2024 (شينخوا) التقى وزير الخارجية يوم الاثنين هنا مع نظرائه. وفي 15 سبتمبر 2022 التقى الرئيسان أمس.\n';
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    findDates(small, { referenceDate: '2024-05-20' });
    const t0 = performance.now();
    const a = findDates(small, { referenceDate: '2024-05-20' }).length;
    const t1 = performance.now();
    const b = findDates(big, { referenceDate: '2024-05-20' }).length;
    const t2 = performance.now();
    expect(b).toBeGreaterThan(a * 9);
    // Ten times the text may not cost much more than ten times the time.
    expect(t2 - t1).toBeLessThan(Math.max(30 * (t1 - t0), 4000));
  });
});

describe('findDates on common news phrasings', () => {
  const ref = '2024-05-23';
  it.each([
    ['وقال إن الحوار بدأ في 2019.', [['2019', '2019']]],
    ['They last met in 2019 at the G20 summit.', [['2019', '2019']]],
    ['ظریف اردیبهشت‌ماه امسال به پکن سفر کرد.', [['اردیبهشت‌ماه امسال', '2024-04-20/2024-05-20']]],
    ['He visited Moscow in January last year.', [['January last year', '2023-01']]],
    ['وتوقع أن تنطلق المفاوضات نهاية العام.', [['نهاية العام', '2024']]],
    ['أجرى الرئيس اتصالا هاتفيا الليلة الماضية مع نظيره', [['الليلة الماضية', '2024-05-22']]],
    ['وأعلن أن الزيارة ستتم في 12 من الشهر الجاري.', [['12 من الشهر الجاري', '2024-05-12']]],
    ['رئیسی هفته آینده به مسکو می‌رود.', [['هفته آینده', '2024-05-27/2024-06-02']]],
    ['The summit set for Nov. 15-16 in Bali.', [['Nov. 15-16', '2024-11-15/2024-11-16']]],
  ])('%s', (text, expected) => expect(summary(text, ref)).toEqual(expected));

  it('does not take a date in the first sentence for a dateline', () => {
    expect(summary('Putin and Xi met on March 21, 2023, and again on Oct. 18.', ref)).toEqual([
      ['March 21, 2023', '2023-03-21'],
      ['Oct. 18', '2024-10-18'],
    ]);
  });
});
