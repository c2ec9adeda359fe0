/**
 * Use cases of the charter: register the charter a body adopted (once), read the one in force, and adopt an
 * amendment when its vote passes. There is deliberately no "edit parameters" use case: 章程第八条、第二十六条
 * allow changes only by the amendment vote, which calls `adoptAmendment` from the meeting's decision.
 */
import type { Locale, TCharterAmendmentProposal, TCharterRegistration, TCharterVersion, TCharterView } from '@chanjiao/contracts';
import { AGENDA_ITEM_KIND_NAMES } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { DomainError } from '../../../kernel/errors.js';
import { describeRule, ruleNameOf, thresholdFor } from './charter.rules.js';
import * as repo from './charter.repository.js';
import { requireBody } from '../../bodies/index.js';

export function presentCharterVersion(row: repo.CharterVersionRow): TCharterVersion {
  return {
    id: row.id,
    bodyId: row.bodyId,
    title: row.title,
    versionNo: row.versionNo,
    text: row.text,
    parameters: row.parameters,
    chairRotation: row.chairRotation,
    effectiveOn: row.effectiveOn,
    adoptedByItemId: row.adoptedByItemId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The charter in force; every vote and membership rule needs one. */
export async function requireCharter(db: Executor, bodyId: string): Promise<repo.CharterVersionRow> {
  const current = await repo.findCurrentCharter(db, bodyId);
  if (!current) throw new DomainError('CHARTER_MISSING');
  return current;
}

export async function getCharterView(
  db: Executor,
  bodyId: string,
  locale: Locale,
  abilities: TCharterView['abilities'],
): Promise<TCharterView> {
  await requireBody(db, bodyId);
  const versions = await repo.listCharterVersions(db, bodyId);
  const current = versions[0];
  const ruleTexts: Record<string, string> = {};
  if (current) {
    // One line per decision rule, keyed by the rule's name (resolution, charterAmendment, …).
    for (const kind of AGENDA_ITEM_KIND_NAMES) {
      ruleTexts[ruleNameOf(kind)] = describeRule(thresholdFor(kind, current.parameters), current.parameters.quorum)[locale];
    }
  }
  return {
    current: current ? presentCharterVersion(current) : null,
    history: versions.map((row) => {
      const { text: _text, ...rest } = presentCharterVersion(row);
      return rest;
    }),
    ruleTexts,
    abilities: { register: abilities.register && !current, proposeAmendment: abilities.proposeAmendment && !!current },
  };
}

/**
 * Records the charter a body adopted before the platform knew it: the platform administrator, or the body's
 * secretariat recording its founding meeting (第二十九条), with the meeting and document as the basis. Only
 * once: afterwards the charter changes only by an amendment vote.
 */
export async function registerCharter(db: Executor, actor: Actor, bodyId: string, input: TCharterRegistration) {
  await requireBody(db, bodyId);
  const existing = await repo.findCurrentCharter(db, bodyId);
  if (existing) throw new DomainError('CHARTER_ALREADY_REGISTERED', { versionNo: existing.versionNo });
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertCharterVersion(tx, {
        bodyId,
        versionNo: 1,
        title: input.charterTitle,
        text: input.text,
        parameters: input.parameters,
        chairRotation: input.chairRotation,
        effectiveOn: input.effectiveOn,
        note: input.adoptionBasis,
      });
      await recordAudit(tx, actor, {
        action: 'governance.charter.register',
        entityType: 'body',
        entityId: bodyId,
        details: {
          versionNo: 1,
          title: input.charterTitle,
          effectiveOn: input.effectiveOn,
          basis: input.adoptionBasis,
          parameters: input.parameters,
          chairRotation: input.chairRotation,
        },
      });
      return presentCharterVersion(row);
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('CHARTER_ALREADY_REGISTERED', { versionNo: 1 });
    throw error;
  }
}

export interface AdoptedAmendment {
  itemId: string;
  decidedOn: string;
  proposal: TCharterAmendmentProposal;
}

/**
 * 章程第二十六条: a passed amendment takes effect; the new version keeps the old text unless the amendment
 * rewrote it, and names the agenda item whose vote adopted it. Runs inside the vote's closing transaction.
 */
export async function adoptAmendment(tx: Executor, actor: Actor, bodyId: string, amendment: AdoptedAmendment) {
  const current = await requireCharter(tx, bodyId);
  const row = await repo.insertCharterVersion(tx, {
    bodyId,
    versionNo: current.versionNo + 1,
    title: current.title,
    text: amendment.proposal.text ?? current.text,
    parameters: amendment.proposal.parameters,
    chairRotation: amendment.proposal.chairRotation,
    effectiveOn: amendment.decidedOn,
    adoptedByItemId: amendment.itemId,
    note: null,
  });
  await recordAudit(tx, actor, {
    action: 'governance.charter.amend',
    entityType: 'body',
    entityId: bodyId,
    details: {
      versionNo: row.versionNo,
      itemId: amendment.itemId,
      before: { parameters: current.parameters, chairRotation: current.chairRotation },
      after: { parameters: row.parameters, chairRotation: row.chairRotation },
      textChanged: row.text !== current.text,
    },
  });
  return row;
}
