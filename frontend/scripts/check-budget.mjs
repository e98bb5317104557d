#!/usr/bin/env node
// Fails when the initial JavaScript (the entry chunk plus every chunk it imports statically)
// exceeds the gzip budget. Lazy route chunks (dynamic imports) are not counted: they load on
// navigation. Run after `npm run build`; reads dist/.vite/manifest.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const budgetKb = Number(process.env.BUDGET_KB ?? 300);

if (!existsSync(manifestPath)) {
  console.error(`check:budget: ${manifestPath} not found — run "npm run build" first.`);
  process.exit(2);
}

/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error('check:budget: the manifest names no entry chunk.');
  process.exit(2);
}

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) visit(dep);
};
for (const [key] of entries) visit(key);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push([file, gz]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [file, gz] of rows) console.log(`  ${(gz / 1024).toFixed(1).padStart(8)} KB  ${file}`);

const totalKb = total / 1024;
const line = `initial JS: ${totalKb.toFixed(1)} KB gzipped (budget ${budgetKb} KB, ${rows.length} chunk(s))`;
if (totalKb > budgetKb) {
  console.error(`check:budget FAILED — ${line}. Split heavy pages with React.lazy or drop a dependency.`);
  process.exit(1);
}
console.log(`check:budget OK — ${line}`);
