/**
 * Writes the demo dataset in one transaction, skipping every record whose stable key already exists:
 * units are inserted in one batch, bodies, memberships and liaisons go through the bodies module's
 * services (their rules and audit entries apply), and one 'demo.seed' entry sums up what the run added.
 */
import type { Database, Executor } from '../kernel/db/database.js';
import { recordAudit, SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { addMember, createBody, createLiaison } from '../modules/bodies/index.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import type { DemoBody, DemoDataset, DemoLiaison, DemoMembership, DemoOrg } from './dataset/index.js';
import * as repo from './demo.repository.js';

export interface SeedCounts {
  organizations: number;
  bodies: number;
  memberships: number;
  liaisons: number;
}

function idOf(ids: Map<string, string>, name: string, what: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`demo data: ${what} “${name}” is referred to but not defined`);
  return id;
}

async function ensureOrgs(tx: Executor, orgs: DemoOrg[]): Promise<{ ids: Map<string, string>; added: number }> {
  const ids = await repo.orgIdsByName(
    tx,
    orgs.map((org) => org.name),
  );
  const missing = orgs.filter((org) => !ids.has(org.name));
  const inserted = await insertOrgs(
    tx,
    missing.map((org) => orgValues(org, { isGenerated: org.isGenerated ?? false })),
  );
  for (const row of inserted) ids.set(row.name, row.id);
  return { ids, added: inserted.length };
}

async function ensureBodies(tx: Executor, list: DemoBody[], orgIds: Map<string, string>) {
  const ids = await repo.bodyIdsByName(
    tx,
    list.map((body) => body.name),
  );
  let added = 0;
  for (const body of list.filter((b) => !ids.has(b.name))) {
    const created = await createBody(
      tx,
      SYSTEM_ACTOR,
      {
        name: body.name,
        shortName: body.shortName ?? undefined,
        kind: body.kind,
        regionCode: body.regionCode ?? undefined,
        secretariatOrgId: body.secretariatOrgName ? idOf(orgIds, body.secretariatOrgName, 'secretariat unit') : undefined,
        foundedOn: body.foundedOn ?? undefined,
        description: body.description ?? undefined,
      },
      { sourceNote: body.sourceNote, isGenerated: false },
    );
    ids.set(body.name, created.id);
    added += 1;
  }
  return { ids, added };
}

async function ensureMemberships(tx: Executor, list: DemoMembership[], orgIds: Map<string, string>, bodyIds: Map<string, string>) {
  const existing = await repo.membershipKeys(tx, [...bodyIds.values()]);
  let added = 0;
  for (const membership of list) {
    const bodyId = idOf(bodyIds, membership.bodyName, 'body');
    const orgId = idOf(orgIds, membership.orgName, 'unit');
    if (existing.has(repo.membershipKey(bodyId, orgId))) continue;
    await addMember(tx, SYSTEM_ACTOR, bodyId, {
      orgId,
      joinedOn: membership.joinedOn,
      reason: membership.joinReason,
      memberRole: membership.memberRole,
      isFounding: membership.isFounding,
    });
    existing.add(repo.membershipKey(bodyId, orgId));
    added += 1;
  }
  return added;
}

async function ensureLiaisons(
  tx: Executor,
  list: DemoLiaison[],
  ids: { orgs: Map<string, string>; bodies: Map<string, string>; users: Map<string, string> },
) {
  const existing = await repo.liaisonKeys(tx, [...ids.bodies.values()]);
  let added = 0;
  for (const liaison of list) {
    const bodyId = idOf(ids.bodies, liaison.bodyName, 'body');
    const orgId = idOf(ids.orgs, liaison.orgName, 'unit');
    if (existing.has(repo.liaisonKey(bodyId, orgId, liaison.name))) continue;
    const { name, title, phone, email } = liaison;
    const created = await createLiaison(tx, SYSTEM_ACTOR, bodyId, { orgId, name, title, phone, email });
    const userId = liaison.username ? ids.users.get(liaison.username) : undefined;
    if (userId) await repo.linkLiaisonToUser(tx, created.id, userId);
    added += 1;
  }
  return added;
}

/** Returns the ids of the units and bodies by name, and how many records this run added. */
export async function seedDemoRecords(db: Database, dataset: DemoDataset, userIds: Map<string, string>) {
  return db.transaction(async (tx) => {
    const orgs = await ensureOrgs(tx, dataset.orgs);
    const bodies = await ensureBodies(tx, dataset.bodies, orgs.ids);
    const added: SeedCounts = {
      organizations: orgs.added,
      bodies: bodies.added,
      memberships: await ensureMemberships(tx, dataset.memberships, orgs.ids, bodies.ids),
      liaisons: await ensureLiaisons(tx, dataset.liaisons, { orgs: orgs.ids, bodies: bodies.ids, users: userIds }),
    };
    if (Object.values(added).some((n) => n > 0)) {
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'demo.seed', entityType: 'demo', details: { added } });
    }
    return { orgIds: orgs.ids, bodyIds: bodies.ids, added };
  });
}
