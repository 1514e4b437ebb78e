import { displayWidth, padToWidth, truncateToWidth } from '../../src/cli/displayWidth';
import { isolate } from '../../src/cli/isolate';
import { formatTableBlock } from '../../src/cli/formatResults';
import { personLabel } from '../../src/cli/meetingCells';
import { renderTable } from '../../src/cli/table';
import type { Meeting, Person } from '../../src/types';

function person(name: string | null, canonical: string | null, country: string | null): Person {
  return { name, canonical, title: null, role: null, country, span: null };
}

const meeting: Meeting = {
  participants: [person('شي جين بينغ', 'Xi Jinping', 'CN'), person('ألكسندر لوكاشينكو', null, 'BY')],
  attendees: [person('وانغ يي', 'Wang Yi', 'CN')],
  host: null,
  date: {
    value: '2022-09-15', precision: 'day', calendar: 'gregory', partOfDay: 'afternoon', text: 'بعد ظهر يوم الخميس', span: null,
    known: { year: false, month: false, day: false, weekday: true },
  },
  location: { name: 'سمرقند', canonical: 'Samarkand', country: 'UZ', venue: null, span: null },
  modality: 'in-person',
  status: 'held',
  context: null,
  evidence: [],
  confidence: 0.9,
};

/** Column of each `│` in a line, counted in display columns. */
function separatorColumns(line: string): number[] {
  const columns: number[] = [];
  let width = 0;
  for (const ch of line) {
    if (ch === '│' || ch === '┼') columns.push(width);
    width += displayWidth(ch);
  }
  return columns;
}

describe('display width', () => {
  it('counts marks and controls as zero columns and CJK as two', () => {
    expect(displayWidth('مُحَمَّد')).toBe(4);
    expect(displayWidth('\u2068abc\u2069\u200E')).toBe(3);
    expect(displayWidth('习近平')).toBe(6);
    expect(displayWidth('نخست‌وزیر')).toBe(8);
  });

  it('pads and truncates by columns', () => {
    expect(displayWidth(padToWidth('مُحَمَّد', 10))).toBe(10);
    expect(truncateToWidth('abcdefghij', 5)).toBe('abcd…');
    expect(displayWidth(truncateToWidth('习近平习近平', 5))).toBeLessThanOrEqual(5);
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});

describe('isolate', () => {
  it('wraps a value in FSI…PDI and drops bidi controls inside it', () => {
    expect(isolate('\u202Bشي\u202C')).toBe('\u2068شي\u2069');
    expect(isolate('')).toBe('');
  });
});

describe('table', () => {
  it('lines up every separator by display width, with Arabic, marks and CJK in cells', () => {
    const table = renderTable(['a', 'b', 'c'], [
      [[isolate('مُحَمَّد بن سلمان')], [isolate('习近平')], ['x']],
      [['1'], [isolate('نخست‌وزیر'), 'second line'], ['y']],
    ]);
    const lines = table.split('\n');
    const expected = separatorColumns(lines[0] as string);
    expect(expected).toHaveLength(2);
    for (const line of lines) expect(separatorColumns(line)).toEqual(expected);
  });

  it('starts every line left to right and keeps every isolate closed on its line', () => {
    const block = formatTableBlock({ file: 'خبر.txt', language: 'ar', meetings: [meeting, { ...meeting, attendees: [] }] });
    for (const line of block.trimEnd().split('\n')) {
      expect(line.startsWith('\u200E')).toBe(true);
      expect(line.split('\u2068').length).toBe(line.split('\u2069').length);
    }
    expect(block).toContain('2 meetings');
    expect(block).toContain('2022-09-15 afternoon');
    expect(block).toContain('\u2068شي جين بينغ\u2069 (\u2068Xi Jinping\u2069, CN)');
  });

  it('says when a document has no meeting', () => {
    expect(formatTableBlock({ file: '-', language: 'und', meetings: [] })).toBe('\u200E\u2068(stdin)\u2069 [und]: 0 meetings\n');
  });

  it('labels an unnamed party by what is known of it', () => {
    expect(personLabel(person(null, null, 'BY'))).toBe('(BY)');
    expect(personLabel(person(null, null, null))).toBe('?');
    expect(personLabel({ ...person(null, null, 'BY'), title: 'نظيره البيلاروسي' })).toBe('\u2068نظيره البيلاروسي\u2069 (BY)');
  });
});
