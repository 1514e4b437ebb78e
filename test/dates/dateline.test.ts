import { findDateline, findDateMentions } from '../../src/dates/index';
import { readDocument } from '../../src/pipeline/document';
import { resolveOptions } from '../../src/options';

function doc(text: string, referenceDate?: string) {
  return readDocument(text, resolveOptions('test', referenceDate ? { referenceDate } : undefined));
}

function parts(text: string, referenceDate?: string) {
  const d = doc(text, referenceDate);
  const line = findDateline(d);
  if (!line) return null;
  return {
    place: line.placeStart === null ? null : d.text.slice(line.placeStart, line.placeEnd!),
    date: line.date?.value.value ?? null,
    agency: line.agency,
    whole: d.text.slice(line.start, line.end),
  };
}

describe('findDateline', () => {
  it.each([
    ['سمرقند، أوزبكستان 15 سبتمبر 2022 (شينخوا) التقى الرئيس', 'سمرقند، اوزبكستان', '2022-09-15', 'شينخوا'],
    ['أستانا 20 مايو 2024 (شينخوا) التقى وزير الخارجية', 'استانا', '2024-05-20', 'شينخوا'],
    ['BEIJING, Dec. 4 (Xinhua) -- Chinese President Xi Jinping met', 'BEIJING', '2023-12-04', 'Xinhua'],
    ['تهران- ایرنا- ۲۹ تیر ۱۴۰۱- وزیر امور خارجه', 'تهران', '2022-07-20', 'ايرنا'],
    ['الكويت - ١٠ - ١٢ (كونا) -- استقبل', 'الكويت', '2021-12-10', 'كونا'],
    ['أبوظبي في 19 مارس / وام / استقبل', 'ابوظبي', '2019-03-19', 'وام'],
  ])('%s', (text, place, date, agency) => {
    const p = parts(text, '2021-12-10');
    expect(p?.place).toBe(place);
    expect(p?.agency).toBe(agency);
    // A dateline without a year takes the reference year.
    expect(p?.date?.slice(5)).toBe(date.slice(5));
  });

  it('reads datelines without a date', () => {
    expect(parts('بكين: التقى الرئيس')).toMatchObject({ place: 'بكين', date: null });
    expect(parts('WASHINGTON (AP) — There will be no summit')).toMatchObject({ place: 'WASHINGTON', date: null, agency: 'AP' });
    expect(parts('تهران- ایرنا- محمدجواد ظریف')).toMatchObject({ place: 'تهران', date: null });
  });

  it('has none when the text opens with a sentence', () => {
    expect(parts('The two leaders met on Monday in Beijing and discussed trade.')).toBeNull();
  });
});

describe('findDateMentions', () => {
  it('gives normalized offsets and resolves against the anchor', () => {
    const d = doc('التقى الرئيسان أمس في بكين.');
    const [m] = findDateMentions(d, { year: 2023, month: 12, day: 5 });
    expect(d.text.slice(m!.start, m!.end)).toBe('امس');
    expect(m!.value.value).toBe('2023-12-04');
    expect(m!.relative).toBe(true);
  });

  it('leaves relative dates out when there is no anchor', () => {
    const d = doc('التقى الرئيسان أمس في بكين يوم 4 ديسمبر 2023.');
    expect(findDateMentions(d, null).map((m) => m.value.value)).toEqual(['2023-12-04']);
  });
});

describe('a colon after a whole clause', () => {
  it('opens a quote, not a dateline', () => {
    expect(findDateline(doc('ابراهیم رئیسی در دیدار محمد شیاع السودانی نخست وزیر عراق گفت: روابط دو کشور ریشه‌دار است.', '2024-05-01'))).toBeNull();
  });

  it('still closes a short dateline', () => {
    expect(findDateline(doc('کابل، ۲ جوزا ۱۴۰۳ (باختر): ملا محمد حسن آخوند امروز با سفیر ازبکستان دیدار کرد.'))?.date?.value.value).toBe('2024-05-22');
  });
});
