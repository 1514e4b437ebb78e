import { expectExactSpans, names, person } from './helpers';
import { findPeople } from '../../src/index';

describe('Persian names and titles', () => {
  it('reads appositions before the title, with or without a comma', () => {
    const text = 'لی کیانگ ، نخست وزیر چین، با رومن گولوفچنکو، همتای بلاروسی خود، در مینسک دیدار کرد.';
    expect(names(text)).toEqual(['لی کیانگ', 'رومن گولوفچنکو']);
    const li = person(text, 'لی کیانگ');
    expect(li.role).toBe('head-of-government');
    expect(li.country).toBe('CN');
    const roman = person(text, 'رومن گولوفچنکو');
    expect(roman.country).toBe('BY');
    expect(roman.role).toBe('head-of-government');
    expectExactSpans(text);
  });

  it('reads names written with or without the zero-width non-joiner, and honorifics stay out', () => {
    const text = 'سید ابراهیم رئیسی رئیس‌جمهور ایران با حسین امیر\u200cعبداللهیان وزیر امور خارجه دیدار کرد.';
    expect(names(text)).toEqual(['ابراهیم رئیسی', 'حسین امیر\u200cعبداللهیان']);
    expect(person(text, 'ابراهیم رئیسی').role).toBe('head-of-state');
    expect(person(text, 'حسین امیر\u200cعبداللهیان').role).toBe('foreign-minister');
  });

  it('reads a name in «» before its title', () => {
    const text = '«کامران نیک‌نام» سفیر ایران در ترکیه با «داود گل» استاندار استانبول دیدار کرد.';
    expect(names(text)).toEqual(['کامران نیک‌نام', 'داود گل']);
    expect(person(text, 'کامران نیک‌نام').role).toBe('diplomat');
  });

  it('does not take the noun of a compound verb for part of a name', () => {
    const text = 'در این دیدار نخست وزیر لی کیانگ تأیید کرد که همکاری ادامه دارد.';
    expect(names(text)).toEqual(['لی کیانگ']);
  });
});

describe('a surname standing alone', () => {
  it('reads a six-letter surname of someone in office as that person', () => {
    const people = findPeople('عراقچی امروز با امیر قطر دیدار کرد.', { referenceDate: '2024-10-06' });
    expect(people.map((p) => p.canonical)).toContain('Abbas Araghchi');
  });

  it('leaves a common noun after a determiner alone ("این روحانی")', () => {
    expect(findPeople('این روحانی با مردم دیدار کرد.').map((p) => p.canonical)).not.toContain('Hassan Rouhani');
  });

  it('leaves a regnal ordinal alone ("الخامس")', () => {
    expect(findPeople('وصل الوفد في اليوم الخامس من الزيارة.', { referenceDate: '2024-10-06' }).map((p) => p.canonical)).toEqual([]);
  });
});
