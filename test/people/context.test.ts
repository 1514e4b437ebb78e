import { findPersonMentions } from '../../src/people/index';
import { readDocument } from '../../src/pipeline/document';
import { resolveOptions } from '../../src/options';
import type { ExtractOptions } from '../../src/types';
import { names, person } from './helpers';

function mentions(text: string, options?: ExtractOptions) {
  const doc = readDocument(text, resolveOptions('test', options));
  return findPersonMentions(doc);
}

const RASHIDI = { canonical: 'Zaid Al-Rashidi', names: ['زيد الراشدي'], country: 'JO', role: 'foreign-minister' as const };

describe('names without titles need context', () => {
  it('reads an untitled attendee list', () => {
    expect(names('وحضر اللقاء كريم فاضلي وسمير نعمان ومسؤولون آخرون.')).toEqual(['كريم فاضلي', 'سمير نعمان']);
    expect(names('Also present were Karim Fadli and Samir Noman.')).toEqual(['Karim Fadli', 'Samir Noman']);
  });

  it('reads an untitled name after a meeting verb', () => {
    expect(names('التقى سمير نعمان في عمان.')).toEqual(['سمير نعمان']);
    expect(names('The envoy later met Karim Fadli in Doha.')).toContain('Karim Fadli');
  });

  it('does not read untitled ordinary words, agencies or buildings as people', () => {
    expect(names('وذكرت وكالة الأنباء أن المباحثات تناولت سبل تعزيز التعاون في مجالات الطاقة والنقل.')).toEqual([]);
    expect(names('Reuters reported that the Kremlin and the White House disagreed. Security Council members met in New York.')).toEqual([]);
    expect(names('به گزارش خبرگزاری فارس، مذاکرات در کاخ سعدآباد برگزار شد.')).toEqual([]);
  });

  it('takes the role from the caller’s entry when the text gives no title', () => {
    const p = person('وقال زيد الراشدي إن الزيارة ناجحة.', 'زيد الراشدي', { people: [RASHIDI] });
    expect(p.canonical).toBe('Zaid Al-Rashidi');
    expect(p.role).toBe('foreign-minister');
    expect(p.country).toBe('JO');
  });

  it('reads a long surname standing alone when one known person bears it', () => {
    const people = [{ canonical: 'Ivan Karabakhov', names: ['إيفان كاراباخوف', 'ایوان کاراباخوف'], country: 'RU', role: 'minister' as const }];
    const p = person('وقال كاراباخوف إن المحادثات كانت مثمرة.', 'كاراباخوف', { people });
    expect(p.canonical).toBe('Ivan Karabakhov');
    expect(names('وقال كاراباخوف إن المحادثات كانت مثمرة.')).toEqual([]);
  });

  it('reads names with أبو and with عبد written apart', () => {
    expect(names('التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية عبد الله الصالح.')).toEqual(['أحمد أبو الغيط', 'عبد الله الصالح']);
  });
});

describe('references: counterparts and groups', () => {
  it('marks "الرئيسان" and "the two leaders" as group mentions', () => {
    const ar = mentions('التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين. وبحث الرئيسان العلاقات.');
    expect(ar.mentions.filter((m) => m.kind === 'group')).toHaveLength(1);
    const en = mentions('Chinese President Xi Jinping met Russian President Vladimir Putin. The two leaders discussed trade.');
    expect(en.mentions.filter((m) => m.kind === 'group')).toHaveLength(1);
  });

  it('gives an unnamed counterpart the country of its adjective and the office of the person it answers', () => {
    const { mentions: list } = mentions('أجرى وزير الخارجية المصري سامي كامل اتصالا هاتفيا بنظيره الروسي.');
    const c = list.find((m) => m.kind === 'counterpart');
    expect(c?.person.country).toBe('RU');
    expect(c?.person.role).toBe('foreign-minister');
    expect(c?.person.name).toBeNull();
  });

  it('gives a named Persian counterpart the office of the other party', () => {
    const text = 'محمدجواد ظریف وزیر امور خارجه کشورمان با المار محمدیاروف همتای آذربایجانی خود گفتگو کرد.';
    const p = person(text, 'المار محمدیاروف');
    expect(p.role).toBe('foreign-minister');
    expect(p.country).toBe('AZ');
  });

  it('keeps two people with the same first name apart when their titles differ in country', () => {
    const text = 'التقى وانغ يي مع وزير الخارجية الروسي سيرغي لافروف، ثم مع وزير الخارجية البيلاروسي سيرغي ألينيك.';
    expect(names(text)).toEqual(expect.arrayContaining(['سيرغي لافروف', 'سيرغي ألينيك']));
    expect(person(text, 'سيرغي ألينيك').country).toBe('BY');
  });
});
