import * as majlis from '../../src/index';

type TextFn = (text: unknown, options?: unknown) => unknown;
const withOptions: Array<[string, TextFn]> = [
  ['extractMeetings', majlis.extractMeetings as TextFn],
  ['findDates', majlis.findDates as TextFn],
  ['normalizeDate', majlis.normalizeDate as TextFn],
  ['findPeople', majlis.findPeople as TextFn],
  ['findPlaces', majlis.findPlaces as TextFn],
];

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe.each(withOptions)('%s argument checks', (name, fn) => {
  it.each([null, undefined, 42, {}, ['text'], Symbol('s')])('refuses text %p with a TypeError naming `text`', (bad) => {
    const e = thrown(() => fn(bad));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toContain(name);
    expect(e.message).toContain('`text`');
  });

  it('refuses options that are not an object', () => {
    for (const bad of ['2024-01-01', 5, [1]]) {
      const e = thrown(() => fn('x', bad));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toContain('`options`');
    }
  });

  it.each([
    [{ referenceDate: 'yesterday' }, RangeError, 'referenceDate'],
    [{ referenceDate: '2023-02-30' }, RangeError, 'referenceDate'],
    [{ referenceDate: new Date(Number.NaN) }, RangeError, 'referenceDate'],
    [{ referenceDate: 20240101 }, TypeError, 'referenceDate'],
    [{ language: 'xx' }, RangeError, 'language'],
    [{ language: 'AR' }, RangeError, 'language'],
    [{ prefer: 'soon' }, RangeError, 'prefer'],
  ])('refuses %p with the right error naming the option', (options, kind, option) => {
    const e = thrown(() => fn('text', options));
    expect(e).toBeInstanceOf(kind);
    expect(e.message).toContain(`\`${option}\``);
  });

  it('accepts every documented form of the options', () => {
    for (const options of [undefined, {}, { referenceDate: '2024-05-20' }, { referenceDate: '2024-05-20T10:00:00Z' }, { referenceDate: new Date(Date.UTC(2024, 4, 20)) }, { language: 'fa' }, { prefer: 'past' }]) {
      expect(() => fn('التقى الرئيس يوم الخميس', options)).not.toThrow();
    }
  });
});

describe('detectLanguage, nameKey and sameName argument checks', () => {
  it('refuse non-strings with a TypeError naming the argument', () => {
    expect(thrown(() => majlis.detectLanguage(null as unknown as string))).toBeInstanceOf(TypeError);
    expect(thrown(() => majlis.detectLanguage(1 as unknown as string)).message).toContain('`text`');
    expect(thrown(() => majlis.nameKey(undefined as unknown as string)).message).toContain('`name`');
    expect(thrown(() => majlis.sameName('a', 3 as unknown as string)).message).toContain('`b`');
  });
});

describe('extra gazetteer entries', () => {
  it.each([
    [{ people: 'Xi' }, TypeError],
    [{ people: [{ names: ['x'] }] }, TypeError],
    [{ people: [{ canonical: 'X', names: 'x' }] }, TypeError],
    [{ people: [{ canonical: 'X', names: ['x'], country: 'China' }] }, RangeError],
    [{ people: [{ canonical: 'X', names: ['x'], role: 'king' }] }, RangeError],
    [{ places: [null] }, TypeError],
  ])('refuses %p', (options, kind) => {
    const e = thrown(() => majlis.extractMeetings('text', options as majlis.ExtractOptions));
    expect(e).toBeInstanceOf(kind);
    expect(e.message).toMatch(/`(people|places)\[?/);
  });
});
