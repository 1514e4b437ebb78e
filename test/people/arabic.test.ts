import { findPeople } from '../../src/people/index';
import { expectExactSpans, names, person } from './helpers';

const ZAID = { canonical: 'Zaid Al-Rashidi', names: ['زيد الراشدي', 'زید راشدی', 'Zaid Al-Rashidi'], country: 'JO', role: 'foreign-minister' as const };

describe('Arabic names and titles', () => {
  it('reads a title, its country adjective and the name after it, up to a preposition', () => {
    const text = 'التقى الرئيس الصيني شي جين بينغ بعد ظهر يوم الخميس بالرئيس البيلاروسي ألكسندر لوكاشينكو في سمرقند.';
    expect(names(text)).toEqual(['شي جين بينغ', 'ألكسندر لوكاشينكو']);
    const a = person(text, 'ألكسندر لوكاشينكو');
    expect(a.role).toBe('head-of-state');
    expect(a.country).toBe('BY');
    expect(a.title).toBe('الرئيس البيلاروسي');
    expect(person(text, 'شي جين بينغ').country).toBe('CN');
    expectExactSpans(text);
  });

  it('ends a name at punctuation and at the next title', () => {
    const text = 'استقبل الرئيس عبد الفتاح السيسي، اليوم، جيمس ماتيس وزير الدفاع الأمريكي.';
    expect(names(text)).toEqual(['عبد الفتاح السيسي', 'جيمس ماتيس']);
    const m = person(text, 'جيمس ماتيس');
    expect(m.role).toBe('minister');
    expect(m.country).toBe('US');
  });

  it('keeps honorifics out of the name and the chain of offices gives the senior role', () => {
    const text = 'استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، اليوم، ضيفه.';
    const p = person(text, 'محمد بن زايد آل نهيان');
    expect(p.role).toBe('crown-prince');
    expect(p.span?.text.startsWith('محمد')).toBe(true);
  });

  it('reads compound names with بن and آل, and عبد written apart or joined', () => {
    const text = 'أجرى الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد السعودي اتصالا مع السيد عبدالفتاح حسن.';
    expect(names(text)).toEqual(['محمد بن سلمان بن عبدالعزيز آل سعود', 'عبدالفتاح حسن']);
    expect(person(text, 'محمد بن سلمان بن عبدالعزيز آل سعود').country).toBe('SA');
  });

  it('splits an attendee list joined by و and strips the conjunction while the span stays exact', () => {
    const text = 'حضر الاجتماع دينغ شيويه شيانغ ويانغ جيه تشي ووانغ يي وخه لي فنغ ومسؤولون آخرون.';
    expect(names(text)).toEqual(['دينغ شيويه شيانغ', 'يانغ جيه تشي', 'وانغ يي', 'خه لي فنغ']);
    const wang = person(text, 'وانغ يي');
    expect(wang.span?.text).toBe('وانغ يي');
    expect(text.slice(wang.span!.start - 1, wang.span!.start)).toBe('و');
    expectExactSpans(text);
  });

  it('links a bare surname and a title alone to the full name (in-document coreference)', () => {
    const text =
      'التقى وزير الخارجية الأردني زيد الراشدي اليوم نظيره المصري.\nوقال الراشدي إن البلدين شريكان.\nوأكد وزير الخارجية الأردني أهمية التعاون.';
    const found = findPeople(text);
    const all = found.filter((p) => p.name === 'زيد الراشدي');
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.some((p) => p.span?.text === 'الراشدي')).toBe(true);
    expect(all.some((p) => p.span?.text === 'وزير الخارجية الأردني')).toBe(true);
  });

  it('gives canonical identity from the caller’s people and keeps unknown names with canonical null', () => {
    const text = 'استقبل وزير الخارجية زيد الراشدي السفير خالد المنصوري.';
    expect(person(text, 'زيد الراشدي', { people: [ZAID] }).canonical).toBe('Zaid Al-Rashidi');
    expect(person(text, 'زيد الراشدي').canonical).toBeNull();
    const ambassador = person(text, 'خالد المنصوري', { people: [ZAID] });
    expect(ambassador.canonical).toBeNull();
    expect(ambassador.role).toBe('diplomat');
  });

  it('does not read countries, cities, verbs or nouns after a title as names', () => {
    const text = 'وأبدى الرئيس ترحيبه بالزيارة. وزار الرئيس واشنطن الشهر الماضي. ويلقي أمير البلاد خطابا غدا.';
    expect(names(text)).toEqual([]);
  });

  it('reads a counterpart with its country and the two parties as a group', () => {
    const text = 'بحث وزير الخارجية زيد الراشدي مع نظيره الروسي العلاقات، واتفق الجانبان على التعاون.';
    const found = findPeople(text);
    const counterpart = found.find((p) => p.title?.startsWith('نظيره'));
    expect(counterpart?.country).toBe('RU');
    expect(counterpart?.name).toBeNull();
  });

  it('reads a name in apposition after its title across a comma before an honorific', () => {
    const text = 'التقى الوزير مع وزيرة خارجية جامايكا، السيدة كامينا جونسون سميث، أمس.';
    const p = person(text, 'كامينا جونسون سميث');
    expect(p.role).toBe('foreign-minister');
    expect(p.country).toBe('JM');
  });
});
