import { findPlaces } from '../../src/places/index';
import { findPlaceMentions } from '../../src/places/findPlaceMentions';
import { readDocument } from '../../src/pipeline/document';
import { resolveOptions } from '../../src/options';
import type { Dateline } from '../../src/dates/types';

const brief = (text: string, options = {}) => findPlaces(text, options).map((p) => [p.name, p.canonical, p.country, p.venue]);

describe('findPlaces: cities and countries', () => {
  it('finds Arabic cities after prepositions and proclitics, name without the proclitic', () => {
    expect(brief('وعقد الوزيران محادثات بالرياض قبل أن يتوجها إلى طهران')).toEqual([
      ['الرياض', 'Riyadh', 'SA', null],
      ['طهران', 'Tehran', 'IR', null],
    ]);
  });

  it('restores the article a ل proclitic elides, keeping the span exact', () => {
    const text = 'وصل الوزير للقاهرة مساء';
    const [place] = findPlaces(text);
    expect(place).toMatchObject({ name: 'القاهرة', canonical: 'Cairo', country: 'EG' });
    expect(text.slice(place!.span!.start, place!.span!.end)).toBe(place!.span!.text);
    expect(place!.span!.text).toBe('لقاهرة');
  });

  it('reads عمان as Amman in Arabic and as Oman in Persian', () => {
    expect(brief('وصل الضيف إلى عمان صباح اليوم', { language: 'ar' })[0]).toEqual(['عمان', 'Amman', 'JO', null]);
    expect(brief('وزیر خارجه به عمان سفر کرد', { language: 'fa' })[0]).toEqual(['عمان', 'Oman', 'OM', null]);
  });

  it('prefers the capital where a country and its capital share a name', () => {
    expect(brief('اجتمع الوفدان في الكويت')).toEqual([['الكويت', 'Kuwait City', 'KW', null]]);
  });

  it('returns countries with their usual English name', () => {
    expect(brief('Talks were held in Türkiye and in Uzbekistan.')).toEqual([
      ['Türkiye', 'Turkey', 'TR', null],
      ['Uzbekistan', 'Uzbekistan', 'UZ', null],
    ]);
  });

  it('knows summit cities under their variant names', () => {
    expect(brief('القمة في نور سلطان ثم في بيجين وشرم الشيخ').map((p) => p[1])).toEqual(['Astana', 'Beijing', 'Sharm El Sheikh']);
    expect(brief('The leaders met in Nur-Sultan and later in Sochi.').map((p) => p[1])).toEqual(['Astana', 'Sochi']);
  });

  it('requires capitals for Latin names', () => {
    expect(brief('We will turkey-trot to the china shop in Sochi')).toEqual([['Sochi', 'Sochi', 'RU', null]]);
  });
});

describe('findPlaces: Persian homonyms', () => {
  it('reads دوشنبه as Dushanbe only where it is a place', () => {
    expect(brief('رئیس مجلس در دوشنبه با رئیس‌جمهور تاجیکستان دیدار کرد').map((p) => p[1])).toContain('Dushanbe');
    expect(brief('او تهران را به مقصد دوشنبه ترک کرد').map((p) => p[1])).toContain('Dushanbe');
    expect(brief('این نشست روز دوشنبه در تهران برگزار شد').map((p) => p[1])).toEqual(['Tehran']);
    expect(brief('در دوشنبه ۱۹ دی نشست آغاز شد').map((p) => p[1])).toEqual([]);
  });

  it('does not read "در آستانه ..." (on the eve of) as Astana', () => {
    expect(brief('در آستانه سفر رئیس‌جمهور به پکن').map((p) => p[1])).toEqual(['Beijing']);
    expect(brief('وزیر خارجه راهی آستانه شد').map((p) => p[1])).toEqual(['Astana']);
  });
});

