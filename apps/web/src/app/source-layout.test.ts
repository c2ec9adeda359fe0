/**
 * The web app's file-name convention and module boundaries (CONTRIBUTING.md, "Web files"), checked so that
 * a wrongly named file or a reach into another module's internals fails the suite instead of a review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const sourceFiles = fs
  .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx|d\.ts)$/.test(file))
  .map((file) => file.split(path.sep).join('/'));

const PASCAL_COMPONENT = /^[A-Z][A-Za-z0-9]*\.tsx$/;
/** Lower-case words joined by hyphens, then dotted suffixes: `use-org-list.ts`, `org-filters.test.ts`, `schema.d.ts`. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx)$/;

function fileNameProblem(file: string, source: string): string | null {
  const name = path.posix.basename(file);
  const inComponentFolder = /(^|\/)(components|pages)\//.test(file);
  if (PASCAL_COMPONENT.test(name)) {
    const exportsComponent = /export (default )?(function|const) [A-Z]\w*/.test(source);
    return exportsComponent ? null : `${file}: a PascalCase file exports a React component; name it in kebab-case`;
  }
  if (inComponentFolder) return `${file}: components/ and pages/ hold PascalCase .tsx component files only`;
  return KEBAB.test(name) ? null : `${file}: name it in kebab-case (e.g. use-org-list.ts), or PascalCase.tsx for a component`;
}

/** The module a source file belongs to, or null for app/ and shared/. */
function moduleOf(file: string): string | null {
  return /^modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

function boundaryProblems(file: string, source: string): string[] {
  const own = moduleOf(file);
  if (!own) return [];
  const problems: string[] = [];
  for (const [, specifier] of source.matchAll(/(?:from |import\()'(\.{1,2}\/[^']+)'/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!));
    const other = /^modules\/([^/]+)(\/.*)?$/.exec(target);
    if (!other || other[1] === own) continue;
    // Another module is reached through its index.ts only, as on the server.
    if (other[2] !== undefined && other[2] !== '/index') {
      problems.push(
        `${file}: imports ${specifier}; import '${path.posix.relative(path.posix.dirname(file), `modules/${other[1]}`)}' (its index.ts) or move the piece to shared/`,
      );
    }
  }
  return problems;
}

describe('web source layout', () => {
  it('names component files in PascalCase and every other file in kebab-case', () => {
    const problems = sourceFiles.map((file) => fileNameProblem(file, fs.readFileSync(path.join(SRC, file), 'utf8'))).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('lets a module use another module only through its index.ts', () => {
    const problems = sourceFiles.flatMap((file) => boundaryProblems(file, fs.readFileSync(path.join(SRC, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('recognises the mistakes it is there to catch', () => {
    expect(fileNameProblem('modules/selection/components/review-panel-card.tsx', 'export function ReviewPanelCard() {}')).toMatch(
      /PascalCase/,
    );
    expect(fileNameProblem('modules/bodies/hooks/useBodies.ts', 'export function useBodies() {}')).toMatch(/kebab-case/);
    expect(fileNameProblem('modules/bodies/BodyRules.tsx', 'export function bodyRules() {}')).toMatch(/exports a React component/);
    expect(fileNameProblem('modules/bodies/components/DateInput.tsx', 'export function DateInput() {}')).toBeNull();
    expect(fileNameProblem('app/api/schema.d.ts', 'export interface paths {}')).toBeNull();
    expect(
      boundaryProblems('modules/bodies/components/X.tsx', "import { A } from '../../organizations/hooks/use-organizations';"),
    ).toHaveLength(1);
    expect(boundaryProblems('modules/bodies/components/X.tsx', "import { A } from '../../organizations';")).toEqual([]);
    expect(boundaryProblems('modules/bodies/components/X.tsx', "import { A } from '../../../shared/components/DateInput';")).toEqual([]);
  });
});
