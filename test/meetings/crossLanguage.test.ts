import { extractMeetings, findDates } from '../../src/index';
import type { Meeting } from '../../src/types';

// One story told three ways, as Arabic, Persian and English wire services would write it.
const story = {
  ar: 'موسكو 12 يونيو 2023 (شينخوا) التقى الرئيس الروسي فلاديمير بوتين اليوم الاثنين في الكرملين الرئيس الصيني شي جين بينغ.\nوبحث الرئيسان العلاقات الثنائية والأوضاع الدولية.',
  fa: 'مسکو- ایرنا- ۲۲ خرداد ۱۴۰۲- ولادیمیر پوتین رئیس‌جمهور روسیه امروز دوشنبه در کاخ کرملین با شی جین‌پینگ رئیس‌جمهور چین دیدار کرد.\nدو طرف درباره روابط دوجانبه گفت‌وگو کردند.',
  en: 'MOSCOW, June 12 (Xinhua) -- Russian President Vladimir Putin met Chinese President Xi Jinping at the Kremlin on Monday.\nThe two leaders discussed bilateral ties and international affairs.',
};

function summary(m: Meeting | undefined) {
  return {
    participants: (m?.participants ?? []).map((p) => [p.canonical, p.role, p.country]).sort(),
    date: m?.date?.value,
    place: m?.location?.canonical,
    country: m?.location?.country,
    modality: m?.modality,
    status: m?.status,
  };
}

describe('the same story in Arabic, Persian and English', () => {
  const results = Object.fromEntries(
    Object.entries(story).map(([lang, text]) => [lang, extractMeetings(text, { referenceDate: '2023-06-13' })]),
  ) as Record<keyof typeof story, Meeting[]>;

  it.each(Object.keys(story))('%s gives one meeting', (lang) => {
    expect(results[lang as keyof typeof story]).toHaveLength(1);
  });

  it('the three records agree on participants, date, place, modality and status', () => {
    const expected = {
      participants: [
        ['Vladimir Putin', 'head-of-state', 'RU'],
        ['Xi Jinping', 'head-of-state', 'CN'],
      ],
      date: '2023-06-12',
      place: 'Moscow',
      country: 'RU',
      modality: 'in-person',
      status: 'held',
    };
    expect(summary(results.ar[0])).toEqual(expected);
    expect(summary(results.fa[0])).toEqual(expected);
    expect(summary(results.en[0])).toEqual(expected);
  });

  it('the Persian dateline is read in the Solar Hijri calendar and lands on the same day', () => {
    const dateline = findDates(story.fa, { referenceDate: '2023-06-13' }).find((d) => d.calendar === 'persian');
    expect(dateline?.value).toBe('2023-06-12');
    expect(results.en[0]?.date?.calendar).toBe('gregory');
  });
});
