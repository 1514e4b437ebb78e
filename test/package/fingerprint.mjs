#!/usr/bin/env node
// Prints a hash of every public function's result over the corpus, computed with the built
// package. CI runs it under two time zones and compares: results must not depend on TZ.
//   TZ=Asia/Tehran node test/package/fingerprint.mjs [dist/index.js]
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAll } from './corpus.mjs';

const lib = resolve(process.argv[2] ?? 'dist/index.js');
const api = await import(pathToFileURL(lib).href);
const json = JSON.stringify(runAll(api));
console.log(createHash('sha256').update(json).digest('hex'));
