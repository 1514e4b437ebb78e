import { meetingsOf, partyNames } from './helpers';

// Meeting words, verbal and nominal, active and passive, in the three languages.
describe('meeting words', () => {
  const ref = { referenceDate: '2023-06-14' };
  const cases: Array<[string, string, string[]]> = [
    ['ar التقى', 'موسكو 14 يونيو 2023 (شينخوا) التقى الرئيس الروسي فلاديمير بوتين اليوم الأربعاء الرئيس التركي رجب طيب أردوغان.', ['Recep Tayyip Erdoğan', 'Vladimir Putin']],
    ['ar اجتمع مع', 'اجتمع وزير الخارجية الروسي سيرغي لافروف اليوم مع نظيره الصيني وانغ يي في موسكو.', ['Sergey Lavrov', 'Wang Yi']],
    ['ar استقبل', 'استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة وزير الخارجية الأمريكي أنتوني بلينكن.', ['Abdel Fattah el-Sisi', 'Antony Blinken']],
    ['ar أجرى محادثات مع', 'أجرى الرئيس الصيني شي جين بينغ محادثات مع الرئيس الفرنسي إيمانويل ماكرون في بكين اليوم.', ['Emmanuel Macron', 'Xi Jinping']],
    ['ar عقد اجتماعا مع', 'عقد رئيس الوزراء الهندي ناريندرا مودي اجتماعا مع الرئيس الروسي فلاديمير بوتين في موسكو.', ['Narendra Modi', 'Vladimir Putin']],
    ['ar خلال لقائه مع', 'قال الرئيس الروسي فلاديمير بوتين خلال لقائه مع الرئيس الصيني شي جين بينغ في موسكو اليوم إن العلاقات قوية.', ['Vladimir Putin', 'Xi Jinping']],
    ['ar تباحث مع', 'تباحث وزير الخارجية السعودي فيصل بن فرحان اليوم في الرياض مع وزير الخارجية الإيراني حسين أمير عبد اللهيان.', ['Faisal bin Farhan Al Saud', 'Hossein Amir-Abdollahian']],
    ['fa دیدار کرد', 'ولادیمیر پوتین رئیس‌جمهور روسیه امروز در مسکو با رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار کرد.', ['Recep Tayyip Erdoğan', 'Vladimir Putin']],
    ['fa گفتگو کرد', 'سرگئی لاوروف وزیر خارجه روسیه امروز در تهران با حسین امیرعبداللهیان وزیر امور خارجه ایران گفتگو کرد.', ['Hossein Amir-Abdollahian', 'Sergey Lavrov']],
    ['fa در دیدار با', 'شی جین‌پینگ رئیس‌جمهور چین امروز در دیدار با ولادیمیر پوتین رئیس‌جمهور روسیه در پکن بر همکاری تأکید کرد.', ['Vladimir Putin', 'Xi Jinping']],
    ['fa به حضور پذیرفت', 'رجب طیب اردوغان رئیس‌جمهور ترکیه امروز در آنکارا سرگئی لاوروف وزیر خارجه روسیه را به حضور پذیرفت.', ['Recep Tayyip Erdoğan', 'Sergey Lavrov']],
    ['en met', 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Wednesday.', ['Recep Tayyip Erdoğan', 'Vladimir Putin']],
    ['en held talks with', 'Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Wednesday.', ['Emmanuel Macron', 'Xi Jinping']],
    ['en received', 'Egyptian President Abdel Fattah el-Sisi received U.S. Secretary of State Antony Blinken in Cairo on Wednesday.', ['Abdel Fattah el-Sisi', 'Antony Blinken']],
    ['en was hosted by', 'French President Emmanuel Macron was hosted by Chinese President Xi Jinping in Beijing on Wednesday.', ['Emmanuel Macron', 'Xi Jinping']],
    ['en sat down with', 'Indian Prime Minister Narendra Modi sat down with Russian President Vladimir Putin in Moscow on Wednesday.', ['Narendra Modi', 'Vladimir Putin']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const found = meetingsOf(text, ref);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(partyNames(found[0])).toEqual([...expected].sort());
  });
});

describe('no meeting, no record', () => {
  it.each([
    ['a statement', 'قال الرئيس الروسي فلاديمير بوتين اليوم إن بلاده مستعدة للحوار مع الغرب.'],
    ['a visit without a named counterpart', 'وصل الرئيس الصيني شي جين بينغ اليوم إلى موسكو في زيارة دولة تستغرق ثلاثة أيام.'],
    ['an economic story naming leaders', 'Trade between China and Russia, led by Xi Jinping and Vladimir Putin, reached a record last year, customs data showed.'],
    ['a Persian statement', 'حسن روحانی رئیس‌جمهور ایران امروز گفت که تحریم‌ها باید لغو شود.'],
  ])('%s', (_label, text) => {
    expect(meetingsOf(text, { referenceDate: '2023-06-14' })).toEqual([]);
  });
});
