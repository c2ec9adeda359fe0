/**
 * Benchmark: the Excel import of 20,000 organisations (the service behind POST /api/organizations/import) on
 * PostgreSQL, against the floor any import of that file pays: exceljs's bare streaming parse of it plus one bare
 * COPY of the same rows into the same table. Each round runs the three in turn, starting with a different one;
 * the import's figure is everything it does — upload checks, parse, row and database checks, insert, audit.
 * Before timing, a first import proves the file imports and gives the rows the COPY writes (read back from the
 * table, so both write the same rows). Target: import ≤ 1.5 × (parse + COPY), medians of one run.
 *
 *   node --import tsx bench/org-import.ts [--rows=20000] [--rounds=5]
 */
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '../apps/server/src/bootstrap.js';
import { SYSTEM_ACTOR } from '../apps/server/src/kernel/audit/audit.service.js';
import { testConfig } from '../apps/server/src/kernel/config.js';
import { type DatabaseHandle, openDatabase, rowsOf } from '../apps/server/src/kernel/db/database.js';
import { createUser } from '../apps/server/src/modules/accounts/users.service.js';
import { importOrganizations } from '../apps/server/src/modules/organizations/organizations.import.js';
import type { OrgInsert } from '../apps/server/src/modules/organizations/organizations.repository.js';
import { organizations } from '../apps/server/src/modules/organizations/organizations.table.js';
import { sql } from 'drizzle-orm';
import { numberOption } from './lib/args.js';
import { dropDatabase, recreateDatabase } from './lib/postgres.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { bareCopy, bareParse, copyPayload } from './org-import/floor.js';
import { organisationsWorkbook } from './org-import/workbook.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';

const ROWS = numberOption('rows', 20_000);
const ROUNDS = numberOption('rounds', 5);
const TARGET_RATIO = 1.5;
const DATABASE = 'chanjiao_bench_import';

type Step = 'parse' | 'copy' | 'import';
const STEPS: Step[] = ['parse', 'copy', 'import'];

async function emptyTable(handle: DatabaseHandle) {
  await handle.db.execute(sql`truncate organizations cascade`);
}

async function tableFingerprint(handle: DatabaseHandle): Promise<string> {
  const [row] = rowsOf<{ n: number; digest: string }>(
    await handle.db.execute(sql`select count(*)::int as n, md5(string_agg(concat_ws('|', name, short_name, uscc, type, level,
      region_code, province_code, city_code, address, legal_representative, website, description, is_generated, search_tokens),
      ',' order by uscc)) as digest from organizations`),
  );
  return `${row!.n} rows, md5 ${row!.digest}`;
}

async function main() {
  installBenchAuditKeys();
  const machineBefore = printLoadWarning();
  const url = await recreateDatabase(DATABASE);
  const handle = await openDatabase({ url, poolSize: 4 });
  try {
    await prepareDatabase(handle);
    const config = testConfig();
    const importer = await createUser(handle.db, config, SYSTEM_ACTOR, {
      username: 'bench_importer',
      displayName: '导入性能测试',
      password: 'Daoru-ceshi-2026',
      mustChangePassword: false,
    });
    const actor = { ...SYSTEM_ACTOR, userId: importer.id, username: importer.username };
    const content = await organisationsWorkbook(ROWS);
    console.log(`File: ${ROWS} organisations, ${(content.length / 1024 / 1024).toFixed(1)} MB`);

    const runImport = async () => {
      const outcome = await importOrganizations(
        handle.db,
        actor,
        { filename: 'organisations.xlsx', content },
        {
          locale: 'zh-CN',
          limits: { maxBytes: 64 * 1024 * 1024, maxRows: ROWS },
        },
      );
      if (outcome.status !== 'imported') throw new Error(`the file did not import: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
    };

    // The first import proves the file imports and gives the rows COPY writes: the same rows, read back.
    await runImport();
    const imported = await tableFingerprint(handle);
    const rows: OrgInsert[] = await handle.db
      .select({
        name: organizations.name,
        shortName: organizations.shortName,
        uscc: organizations.uscc,
        type: organizations.type,
        level: organizations.level,
        regionCode: organizations.regionCode,
        provinceCode: organizations.provinceCode,
        cityCode: organizations.cityCode,
        address: organizations.address,
        legalRepresentative: organizations.legalRepresentative,
        website: organizations.website,
        description: organizations.description,
        isGenerated: organizations.isGenerated,
        searchTokens: organizations.searchTokens,
      })
      .from(organizations);
    const payload = copyPayload(rows);
    await emptyTable(handle);
    const copyClient = await handle.pool!.connect();
    try {
      await bareCopy(copyClient, payload);
      const copied = await tableFingerprint(handle);
      if (copied !== imported) throw new Error(`COPY wrote other rows than the import: ${copied} vs ${imported}`);
      console.log(`Both write the same rows: ${imported}`);
      await emptyTable(handle);

      const times: Record<Step, number[]> = { parse: [], copy: [], import: [] };
      const run: Record<Step, () => Promise<unknown>> = {
        parse: () => bareParse(content),
        copy: () => bareCopy(copyClient, payload),
        import: runImport,
      };
      for (let round = 0; round < ROUNDS; round++) {
        const order = STEPS.map((_, i) => STEPS[(i + round) % STEPS.length]!);
        for (const step of order) {
          const started = performance.now();
          await run[step]();
          times[step].push(performance.now() - started);
          if (step !== 'parse') await emptyTable(handle);
        }
        console.log(`Round ${round + 1}: ${order.map((step) => `${step} ${Math.round(times[step].at(-1)!)} ms`).join(', ')}`);
      }

      const parse = median(times.parse);
      const copy = median(times.copy);
      const importMs = median(times.import);
      const ratio = importMs / (parse + copy);
      printTable([
        { step: 'bare streaming parse (exceljs)', 'median ms': parse },
        { step: 'bare COPY of the same rows', 'median ms': copy },
        { step: 'floor: parse + COPY', 'median ms': parse + copy },
        { step: 'import (checks, parse, validation, insert, audit)', 'median ms': importMs },
      ]);
      console.log(`\nImport ÷ (parse + COPY) = ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${verdict(ratio <= TARGET_RATIO)}`);
      const file = writeResults('org-import', {
        machineBefore,
        rows: ROWS,
        rounds: ROUNDS,
        times,
        medians: { parse, copy, import: importMs },
        ratio,
      });
      console.log(`Results: ${file}`);
    } finally {
      copyClient.release();
    }
  } finally {
    await handle.close();
    await dropDatabase(DATABASE);
  }
}

await main();