describe('findPlaces: venues', () => {
  it('finds a known venue and the city written after it', () => {
    expect(brief('استقبله في دار ضيافة الدولة دياويوتاي ببكين')).toEqual([['بكين', 'Beijing', 'CN', 'دار ضيافة الدولة دياويوتاي']]);
  });

  it('places a known venue in its gazetteer city when no city is written', () => {
    expect(brief('The two presidents will hold talks at the Great Hall of the People on Tuesday')).toEqual([
      ['Beijing', 'Beijing', 'CN', 'Great Hall of the People'],
    ]);
  });

  it('reads an unknown Arabic venue from its head word up to the next preposition', () => {
    expect(brief('والتقى الرئيسان في مجمع فورملار ماجمواسي في سمرقند مساء')).toEqual([
      ['سمرقند', 'Samarkand', 'UZ', 'مجمع فورملار ماجمواسي'],
    ]);
  });

  it('reads an unknown Persian venue up to the verb, and a city inside its name', () => {
    expect(brief('این دیدار در محل اقامت هیئت ایرانی انجام شد')[0]?.[3]).toBe('محل اقامت هیئت ایرانی');
    expect(brief('دیدار در محل استانداری استانبول و با حضور سرکنسول انجام شد')).toEqual([
      ['استانبول', 'Istanbul', 'TR', 'استانداری استانبول'],
    ]);
  });

  it('reads an unknown English venue from a capitalised run after "at"', () => {
    expect(brief('They met at the Ak Saray Presidential Complex Annex in Ankara.')[0]?.[3]).toBe('Ak Saray Presidential Complex Annex');
  });

  it('needs a preposition before a head word', () => {
    expect(brief('وقال مقر الاجتماع لم يحدد بعد')).toEqual([]);
  });
});

describe('findPlaces: datelines, "here" and the capital', () => {
  it('puts the dateline city first and resolves "هنا" to it', () => {
    const places = findPlaces('أستانا 20 مايو 2024 (شينخوا) التقى وزير الخارجية يوم الاثنين هنا مع نظيره.');
    expect(places.map((p) => [p.name, p.canonical])).toEqual([['أستانا', 'Astana'], ['أستانا', 'Astana']]);
    expect(places[1]!.span!.text).toBe('هنا');
  });

  it('recognises datelines with a country, with "في", with a colon or an agency', () => {
    expect(brief('سمرقند، أوزبكستان 15 سبتمبر (شينخوا) التقى الرئيسان')[0]?.[1]).toBe('Samarkand');
    expect(brief('أبوظبي في 19 مارس / وام / استقبل سموه الضيف')[0]?.[1]).toBe('Abu Dhabi');
    expect(brief('بكين: التقى الرئيس ضيفه')[0]?.[1]).toBe('Beijing');
    expect(brief('WASHINGTON (AP) — The president said')[0]?.[1]).toBe('Washington, D.C.');
  });

  it('resolves "العاصمة الصينية", "پایتخت بلاروس" and "the Iranian capital"', () => {
    expect(brief('يقوم بزيارة عمل للعاصمة الصينية')).toEqual([['بكين', 'Beijing', 'CN', null]]);
    expect(brief('دیدار در پایتخت بلاروس انجام شد')).toEqual([['مینسک', 'Minsk', 'BY', null]]);
    expect(brief('the first British official to visit the Iranian capital since 2011')).toEqual([['Tehran', 'Tehran', 'IR', null]]);
  });

  it('resolves a bare "العاصمة" to the dateline city when it is a capital', () => {
    const places = brief('الرياض 10 نوفمبر (واس) القمة التي تستضيفها العاصمة غدا');
    expect(places.map((p) => p[1])).toEqual(['Riyadh', 'Riyadh']);
  });

  it('drops "here" when there is no dateline to resolve it', () => {
    expect(brief('The talks here went well.')).toEqual([]);
  });

  it("takes the dates stage's dateline when it has one", () => {
    const text = 'مينسك، 5 مايو - قال الوزير إن بكين ستستضيف القمة';
    const doc = readDocument(text, resolveOptions('test', {}));
    const dateline: Dateline = { start: 0, end: 14, placeStart: 0, placeEnd: 5, date: null, agency: null };
    const mentions = findPlaceMentions(doc, dateline);
    expect(mentions[0]).toMatchObject({ dateline: true, kind: 'city', place: { canonical: 'Minsk' } });
    expect(mentions[1]).toMatchObject({ dateline: false, place: { canonical: 'Beijing' } });
  });
});

