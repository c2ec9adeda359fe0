/** Everything before the load: a fresh database with the governance data, migrated as the server migrates it. */
import { prepareDatabase } from '../../apps/server/src/bootstrap.js';
import { openDatabase } from '../../apps/server/src/kernel/db/database.js';
import { recreateDatabase } from '../lib/postgres.js';
import { COUNTS, seedGovernance, type SeededGovernance } from './seed.js';
import { installBenchAuditKeys } from '../lib/audit-keys.js';

export const DATABASE = 'cj_bench_governance';

export interface Prepared extends SeededGovernance {
  databaseUrl: string;
  seedSeconds: number;
}

export async function prepare(): Promise<Prepared> {
  installBenchAuditKeys();
  const started = Date.now();
  const databaseUrl = await recreateDatabase(DATABASE);
  const handle = await openDatabase({ url: databaseUrl, poolSize: 4 });
  try {
    await prepareDatabase(handle);
    const seeded = await seedGovernance(handle);
    const seedSeconds = Math.round((Date.now() - started) / 100) / 10;
    console.log(
      `Database ${DATABASE}: ${COUNTS.members} members, ${COUNTS.meetings} meetings, ${COUNTS.votes} closed votes, ${seeded.ballots} ballots in ${seedSeconds} s`,
    );
    return { ...seeded, databaseUrl, seedSeconds };
  } finally {
    await handle.close();
  }
}
