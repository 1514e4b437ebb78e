import { detectLanguage, extractMeetings } from '../../src/index';

describe('detectLanguage', () => {
  it.each([
    ['ar', 'التقى الرئيس الصيني شي جين بينغ اليوم الرئيس الروسي فلاديمير بوتين في موسكو.'],
    ['fa', 'رئیس‌جمهور چین امروز در مسکو با رئیس‌جمهور روسیه دیدار و گفت‌وگو کرد.'],
    ['fa', 'مولوی امیرخان متقی سرپرست وزارت امور خارجه امارت اسلامی افغانستان عازم تهران شد.'],
    ['en', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.'],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('keeps an Arabic article Arabic when it quotes a name in Latin letters', () => {
    expect(detectLanguage('التقى الرئيس الصيني شي جين بينغ (Xi Jinping) اليوم في بكين الرئيس الفرنسي إيمانويل ماكرون (Emmanuel Macron).')).toBe('ar');
  });

  it('tells Persian from Arabic when the Persian text is typed with Arabic ي and ك', () => {
    expect(detectLanguage('وزير امور خارجه كشورمان امروز در تهران با همتاي خود ديدار كرد و درباره روابط دوجانبه گفتگو كرد.')).toBe('fa');
  });

  it('answers und for text with no letters and for another language', () => {
    expect(detectLanguage('  12/05 — 3 + 4  ')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Le président de la République a reçu hier à l’Élysée le chancelier allemand pour un entretien de deux heures sur la défense européenne.')).toBe('und');
  });

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => detectLanguage(42 as unknown as string)).toThrow(/detectLanguage.*`text`/);
  });
});

describe('the language option', () => {
  const english = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.';
  it('reads English with language: en as it does when detected', () => {
    const detected = extractMeetings(english, { referenceDate: '2023-03-22' });
    const forced = extractMeetings(english, { referenceDate: '2023-03-22', language: 'en' });
    expect(forced).toEqual(detected);
    expect(forced[0]?.participants.map((p) => p.canonical).sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('rejects a language it does not read with a RangeError naming the option', () => {
    expect(() => extractMeetings(english, { language: 'xx' as 'en' })).toThrow(RangeError);
    expect(() => extractMeetings(english, { language: 'xx' as 'en' })).toThrow(/`language`/);
  });
});
