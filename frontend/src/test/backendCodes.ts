/// <reference types="node" />
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoFile } from './contract';

const JAVA_ROOT = 'backend/src/main/java';

function javaSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return javaSources(path);
    return name.endsWith('.java') ? [path] : [];
  });
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

/**
 * Every problem code the backend can answer with: the titles of its message bundle and the codes its
 * sources throw (a new ProblemException with a Kind, a rule violation, or an older slug).
 */
export function backendProblemCodes(): string[] {
  const bundle = matches(repoFile('backend/src/main/resources/problems.properties'), /^([A-Z][A-Z0-9_]+)\.title=/gm);
  const root = resolve(__dirname, '../../..', JAVA_ROOT);
  const thrown = javaSources(root).flatMap((file) => {
    const src = repoFile(file.slice(root.length - JAVA_ROOT.length));
    return [
      ...matches(src, /Kind\.[A-Z_]+,\s*"([A-Z][A-Z0-9_]+)"/g),
      ...matches(src, /ruleViolated\(\s*"([A-Z][A-Z0-9_]+)"/g),
      ...matches(src, /new ProblemException\(\s*\d{3},\s*"([a-z-]+)"/g).map((slug) => slug.toUpperCase().replace(/-/g, '_')),
    ];
  });
  return [...new Set([...bundle, ...thrown])].filter((c) => !c.startsWith('HTTP_')).sort();
}

/** Every field-error code: Bean Validation's (FieldCodes), the ones sources name, and the Chinese bundle's. */
export function backendFieldCodes(): string[] {
  const fieldCodes = matches(repoFile(`${JAVA_ROOT}/io/pareto/common/FieldCodes.java`), /"([A-Z][A-Z_]+)"/g);
  const root = resolve(__dirname, '../../..', JAVA_ROOT);
  const named = javaSources(root).flatMap((file) => {
    const src = repoFile(file.slice(root.length - JAVA_ROOT.length));
    return [
      ...matches(src, /FieldError\(\s*[^,();]+,\s*"([A-Z][A-Z0-9_]+)"/g),
      ...matches(src, /badRequest\(\s*[^,();]+,\s*"([A-Z][A-Z0-9_]+)"/g),
    ];
  });
  const bundle = matches(repoFile('backend/src/main/resources/problems_zh_CN.properties'), /^field\.([A-Z][A-Z0-9_]+)=/gm);
  return [...new Set([...fieldCodes, ...named, ...bundle, 'INVALID', 'NOT_ALLOWED'])].sort();
}
