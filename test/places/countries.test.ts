import { readDocument, type Document } from '../../src/pipeline/document';
import { resolveOptions } from '../../src/options';
import { countryAt, countryName, findCountries } from '../../src/places/countries';
import { arabicAdjectiveForms } from '../../src/places/arabicAdjectiveForms';

function doc(text: string, language?: 'ar' | 'fa' | 'en'): Document {
  return readDocument(text, resolveOptions('test', language ? { language } : {}));
}

function found(text: string, language?: 'ar' | 'fa' | 'en'): string[] {
  const d = doc(text, language);
  return findCountries(d).map((h) => `${d.text.slice(h.start, h.end)}=${h.code}/${h.kind}`);
}

describe('arabicAdjectiveForms', () => {
  it('gives the gender, number and article forms of a nisba', () => {
    const forms = arabicAdjectiveForms('صيني');
    for (const f of ['صيني', 'الصيني', 'الصينية', 'صينية', 'الصينيين', 'صينيون', 'الصينيان', 'الصينيتين']) expect(forms).toContain(f);
  });

  it('inflects every word of a two-word adjective together', () => {
    expect(arabicAdjectiveForms('كوري جنوبي')).toContain('الكورية الجنوبية');
  });
});

describe('countryAt / findCountries (Arabic)', () => {
  it('reads adjectives in every form a title takes', () => {
    expect(found('استقبل الرئيس البيلاروسي الوفود الصينية والمسؤولين الروس والوزيرة الكندية')).toEqual([
      'البيلاروسي=BY/adjective', 'الصينيه=CN/adjective', 'الكنديه=CA/adjective',
    ]);
  });

  it('strips proclitics and keeps the span on the name', () => {
    const d = doc('وصل وزير الخارجية إلى بيلاروسيا ثم التقى بالصينيين وللصين');
    const hits = findCountries(d);
    expect(hits.map((h) => h.code)).toEqual(['BY', 'CN', 'CN']);
    expect(d.text.slice(hits[1]!.start, hits[1]!.end)).toBe('الصينيين');
    expect(d.text.slice(hits[2]!.start, hits[2]!.end)).toBe('لصين');
  });

  it('knows the variants Intl lacks', () => {
    expect(found('بين أمريكا وروسيا الاتحادية وروسيا البيضاء والولايات المتحدة الأمريكية').map((s) => s.split('=')[1])).toEqual([
      'US/name', 'RU/name', 'BY/name', 'US/name',
    ]);
  });

  it('reads both adjectives of a hyphenated compound', () => {
    expect(found('تطور العلاقات الصينية-الروسية والعلاقات التركية - الإيرانية')).toEqual([
      'الصينيه=CN/adjective', 'الروسيه=RU/adjective', 'التركيه=TR/adjective', 'الايرانيه=IR/adjective',
    ]);
  });

  it('does not read "financial" (مالي) as Mali', () => {
    expect(found('قدمت الدولة دعما ماليا ضمن السياسة المالية')).toEqual([]);
  });

  it('reads a formal name with its prefix', () => {
    expect(found('وزير خارجية سلطنة عمان وسفير جمهورية مصر العربية')).toEqual(['سلطنه عمان=OM/name', 'جمهوريه مصر العربيه=EG/name']);
  });
});

describe('countryAt / findCountries (Persian, English)', () => {
  it('reads Persian names and adjectives', () => {
    expect(found('نخست وزیر چین با همتای بلاروسی خود و وزیر خارجه آمریکا دیدار کرد')).toEqual([
      'چين=CN/name', 'بلاروسي=BY/adjective', 'امريكا=US/name',
    ]);
  });

  it('reads عمان as Oman in Persian', () => {
    expect(found('پادشاه عمان وارد تهران شد', 'fa')).toEqual(['عمان=OM/name']);
  });

  it('reads English names, adjectives and dotted abbreviations, minding case', () => {
    expect(found('The U.S. and the UK joined Chinese and Turkish officials; give us Turkey.')).toEqual([
      'U.S.=US/name', 'UK=GB/name', 'Chinese=CN/adjective', 'Turkish=TR/adjective', 'Turkey=TR/name',
    ]);
  });

  it('does not read the pronoun "us" or "Latin American" as the United States', () => {
    expect(found('They told us that Latin American leaders would come.')).toEqual([]);
  });

  it('finds a hit only where one starts', () => {
    const d = doc('Talks with Belarusian officials');
    expect(countryAt(d, 0)).toBeNull();
    expect(countryAt(d, 2)).toMatchObject({ code: 'BY', kind: 'adjective', first: 2, last: 2 });
    expect(countryAt(d, 99)).toBeNull();
  });
});

describe('countryName', () => {
  it('uses the usual English title and the Intl name in Arabic and Persian', () => {
    expect(countryName('TR', 'en')).toBe('Turkey');
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('BY', 'ar')).toBe('بيلاروس');
    expect(countryName('CN', 'fa')).toBe('چین');
    expect(countryName('QQ', 'en')).toBe('QQ');
  });
});
