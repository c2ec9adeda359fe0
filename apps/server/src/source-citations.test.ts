/**
 * Comments and test names cite what a reader of the repository can open (CONTRIBUTING.md, "Rules of the house"):
 * a document's title and article, or docs/sources.md — never the requirement list or the seed files a project's
 * founders worked from, which are not in the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FOLDERS = ['apps/server/src', 'apps/web/src', 'packages/contracts/src', 'e2e', 'bench'];
/** The requirement list's section sign followed by a number, or the word seed(s) before a three-digit file number. */
const UNOPENABLE = /SPEC §\d|\bseeds? `?0\d\d\b/i;

function sources(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.join(folder, file));
}

it('cites documents and docs/sources.md, not files outside the repository', () => {
  const offending = FOLDERS.flatMap(sources).flatMap((file) =>
    fs
      .readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (UNOPENABLE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(offending).toEqual([]);
});
