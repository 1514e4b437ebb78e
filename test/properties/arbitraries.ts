import fc from 'fast-check';

// Pieces news text is made of, plus the characters that break naive text code: bidi and
// zero-width controls, lone surrogates, markup. Words are chosen to wake up the date and
// meeting stages, so generated text reaches deep into the pipeline rather than stopping early.
const WORDS = [
  'التقى', 'الرئيس', 'وزير الخارجية', 'استقبل', 'بحث', 'اتصالا هاتفيا', 'في', 'يوم', 'الخميس', 'أمس', 'اليوم',
  'سبتمبر', 'أيلول', 'رمضان', '1445 هـ', '15', '٢٠٢٢', 'بكين', 'الرياض', 'قصر', 'على هامش', 'هنا',
  'دیدار', 'کرد', 'رئیس‌جمهور', 'وزیر امور خارجه', 'شهریور', '۱۴۰۳', 'دوشنبه', 'فردا', 'تهران', 'گفت‌وگو',
  'met', 'President', 'Prime Minister', 'held talks with', 'on Monday', 'Jan.', 'September 15, 2022',
  'yesterday', 'BEIJING', '(Xinhua)', '--', 'phone call', 'postponed', 'next week', 'Xi', 'Jinping',
] as const;

const CONTROLS = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u0640', '\u061C'];
const HTML = ['<p>', '</p>', '<br/>', '<a href="x">', '</a>', '&amp;', '&nbsp;', '<script>', '<!-- -->', '<div dir="rtl">'];
const PUNCTUATION = ['«', '»', '(', ')', '((', '))', '،', '؛', '.', ',', ':', '-', '/', '"', '؟', '!', '…', '٫'];
const SPACES = [' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00A0', '\u2009', '\u3000'];

const codeUnitIn = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((n) => String.fromCharCode(n));

const arabicLetters = fc.string({ unit: codeUnitIn(0x0600, 0x06ff), minLength: 1, maxLength: 8 });
const latinLetters = fc.string({ unit: codeUnitIn(0x41, 0x7a), minLength: 1, maxLength: 8 });
const digits = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.string({ unit: codeUnitIn(0x0660, 0x0669), minLength: 1, maxLength: 4 }),
  fc.string({ unit: codeUnitIn(0x06f0, 0x06f9), minLength: 1, maxLength: 4 }),
);
const loneSurrogate = codeUnitIn(0xd800, 0xdfff);

/** One piece of text; pieces are joined without separators, so they also collide mid-word. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...SPACES), weight: 5 },
  { arbitrary: arabicLetters, weight: 3 },
  { arbitrary: latinLetters, weight: 2 },
  { arbitrary: digits, weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...CONTROLS), weight: 2 },
  { arbitrary: fc.constantFrom(...HTML), weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
);

const mixed = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const randomUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const randomCodeUnits = fc.string({ unit: codeUnitIn(0, 0xffff), maxLength: 200 });
const blank = fc.array(fc.constantFrom(...SPACES, ...CONTROLS), { maxLength: 20 }).map((parts) => parts.join(''));
// A very long line: one piece repeated thousands of times with no sentence break.
const longLine = fc.tuple(piece, fc.integer({ min: 200, max: 3000 })).map(([p, n]) => p.replace(/\n/g, ' ').repeat(n).slice(0, 10_000));

/** Any text the library may be handed. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: mixed, weight: 8 },
  { arbitrary: randomUnicode, weight: 2 },
  { arbitrary: randomCodeUnits, weight: 2 },
  { arbitrary: blank, weight: 1 },
  { arbitrary: longLine, weight: 1 },
);

/** Options a caller may pass: no reference date, a `Date`, or an ISO day; sometimes a language. */
export const anyOptions = fc.record(
  {
    referenceDate: fc.oneof(
      fc.integer({ min: 1950, max: 2100 }).chain((y) =>
        fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
      ).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }).map((t) => new Date(t)),
    ),
    language: fc.constantFrom('ar' as const, 'fa' as const, 'en' as const),
  },
  { requiredKeys: [] },
);

/** Runs per property: 10,000 in CI (`MAJLIS_PROPERTY_RUNS`), fewer in the everyday `npm test`. */
export function numRuns(): number {
  const n = Number(process.env.MAJLIS_PROPERTY_RUNS);
  return Number.isInteger(n) && n > 0 ? n : 200;
}

/** Fixed by `MAJLIS_PROPERTY_SEED` to replay a failure; random otherwise (fast-check prints it). */
export function seed(): number | undefined {
  const n = Number(process.env.MAJLIS_PROPERTY_SEED);
  return Number.isInteger(n) ? n : undefined;
}