describe('findPlaces: options and robustness', () => {
  it('lets the caller add places', () => {
    const options = { places: [{ canonical: 'Bocharov Ruchey', names: ['بوتشاروف روتشي', 'Bocharov Ruchei'], country: 'RU' }] };
    expect(brief('التقى الرئيسان في بوتشاروف روتشي', options)).toEqual([['بوتشاروف روتشي', 'Bocharov Ruchey', 'RU', null]]);
  });

  it('marks locative mentions', () => {
    const doc = readDocument('زار الوزير بكين ثم التقى نظيره في موسكو', resolveOptions('test', {}));
    expect(findPlaceMentions(doc, null).map((m) => [m.place.canonical, m.locative])).toEqual([['Beijing', false], ['Moscow', true]]);
  });

  it('returns spans that slice the input exactly', () => {
    const text = 'وَاسْتَقْبَلَهُ بِقَصْرِ الاتِّحادِيَّةِ فِي القاهِرَة';
    for (const p of findPlaces(text)) expect(text.slice(p.span!.start, p.span!.end)).toBe(p.span!.text);
    expect(findPlaces(text)[0]).toMatchObject({ canonical: 'Cairo', venue: 'قَصْرِ الاتِّحادِيَّةِ' });
  });

  it('gives a result for any string and checks its arguments', () => {
    for (const s of ['', '   ', '((((', 'في', 'at the', '\u200c\u200d', 'هنا'.repeat(500)]) expect(Array.isArray(findPlaces(s))).toBe(true);
    expect(() => findPlaces(3 as unknown as string)).toThrow(TypeError);
    expect(() => findPlaces('x', { places: [{ canonical: 'X', names: ['y'], country: 'xx' }] })).toThrow(RangeError);
  });
});

describe('findPlaces: more venue and dateline forms', () => {
  it('reads a lower-case English venue after "at the"', () => {
    expect(brief('The king received him at the royal palace in Amman on Monday.')).toEqual([['Amman', 'Amman', 'JO', 'royal palace']]);
  });

  it('takes the city of a Persian "به گزارش ... از X" opening as the dateline', () => {
    const places = findPlaces('به گزارش خبرنگار ایرنا از مسکو، وزیران خارجه دو کشور امروز اینجا دیدار کردند.');
    expect(places.map((p) => [p.name, p.canonical])).toEqual([['مسکو', 'Moscow'], ['مسکو', 'Moscow']]);
  });

  it('reads a definite Arabic head alone and a head with its adjective', () => {
    expect(brief('استقبله ولي العهد على أرض المطار ثم التقاه الرئيس في القصر الجمهوري')
      .map((p) => p[3])).toEqual(['المطار', 'القصر الجمهوري']);
  });
});

describe('findPlaceMentions: a dateline city the gazetteer does not know', () => {
  it('keeps it as the default place, without a canonical name', () => {
    const text = 'ترمذي، 5 مايو - التقى الوزيران هنا';
    const doc = readDocument(text, resolveOptions('test', {}));
    const dateline: Dateline = { start: 0, end: 14, placeStart: 0, placeEnd: 5, date: null, agency: null };
    const mentions = findPlaceMentions(doc, dateline);
    expect(mentions.map((m) => [m.place.name, m.place.canonical, m.kind, m.dateline])).toEqual([
      ['ترمذي', null, 'city', true],
      ['ترمذي', null, 'here', false],
    ]);
  });
});

describe('findPlaces: a homonym opening the text', () => {
  it('reads دوشنبه as Dushanbe in a dateline but not as the opening weekday of a date', () => {
    expect(brief('دوشنبه - ایرنا - رئیس‌جمهور تاجیکستان امروز با وزیر خارجه دیدار کرد')[0]?.[1]).toBe('Dushanbe');
    expect(brief('دوشنبه ۱۹ دی - نشست آغاز شد').map((p) => p[1])).toEqual([]);
  });
});

describe('findPlaces: a venue placed by a capital reference', () => {
  it('reads "at the presidential complex in the Turkish capital" as a venue in Ankara', () => {
    expect(brief('Erdogan hosted his counterpart at the presidential complex in the Turkish capital on Thursday.')).toEqual([
      ['Ankara', 'Ankara', 'TR', 'presidential complex'],
    ]);
  });
});

describe('findPlaces: the city of an unplaced venue', () => {
  it('takes the city of a capital reference earlier in the sentence', () => {
    expect(brief('رئیس جمهور در سفر به پایتخت ترکیه با همتای خود در کاخ ریاست جمهوری دیدار کرد.')).toEqual([
      ['آنکارا', 'Ankara', 'TR', null],
      ['آنکارا', 'Ankara', 'TR', 'کاخ ریاست جمهوری'],
    ]);
  });

  it('leaves the city unknown when nothing names it', () => {
    expect(brief('وزیر امور خارجه در ساختمان وزارت امور خارجه با سفیر دیدار کرد.')).toEqual([
      ['ساختمان وزارت امور خارجه', null, null, 'ساختمان وزارت امور خارجه'],
    ]);
  });
});
