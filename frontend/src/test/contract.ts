/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file of the repository (the contract, the backend's message bundles), for tests only. */
export function repoFile(path: string): string {
  return readFileSync(resolve(__dirname, '../../..', path), 'utf8');
}

/**
 * The values of a string enum schema in openapi.yaml (the generated contract), read from its text so
 * that a test fails as soon as the backend adds a code the web app cannot translate yet.
 */
export function contractEnum(schema: string): string[] {
  const block = new RegExp(`\\n {4}${schema}:\\n(?: {6}.*\\n)*? {6}enum:\\n((?: {6}- .*\\n)+)`).exec(repoFile('openapi.yaml'));
  if (!block) throw new Error(`no enum schema ${schema} in openapi.yaml`);
  return (block[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/^ {6}- /, '').trim())
    .filter(Boolean);
}
