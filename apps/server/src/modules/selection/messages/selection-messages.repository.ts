/** The reads the selection's messages need beyond what the use cases already hold. */
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

/**
 * The organisations a call is for: 市域产教联合体 are built in the authority's city (连教职函〔2026〕6号), so every
 * other organisation registered in that city may lead one.
 */
export async function orgsInAuthorityCity(db: Executor, authorityOrgId: string): Promise<string[]> {
  const [authority] = await db.select({ cityCode: org.cityCode }).from(org).where(eq(org.id, authorityOrgId)).limit(1);
  if (!authority) return [];
  const rows = await db
    .select({ id: org.id })
    .from(org)
    .where(and(eq(org.cityCode, authority.cityCode), ne(org.id, authorityOrgId)));
  return rows.map((row) => row.id);
}
