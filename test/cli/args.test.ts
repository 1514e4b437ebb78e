import { parseArguments } from '../../src/cli/args';

describe('parseArguments', () => {
  it('reads files, flags in both spellings, and defaults', () => {
    const r = parseArguments(['a.txt', '--format=table', '--reference-date', '2024-05-20', '--lang', 'fa', 'b.txt']);
    expect(r).toEqual({ kind: 'run', files: ['a.txt', 'b.txt'], format: 'table', referenceDate: '2024-05-20', language: 'fa', prefer: null });
  });

  it('reads standard input when no file is named, and keeps `-` as a file', () => {
    expect(parseArguments([])).toMatchObject({ kind: 'run', files: ['-'], format: 'json' });
    expect(parseArguments(['--format', 'ndjson', '-'])).toMatchObject({ files: ['-'], format: 'ndjson' });
  });

  it('treats everything after -- as a file name', () => {
    expect(parseArguments(['--', '--format', '-x'])).toMatchObject({ files: ['--format', '-x'] });
  });

  it('lets --help and --version win over other arguments', () => {
    expect(parseArguments(['x', '--format', 'bad', '--help'])).toEqual({ kind: 'help' });
    expect(parseArguments(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['--format', 'xml'], /--format/],
    [['--lang', 'de'], /--lang/],
    [['--prefer', 'soon'], /--prefer/],
    [['--reference-date'], /needs a value/],
    [['--reference-date='], /--reference-date/],
    [['--colour'], /unknown option --colour/],
  ])('refuses %j with a message naming the option', (argv, message) => {
    const r = parseArguments(argv);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toMatch(message);
  });
});
