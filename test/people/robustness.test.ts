import { findPeople, findPersonMentions } from '../../src/people/index';
import { readDocument } from '../../src/pipeline/document';
import { resolveOptions } from '../../src/options';

describe('findPeople on any input', () => {
  it('returns an array and never throws on odd content', () => {
    const inputs = ['', ' ', '،،،', 'الرئيس', 'President', 'و', '«»', '\u200c\u200c', 'الرئيس '.repeat(200), 'بن بن بن آل', 'Mr. . . Dr.', '😀 الرئيس 😀'];
    for (const text of inputs) expect(Array.isArray(findPeople(text))).toBe(true);
  });

  it('checks its arguments', () => {
    expect(() => findPeople(3 as unknown as string)).toThrow(TypeError);
    expect(() => findPeople('x', { people: 'x' as never })).toThrow(TypeError);
  });

  it('gives mentions with names, titles and entities that index the entity list', () => {
    const doc = readDocument('التقى الرئيس الصيني شي جين بينغ اليوم. وقال الرئيس شي إن العلاقات قوية.', resolveOptions('t', {}));
    const { mentions, entities } = findPersonMentions(doc);
    const named = mentions.filter((m) => m.kind === 'named');
    expect(named).toHaveLength(2);
    expect(named[0]!.entity).toBe(named[1]!.entity);
    expect(entities[named[0]!.entity]!.name).toBe('شي جين بينغ');
    for (const m of named) {
      expect(m.nameStart).not.toBeNull();
      expect(m.titleStart).not.toBeNull();
      expect(doc.text.slice(m.titleStart!, m.titleEnd!)).toMatch(/^الرييس/);
    }
  });
});
