import { meetingsOf, partyNames } from './helpers';

describe('several meetings in one article', () => {
  it('splits a list of counterparts met one by one and merges the paragraphs that name them', () => {
    const text = [
      'موسكو 14 يونيو 2023 (شينخوا) التقى وزير الخارجية الصيني وانغ يي يوم الأربعاء هنا مع نظيريه الروسي والتركي على التوالي.',
      'وخلال اجتماعه مع وزير الخارجية الروسي سيرغي لافروف، قال وانغ إن البلدين شريكان.',
      'وخلال اجتماعه مع وزير الخارجية التركي مولود جاويش أوغلو، قال وانغ إن التعاون يتقدم.',
    ].join('\n');
    const found = meetingsOf(text, { referenceDate: '2023-06-14' });
    const main = found.filter((m) => m.participants.length === 2).slice(0, 2);
    expect(main.map(partyNames)).toEqual([
      ['Sergey Lavrov', 'Wang Yi'],
      ['Mevlüt Çavuşoğlu', 'Wang Yi'],
    ]);
    for (const m of main) {
      expect(m.evidence.length).toBe(2);
      expect(m.date?.value).toBe('2023-06-14');
    }
  });

  it('"met successively with A, then B" is one meeting per counterpart', () => {
    const text = 'Iranian Foreign Minister Hossein Amir-Abdollahian met Russian Foreign Minister Sergey Lavrov, then Chinese Foreign Minister Wang Yi, in Moscow on Tuesday.';
    const found = meetingsOf(text, { referenceDate: '2023-06-14' });
    expect(found.map(partyNames)).toEqual([
      ['Hossein Amir-Abdollahian', 'Sergey Lavrov'],
      ['Hossein Amir-Abdollahian', 'Wang Yi'],
    ]);
  });

  it('a video call of four leaders is one meeting with four participants', () => {
    const text = 'U.S. President Joe Biden held a video call on Monday with French President Emmanuel Macron, German Chancellor Olaf Scholz and British Prime Minister Boris Johnson.';
    const found = meetingsOf(text, { referenceDate: '2022-03-07' });
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toHaveLength(4);
    expect(found[0]!.modality).toBe('virtual');
  });

  it('the same meeting told twice is one record with both sentences as evidence', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس التركي رجب طيب أردوغان في سوتشي.\nوبحث الرئيسان خلال اللقاء الأوضاع في سوريا.\nوقال أردوغان للصحفيين بعد لقائه مع بوتين إن المحادثات كانت مثمرة.';
    const found = meetingsOf(text, { referenceDate: '2023-06-14' });
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });
});

describe('background meetings', () => {
  it('keeps an earlier meeting apart, with its own date, after the main one', () => {
    const text =
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Wednesday. The two leaders last met in Beijing in February 2022.';
    const found = meetingsOf(text, { referenceDate: '2023-03-22' });
    expect(found[0]!.date?.value).toBe('2023-03-22');
    expect(found[0]!.location?.canonical).toBe('Moscow');
    for (const m of found.slice(1)) {
      expect(m.date?.value).not.toBe('2023-03-22');
      expect(m.confidence).toBeLessThan(found[0]!.confidence);
    }
  });
});

describe('attendees', () => {
  it.each([
    ['ar حضر اللقاء', 'استقبل الرئيس الصيني شي جين بينغ اليوم في بكين الرئيس الروسي فلاديمير بوتين.\nحضر اللقاء وانغ يي وسيرغي لافروف.', ['Sergey Lavrov', 'Wang Yi']],
    ['ar بحضور', 'استقبل الرئيس الصيني شي جين بينغ اليوم في بكين الرئيس الروسي فلاديمير بوتين بحضور وزير الخارجية الصيني وانغ يي.', ['Wang Yi']],
    ['fa در این دیدار ... حضور داشتند', 'شی جین‌پینگ رئیس‌جمهور چین امروز در پکن با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار کرد. در این دیدار وانگ یی و سرگئی لاوروف حضور داشتند.', ['Sergey Lavrov', 'Wang Yi']],
    ['en also present were', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Monday. Also present were Wang Yi and Sergey Lavrov.', ['Sergey Lavrov', 'Wang Yi']],
    ['en attended by', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Monday, in a meeting attended by Wang Yi and Sergey Lavrov.', ['Sergey Lavrov', 'Wang Yi']],
  ])('%s', (_l, text, expected) => {
    const [m] = meetingsOf(text, { referenceDate: '2023-06-14' });
    expect(partyNames(m)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect((m?.attendees ?? []).map((a) => a.canonical).sort()).toEqual(expected);
  });
});

describe('host, date source and context', () => {
  it('the one who receives is the host', () => {
    const [m] = meetingsOf('استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة وزير الخارجية الأمريكي أنتوني بلينكن.', { referenceDate: '2023-01-30' });
    expect(m?.host?.canonical).toBe('Abdel Fattah el-Sisi');
    const [passive] = meetingsOf('French President Emmanuel Macron was hosted by Chinese President Xi Jinping in Beijing on Monday.', { referenceDate: '2023-04-05' });
    expect(passive?.host?.canonical).toBe('Xi Jinping');
  });

  it('says where the date came from', () => {
    const [stated] = meetingsOf('Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.', { referenceDate: '2023-06-14' });
    expect(stated?.date?.source).toBe('clause');
    const [fromDateline] = meetingsOf('MOSCOW, June 12 (Reuters) - Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in the Kremlin.', { referenceDate: '2023-06-14' });
    expect(fromDateline?.date?.value).toBe('2023-06-12');
    expect(fromDateline?.date?.source).toBe('dateline');
  });

  it('reads "on the sidelines of" as context', () => {
    const [m] = meetingsOf('التقى وزير الخارجية الصيني وانغ يي اليوم نظيره الروسي سيرغي لافروف على هامش اجتماع مجلس وزراء خارجية منظمة شانغهاي للتعاون.', { referenceDate: '2023-06-14' });
    expect(m?.context).toMatch(/^على هامش اجتماع/);
    const [fa] = meetingsOf('حسین امیرعبداللهیان وزیر امور خارجه ایران در حاشیه نشست مجمع عمومی سازمان ملل در نیویورک با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد.', { referenceDate: '2023-06-14' });
    expect(fa?.context).toMatch(/^در حاشیه/);
  });

  it('orders records by confidence: a stated meeting of two named parties first', () => {
    const text = 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. Putin and Erdogan had last met in Tehran in July 2022.';
    const found = meetingsOf(text, { referenceDate: '2023-06-14' });
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.confidence).toBeGreaterThanOrEqual(found[i]!.confidence);
    expect(found[0]!.date?.value).toBe('2023-06-12');
  });
});
