/**
 * Module boundaries of the server (ARCHITECTURE.md, "Module boundaries"), checked by eslint-plugin-boundaries:
 * - a module reaches another module only through its index.ts; a `*.table.ts` may import another module's
 *   `*.table.ts`, for a foreign key, and nothing else may; an index.ts opens no table (it opens functions and
 *   read models such as `organizationDirectory()`);
 * - the kernel imports no module, and no module imports the composition (modules/index.ts);
 * - the application around the modules (app.ts, bootstrap, cli/, testing/) uses modules through their index.ts.
 * demo/ (seeding) and bench/ (measuring) may use a module's services and tables directly.
 */
import boundaries from 'eslint-plugin-boundaries';

const MODULE = { element: { type: 'module' } };
const COMPOSITION = { file: { categories: 'composition' } };
const APPLICATION = { element: { type: 'application' } };
const ENTRY = { element: { type: 'module', fileInternalPath: 'index.ts' } };

export const moduleBoundaries = {
  files: ['apps/server/src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: ['apps/server/tsconfig.json'] } },
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    'boundaries/elements': [
      { type: 'module', pattern: 'apps/server/src/modules/*', capture: ['module'] },
      { type: 'kernel', pattern: 'apps/server/src/kernel' },
      { type: 'tooling', pattern: 'apps/server/src/demo' },
      { type: 'application', pattern: 'apps/server/src' },
    ],
    'boundaries/files': [
      { category: 'composition', pattern: 'apps/server/src/modules/index.ts' },
      { category: 'table', pattern: '**/*.table.ts' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        checkInternals: true,
        policies: [
          {
            from: MODULE,
            disallow: { to: [MODULE, COMPOSITION] },
            message: "Another module's internals: import what it opens in its index.ts (ARCHITECTURE.md, Module boundaries)",
          },
          { from: MODULE, allow: { to: { element: { type: 'module', captured: { module: '{{from.captured.module}}' } } } } },
          { from: MODULE, allow: { to: ENTRY } },
          {
            from: { element: { type: 'module' }, file: { categories: 'table' } },
            allow: { to: { element: { type: 'module', fileInternalPath: '**/*.table.ts' } } },
          },
          {
            from: { element: { type: 'module', fileInternalPath: 'index.ts' } },
            disallow: { to: { file: { categories: 'table' } } },
            message: 'index.ts opens functions and read models, not tables: other modules must not join this table',
          },
          {
            from: { element: { type: 'kernel' } },
            disallow: { to: [MODULE, COMPOSITION] },
            message: 'The kernel imports no module: modules stand on the kernel, not the other way round',
          },
          {
            from: APPLICATION,
            disallow: { to: MODULE },
            message: "A module's internals: import what it opens in its index.ts (ARCHITECTURE.md, Module boundaries)",
          },
          { from: APPLICATION, allow: { to: ENTRY } },
        ],
      },
    ],
  },
};
