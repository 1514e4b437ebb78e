#!/usr/bin/env node
// Fast development build (no type declarations): bundles src/index.ts to OUTDIR/index.js so that
// several people can run the scorer at once without touching dist/.
//   node scripts/dev-build.mjs .tmp/mine && node ../shared/eval/score.mjs --lib .tmp/mine/index.js ../shared/seeds/gold
import { build } from 'esbuild';

const outdir = process.argv[2] ?? '.tmp/dev';
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: `${outdir}/index.js`,
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
