/**
 * The module-boundary lint rule (eslint.boundaries.js) fails on the imports ARCHITECTURE.md forbids and lets the
 * allowed ones through. Each case is linted as if it were a file at that place in the repository.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  const { moduleBoundaries } = (await import(pathToFileURL(`${root}eslint.boundaries.js`).href)) as { moduleBoundaries: object };
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, moduleBoundaries],
  });
});

async function boundaryErrors(filePath: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [probe];\n`, { filePath: `${root}${filePath}` });
  return result!.messages.filter((message) => message.ruleId === 'boundaries/dependencies').length;
}

describe('module boundaries', () => {
  it.each([
    [
      'a service reaching into another module’s repository',
      'apps/server/src/modules/governance/finance/probe.service.ts',
      "import { findActiveMember as probe } from '../../bodies/members.repository.js';",
    ],
    [
      'a repository importing another module’s table to join it',
      'apps/server/src/modules/governance/meetings/probe.repository.ts',
      "import { bodyMembers as probe } from '../../bodies/bodies.table.js';",
    ],
    [
      'a table importing another module’s repository',
      'apps/server/src/modules/governance/meetings/probe.table.ts',
      "import { findBodyById as probe } from '../../bodies/bodies.repository.js';",
    ],
    [
      'a module importing the composition of all modules',
      'apps/server/src/modules/governance/probe.ts',
      "import { MODULE_ROUTES as probe } from '../index.js';",
    ],
    [
      'an index.ts opening a table to other modules',
      'apps/server/src/modules/bodies/index.ts',
      "export { bodyMembers as probe } from './bodies.table.js';",
    ],
    [
      'a test reaching into another module’s service',
      'apps/server/src/modules/organizations/probe.test.ts',
      "import { createUser as probe } from '../accounts/users.service.js';",
    ],
    [
      'the kernel importing a module, even through its index',
      'apps/server/src/kernel/db/probe.test.ts',
      "import { createBody as probe } from '../../modules/bodies/index.js';",
    ],
    [
      'the test helpers reaching into a module',
      'apps/server/src/testing/probe.ts',
      "import { createUser as probe } from '../modules/accounts/users.service.js';",
    ],
  ])('fails on %s', async (_case, filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toBe(1);
  });

  it.each([
    [
      'what another module opens in its index.ts',
      'apps/server/src/modules/governance/finance/probe.service.ts',
      "import { findActiveMember as probe } from '../../bodies/index.js';",
    ],
    [
      'another module’s table for a foreign key, from a table',
      'apps/server/src/modules/governance/meetings/probe.table.ts',
      "import { bodies as probe } from '../../bodies/bodies.table.js';",
    ],
    [
      'a sibling sub-area of the same module',
      'apps/server/src/modules/governance/meetings/probe.ts',
      "import { findCurrentCharter as probe } from '../charter/charter.repository.js';",
    ],
    [
      'the kernel, from a module',
      'apps/server/src/modules/governance/probe.ts',
      "import { DomainError as probe } from '../../kernel/errors.js';",
    ],
    [
      'a module’s index.ts, from the test helpers',
      'apps/server/src/testing/probe.ts',
      "import { createBody as probe } from '../modules/bodies/index.js';",
    ],
    [
      'a module’s tables, from the demo seeding',
      'apps/server/src/demo/probe.ts',
      "import { bodies as probe } from '../modules/bodies/bodies.table.js';",
    ],
  ])('allows %s', async (_case, filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toBe(0);
  });
});
