import { findPeople } from '../../src/people/index';
import { expectExactSpans, names, person } from './helpers';

describe('English names and titles', () => {
  it('reads a country adjective, a title and a full name', () => {
    const text = 'Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday.';
    expect(names(text)).toEqual(['Xi Jinping', 'Emmanuel Macron']);
    const xi = person(text, 'Xi Jinping');
    expect(xi.role).toBe('head-of-state');
    expect(xi.country).toBe('CN');
    expectExactSpans(text);
  });

  it('links "President Xi" and "Xi" to the full name', () => {
    const text = 'Chinese President Xi Jinping hosted the talks. President Xi said ties were strong. Xi later left.';
    const all = findPeople(text).filter((p) => p.name === 'Xi Jinping');
    expect(all.map((p) => p.span?.text)).toEqual(['Chinese President Xi Jinping', 'President Xi', 'Xi']);
  });

  it('reads a counterpart with a name, honorifics and compound Arabic names', () => {
    const text = 'Mr. Blinken met his Russian counterpart Sergei Lavrov, and Saudi Crown Prince Mohammed bin Salman received him.';
    expect(names(text)).toEqual(['Blinken', 'Sergei Lavrov', 'Mohammed bin Salman']);
    expect(person(text, 'Sergei Lavrov').country).toBe('RU');
    const mbs = person(text, 'Mohammed bin Salman');
    expect(mbs.role).toBe('crown-prince');
    expect(mbs.country).toBe('SA');
  });

  it('reads appositions after the name and hyphenated names', () => {
    const text = 'He then held talks with Majid Takht-Ravanchi, deputy foreign minister for European affairs, and with Cho Tae-yul.';
    expect(names(text)).toEqual(['Majid Takht-Ravanchi', 'Cho Tae-yul']);
    expect(person(text, 'Majid Takht-Ravanchi').role).toBe('official');
  });

  it('reads attendees after "also present were" and keeps places out', () => {
    const text = 'The king received him at Al-Salam Palace in Jeddah. Also present were Martina Strong and Faris Asad.';
    expect(names(text)).toEqual(['Martina Strong', 'Faris Asad']);
  });

  it('reads hyphenated titles, possessive countries and initials', () => {
    const text = "UN Secretary-General Karl Brenner met India's External Affairs Minister R. K. Varma.";
    expect(person(text, 'Karl Brenner').role).toBe('organization-head');
    const varma = person(text, 'R. K. Varma');
    expect(varma.role).toBe('foreign-minister');
    expect(varma.country).toBe('IN');
  });

  it('gives the canonical name from the caller’s people across scripts', () => {
    const people = [{ canonical: 'Zaid Al-Rashidi', names: ['زيد الراشدي', 'Zaid al-Rashidi'], country: 'JO', role: 'foreign-minister' as const }];
    expect(person('Foreign Minister Zaid al-Rashidi arrived.', 'Zaid al-Rashidi', { people }).canonical).toBe('Zaid Al-Rashidi');
  });
});
