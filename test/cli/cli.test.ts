import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractMeetings } from '../../src/index';
import { CLI, ROOT, SEEDS, runCli } from './helpers';

const SEED = resolve(SEEDS, '000_b20aac08ffbfa435.txt');
const SEED_FA = resolve(SEEDS, '002_ac134246e2de49ce.txt');
const version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('majlis CLI (dist/cli.js)', () => {
  it('is built with a shebang, so the bin entry runs on its own', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the package version and a help text', () => {
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const flag of ['--format', '--reference-date', '--lang']) expect(help.stdout).toContain(flag);
  });

  it('prints one JSON array with a record per file, equal to the library result', () => {
    const r = runCli(['--reference-date', '2022-09-15', SEED, SEED_FA]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const records = JSON.parse(r.stdout) as Array<{ file: string; language: string; meetings: unknown }>;
    expect(records.map((x) => [x.file, x.language])).toEqual([[SEED, 'ar'], [SEED_FA, 'fa']]);
    const expected = extractMeetings(readFileSync(SEED, 'utf8'), { referenceDate: '2022-09-15' });
    expect(records[0]?.meetings).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reports a missing file in one line on stderr, exits 1, and still processes the others', () => {
    const r = runCli(['--format', 'ndjson', SEED, 'no/such/file.txt', SEED_FA]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('no/such/file.txt')]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string });
    expect(lines.map((l) => l.file)).toEqual([SEED, SEED_FA]);
  });

  it('reports a directory given as a file the same way', () => {
    const r = runCli(['--format', 'ndjson', SEEDS]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('reads standard input for `-` and when no file is given', () => {
    const text = readFileSync(SEED, 'utf8');
    for (const args of [['--format', 'ndjson', '-'], ['--format', 'ndjson']]) {
      const r = runCli(args, text);
      expect(r.status).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] as string)).toMatchObject({ file: '-', language: 'ar' });
    }
  });

  it('passes --lang through instead of identifying the language', () => {
    const r = runCli(['--lang', 'en', '--format', 'ndjson', '-'], 'الرئيس');
    expect(JSON.parse(r.stdout)).toMatchObject({ language: 'en' });
  });

  it('refuses a wrong option or reference date with exit 2 and a one-line message', () => {
    for (const args of [['--format', 'xml', SEED], ['--reference-date', 'yesterday', SEED], ['--bogus']]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith('majlis: ')).toBe(true);
    }
    expect(runCli(['--reference-date', 'yesterday', SEED]).stderr).toContain('referenceDate');
  });

  it('prints a table per file, every line laid out left to right with closed isolates', () => {
    const r = runCli(['--format', 'table', SEED, SEED_FA]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => /\[(ar|fa|en|und)\]: \d+ meetings?$/.test(l))).toHaveLength(2);
    for (const line of lines) {
      expect(line.startsWith('\u200E')).toBe(true);
      expect(line.split('\u2068').length).toBe(line.split('\u2069').length);
    }
  });

  it('never fails on odd input', () => {
    const odd = '\u202E\uD800«« (((( \u200F' + 'ب'.repeat(5000);
    for (const format of ['json', 'ndjson', 'table']) expect(runCli(['--format', format, '-'], odd).status).toBe(0);
  });
});
