import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// franc-min and its helpers ship as ESM only. The CommonJS build bundles them so that it loads
// under `require`; the ESM build leaves them as imports, so that a consumer's bundler can drop
// them (they declare `sideEffects: false`) when only the date functions are used: once inlined
// into dist/index.js, their module-level set-up code could no longer be shaken out.
const esmOnlyDependencies = ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'];
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The builds run side by side, so none cleans dist/: the `prebuild` script does.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal: esmOnlyDependencies,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    define: { __MAJLIS_VERSION__: JSON.stringify(version) },
    banner: { js: '#!/usr/bin/env node' },
  },
]);
