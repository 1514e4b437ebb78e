import { meetingsOf, partyNames } from './helpers';

const ref = { referenceDate: '2021-03-10' };

describe('modality', () => {
  it.each([
    ['ar اتصالا هاتفيا', 'أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.'],
    ['ar تلقى اتصالا من', 'تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.'],
    ['fa تماس تلفنی', 'حسن روحانی رئیس‌جمهور ایران امروز در تماس تلفنی با ولادیمیر پوتین رئیس‌جمهور روسیه گفتگو کرد.'],
    ['fa تلفنی گفتگو کرد', 'محمدجواد ظریف وزیر امور خارجه امروز با سرگئی لاوروف وزیر خارجه روسیه تلفنی گفتگو کرد.'],
    ['en phone call', 'Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin on Wednesday.'],
    ['en spoke by phone', 'Russian Foreign Minister Sergey Lavrov spoke by phone with Chinese Foreign Minister Wang Yi on Wednesday.'],
  ])('phone: %s', (_l, text) => {
    const [m] = meetingsOf(text, ref);
    expect(m?.modality).toBe('phone');
    expect(m?.participants).toHaveLength(2);
  });

  it.each([
    ['ar عبر تقنية الاتصال المرئي', 'عقد الرئيس الصيني شي جين بينغ اليوم اجتماعا عبر تقنية الاتصال المرئي مع الرئيس الروسي فلاديمير بوتين.'],
    ['ar افتراضي', 'عقد الرئيس الصيني شي جين بينغ اجتماعا افتراضيا مع الرئيس الروسي فلاديمير بوتين اليوم.'],
    ['fa ویدئوکنفرانس', 'محمدجواد ظریف وزیر امور خارجه امروز به‌صورت ویدئوکنفرانس با وانگ یی وزیر خارجه چین گفتگو کرد.'],
    ['en video link', 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin via video link on Wednesday.'],
    ['en virtually', 'U.S. President Joe Biden met virtually with Chinese President Xi Jinping on Wednesday.'],
  ])('virtual: %s', (_l, text) => {
    const [m] = meetingsOf(text, ref);
    expect(m?.modality).toBe('virtual');
  });

  it('a phone call has no place unless the text gives one, even under a dateline', () => {
    const [m] = meetingsOf('أنقرة 10 مارس 2021 (الأناضول) أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.', ref);
    expect(m?.modality).toBe('phone');
    expect(m?.location).toBeNull();
  });

  it('an in-person meeting is in person', () => {
    const [m] = meetingsOf('Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Wednesday.', ref);
    expect(m?.modality).toBe('in-person');
    expect(partyNames(m)).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });
});
