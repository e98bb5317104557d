#!/usr/bin/env node
// Fails when src/api/schema.d.ts is not what openapi-typescript makes from ../openapi.yaml,
// i.e. when the contract changed and nobody ran `npm run gen:api`. OPENAPI_SPEC overrides the
// spec path (for local experiments only; CI uses the committed ../openapi.yaml).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.OPENAPI_SPEC ?? '../openapi.yaml');
const committed = join(root, 'src', 'api', 'schema.d.ts');
const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');

if (!existsSync(spec)) {
  console.error(`check:api FAILED — ${spec} does not exist. The backend build writes it; commit it, then run npm run gen:api.`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error('check:api FAILED — src/api/schema.d.ts is missing: run npm run gen:api');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'pareto-api-'));
try {
  const fresh = join(dir, 'schema.d.ts');
  execFileSync(process.execPath, [cli, spec, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const normalise = (s) => s.replace(/\r\n/g, '\n');
  if (normalise(readFileSync(fresh, 'utf8')) !== normalise(readFileSync(committed, 'utf8'))) {
    console.error(`check:api FAILED — src/api/schema.d.ts is stale against ${spec}: run npm run gen:api`);
    process.exit(1);
  }
  console.log(`check:api OK — src/api/schema.d.ts matches ${spec}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
