#!/usr/bin/env node
// Lints ../openapi.yaml with Redocly's `recommended` rules, as outside tools read it. Redocly exits 0 on
// warnings; the contract must have none either, so this fails on any problem.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.OPENAPI_SPEC ?? '../openapi.yaml');
const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

let out;
try {
  out = execFileSync(process.execPath, [cli, 'lint', spec, '--extends', 'recommended', '--format', 'json'],
    // No telemetry or update check: the lint must not call out of the machine.
    { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
} catch (e) {
  out = e.stdout; // exit 1 on errors; the report is still on stdout
}
const report = JSON.parse(out);
for (const p of report.problems) {
  console.error(`${p.severity} ${p.ruleId} at ${p.location?.[0]?.pointer ?? '?'}: ${p.message}`);
}
const { errors, warnings } = report.totals;
console.log(`lint:api (Redocly ${report.version}, recommended): ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings === 0 ? 0 : 1);
