// compromise's speed on the same text as the CorpusGen core: every file read first, then
// .quotations(), .people(), .organizations() and .places() on each, pass after pass until V8 has
// settled; the best pass is reported. Usage: node compromise-throughput.mjs <node_modules dir> <folder>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [modules, ...paths] = process.argv.slice(2);
const nlp = createRequire(join(modules, 'x.js'))('compromise');
const files = paths.flatMap(p => statSync(p).isDirectory()
  ? readdirSync(p).filter(f => f.endsWith('.txt')).sort().map(f => join(p, f))
  : [p]);
const texts = files.map(f => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

let best = 0, first = 0, passes = 0, found = 0;
const started = performance.now();
while (passes < 3 || performance.now() - started < 20000) {
  const t0 = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.quotations().length + doc.people().length + doc.organizations().length + doc.places().length;
  }
  const rate = bytes / 1e6 / ((performance.now() - t0) / 1000);
  if (passes === 0) first = rate;
  best = Math.max(best, rate);
  passes++;
}
console.log(`files: ${texts.length}, bytes: ${bytes}, first pass: ${first.toFixed(3)} MB/s, best of ${passes}: ${best.toFixed(3)} MB/s (found ${found})`);
