/**
 * Erasing a person's data on their request by the table of erasure.rules.ts (个人信息保护法 第四十七条): identifying fields
 * replaced by a pseudonym or deleted, the records a duty keeps held under the pseudonym. The person's row is locked and
 * the erasure recorded once, so a repeated or concurrent request changes nothing and answers with the first erasure.
 * The audit entry names the pseudonym and the counts held, never an erased value.
 */
import type { PersonKind, TErasureResult } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { type ErasureRecord, ERASURE_RULES, holdsCredit, pseudonymFor } from './erasure.rules.js';
import * as repo from './people.repository.js';
import { assertNoteNamesNobody, findPerson, type HeldPerson, PERSON_ENTITY_TYPES } from './people.service.js';

function presentErasure(erasure: repo.ErasureRow, already: boolean): TErasureResult {
  const kind = erasure.kind as PersonKind;
  return {
    pseudonym: erasure.pseudonym,
    erasedAt: erasure.erasedAt.toISOString(),
    already,
    // In the table's order: a jsonb object does not keep the order its keys were written in.
    held: ERASURE_RULES.filter((rule) => rule.kind === kind && rule.key in erasure.held).map((rule) => ({
      record: rule.record,
      count: erasure.held[rule.key]!,
    })),
  };
}

/** Applies the student rows of the table; returns the held counts. */
async function eraseStudent(tx: Executor, studentId: string, pseudonym: string): Promise<Partial<Record<ErasureRecord, number>>> {
  await repo.lockStudent(tx, studentId);
  const courses = await repo.coursesOfStudent(tx, studentId);
  let held = 0;
  for (const { nomination, course, recognition } of courses) {
    if (holdsCredit(recognition?.outcome)) {
      held += 1;
      continue;
    }
    await repo.eraseResult(tx, nomination.id, course.status === 'open' && nomination.status !== 'declined');
    if (recognition?.reason) await repo.eraseRecognitionReason(tx, recognition.id);
  }
  await repo.deleteCredentialsOfStudent(tx, studentId);
  await repo.pseudonymiseStudent(tx, studentId, pseudonym);
  return { 'student.recognitions': held };
}

/** The teacher's agreements and hosted courses keep their facts under the pseudonym; returns the held counts. */
async function eraseTeacher(tx: Executor, person: Extract<HeldPerson, { kind: 'teacher' }>, pseudonym: string) {
  const agreementIds = person.agreements.map((a) => a.id);
  const courseIds = person.courses.map((c) => c.id);
  await repo.pseudonymiseAgreements(tx, agreementIds, pseudonym);
  await repo.pseudonymiseHostTeacher(tx, courseIds, pseudonym);
  return { 'teacher.agreements': agreementIds.length, 'teacher.courses': courseIds.length };
}

export async function erasePerson(
  db: Executor,
  actor: Actor,
  now: Date,
  bodyId: string,
  kind: PersonKind,
  personId: string,
  request: string,
): Promise<TErasureResult> {
  const earlier = await repo.findErasure(db, kind, personId);
  if (earlier) return presentErasure(earlier, true);
  const person = await findPerson(db, bodyId, kind, personId);
  assertNoteNamesNobody(request, person);
  return db.transaction(async (tx) => {
    // The anchor row is locked first, so a second request for the same person waits here and then finds the erasure.
    if (kind === 'student') await repo.lockStudent(tx, person.id);
    else await repo.lockTeacherAnchor(tx, bodyId, person.id);
    const raced = await repo.findErasure(tx, kind, person.id);
    if (raced) return presentErasure(raced, true);
    const erasureId = crypto.randomUUID();
    const pseudonym = pseudonymFor(kind, erasureId);
    const held = person.kind === 'student' ? await eraseStudent(tx, person.id, pseudonym) : await eraseTeacher(tx, person, pseudonym);
    const erasure = await repo.insertErasure(tx, {
      id: erasureId,
      bodyId,
      kind,
      personId: person.id,
      orgId: person.orgId,
      pseudonym,
      held: held as Record<string, number>,
      erasedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'resources.person.erase',
      entityType: PERSON_ENTITY_TYPES[kind],
      entityId: person.id,
      details: { bodyId, orgId: person.orgId, pseudonym, held, request },
    });
    return presentErasure(erasure, false);
  });
}
