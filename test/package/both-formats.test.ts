import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

interface Report {
  exports: string[];
  error: string | null;
  results: unknown[];
}

// The loader runs in its own Node process: Jest's module system is neither plain ESM nor plain CommonJS.
function load(): { esm: Report; cjs: Report } {
  const r = spawnSync(process.execPath, [resolve(__dirname, 'both-formats.cjs')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { esm: Report; cjs: Report };
}

describe('the built package, imported as ESM and required as CommonJS', () => {
  const { esm, cjs } = load();

  it('exports the same public functions', () => {
    expect(esm.exports).toEqual(['detectLanguage', 'extractMeetings', 'findDates', 'findPeople', 'findPlaces', 'nameKey', 'normalizeDate', 'sameName']);
    expect(cjs.exports).toEqual(esm.exports);
  });

  it('throws the same TypeError for a wrong argument', () => {
    expect(esm.error).toMatch(/^TypeError: .*text/);
    expect(cjs.error).toBe(esm.error);
  });

  it('gives the same results on the seed and dev articles and on odd strings', () => {
    expect(esm.results.length).toBeGreaterThan(5);
    expect(cjs.results).toEqual(esm.results);
  });
});
