import { normalizeText, originalSpan } from '../../src/text/normalize';
import { PhraseMatcher } from '../../src/text/phraseMatcher';
import { tokenize } from '../../src/text/tokens';

describe('normalizeText', () => {
  it('folds letter variants, digits and marks, and maps back to exact spans', () => {
    const input = 'وَالتَقى الرئيـــس ۲۲ آگوست ٢٠٢٢ في سه‌شنبه';
    const nt = normalizeText(input);
    expect(nt.text).toBe('والتقي الرييس 22 اگوست 2022 في سه شنبه');
    const at = nt.text.indexOf('الرييس');
    const span = originalSpan(nt, at, at + 'الرييس'.length);
    expect(span.text).toBe('الرئيـــس');
    expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps a trailing mark inside the span of the letter it sits on', () => {
    const input = 'محمدٌ جاء';
    const nt = normalizeText(input);
    const span = originalSpan(nt, 0, 4);
    expect(span.text).toBe('محمدٌ');
  });

  it('decomposes presentation-form ligatures', () => {
    const nt = normalizeText('ﻻ شيء');
    expect(nt.text.startsWith('لا')).toBe(true);
    expect(originalSpan(nt, 0, 1).text).toBe('ﻻ');
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>([
    ['الرئيس', 'president'],
    ['وزير الخارجية', 'fm'],
    ['نخست‌وزیر', 'pm'],
  ], { proclitics: true, joined: true });

  it('strips Arabic proclitics and the elided article', () => {
    for (const word of ['بالرئيس', 'والرئيس', 'للرئيس']) {
      const nt = normalizeText(word);
      const hits = matcher.matchAt(nt.text, tokenize(nt.text), 0);
      expect(hits[0]?.value).toBe('president');
    }
  });

  it('matches Persian compounds with a space, a ZWNJ or joined', () => {
    for (const text of ['نخست وزیر', 'نخست‌وزیر', 'نخستوزیر']) {
      const nt = normalizeText(text);
      expect(matcher.findAll(nt.text, tokenize(nt.text)).map((m) => m.value)).toEqual(['pm']);
    }
  });
});
