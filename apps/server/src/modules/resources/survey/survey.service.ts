/**
 * Use cases of the resource survey (工作计划 一(一); 章程第十八条(三)): the secretariat opens a round and follows who has
 * answered; a member unit fills its answers (started from last year's), submits them; the secretariat accepts them,
 * which locks them and publishes them to the resource database, or reopens them with a reason.
 */
import {
  RESPONSE_STATUSES,
  type ResponseStatus,
  SURVEY_SECTIONS,
  type TResponseAction,
  type TResponseReopen,
  type TResponseSave,
  type TRound,
  type TRoundInput,
  type TRoundList,
  type TRoundProgress,
  type TSurveyContent,
  type TSurveyResponse,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, type FieldProblem, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { findOrgsByUscc } from '../../organizations/index.js';
import { majorClassesByCodes, majorsByCodes, regionNames } from '../../reference/index.js';
import { currentMembers } from '../access/access.repository.js';
import { requireMember } from '../access/access.service.js';
import { cityName } from '../access/city-names.js';
import { publishEntries } from '../database/database.service.js';
import * as repo from './survey.repository.js';
import { answersTaken, completeness, contentProblems, prefillContent, type ResponseAction, statusAfter } from './survey.rules.js';

export const ROUND_ENTITY = bilingual('资源调研', 'resource survey');

const ACTION_NAMES: Record<ResponseAction, { 'zh-CN': string; 'en-US': string }> = {
  save: bilingual('保存', 'saved'),
  submit: bilingual('提交', 'submitted'),
  accept: bilingual('采纳', 'accepted'),
  reopen: bilingual('退回修改', 'reopened'),
};

function presentRound(round: repo.RoundRow, today: string, counts: { members: number; submitted: number; accepted: number }): TRound {
  return {
    id: round.id,
    year: round.year,
    title: round.title,
    deadline: round.deadline,
    sections: round.sections,
    open: today <= round.deadline,
    members: counts.members,
    submitted: counts.submitted,
    accepted: counts.accepted,
    isGenerated: round.isGenerated,
  };
}

export async function listRounds(db: Executor, today: string, bodyId: string): Promise<TRoundList> {
  await requireBody(db, bodyId);
  const [rows, members] = await Promise.all([repo.listRounds(db, bodyId), currentMembers(db, bodyId)]);
  return {
    items: rows.map((row) => presentRound(row.round, today, { members: members.length, submitted: row.submitted, accepted: row.accepted })),
  };
}

export async function openRound(
  db: Executor,
  actor: Actor,
  today: string,
  bodyId: string,
  input: TRoundInput,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  if (await repo.findRoundByYear(db, bodyId, input.year)) throw new DomainError('RESOURCES_ROUND_EXISTS', { year: input.year });
  if (!provenance.isGenerated && input.deadline < today) {
    throw new DomainError('RESOURCES_DEADLINE_BEFORE_TODAY', { deadline: input.deadline, today });
  }
  const sections = Object.keys(SURVEY_SECTIONS).filter((s) => input.sections.includes(s as never)) as TRoundInput['sections'];
  return db.transaction(async (tx) => {
    const round = await repo.insertRound(tx, {
      bodyId,
      year: input.year,
      title: input.title,
      deadline: input.deadline,
      sections,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'resources.round.open',
      entityType: 'resource_survey_round',
      entityId: round.id,
      details: { bodyId, year: input.year, deadline: input.deadline, sections },
    });
    return round;
  });
}

async function requireRound(db: Executor, bodyId: string, roundId: string) {
  const round = await repo.findRound(db, bodyId, roundId);
  if (!round) throw notFound(ROUND_ENTITY);
  return round;
}

/** Each current member's state in the round: status, completeness, and so who has not submitted yet. */
export async function roundProgress(db: Executor, today: string, bodyId: string, roundId: string): Promise<TRoundProgress> {
  const round = await requireRound(db, bodyId, roundId);
  const [members, responses, cities] = await Promise.all([currentMembers(db, bodyId), repo.responsesOfRound(db, roundId), regionNames(db)]);
  const byOrg = new Map(responses.map((r) => [r.orgId, r]));
  const rows = members.map((member) => {
    const response = byOrg.get(member.id);
    return {
      org: { id: member.id, name: member.name },
      cityName: cityName(cities, member.cityCode),
      status: (response?.status ?? 'not_started') as ResponseStatus,
      completeness: completeness(round.sections, response?.content ?? prefillContent(null, round.sections)),
      submittedAt: response?.submittedAt?.toISOString() ?? null,
      acceptedAt: response?.acceptedAt?.toISOString() ?? null,
      reopenReason: response?.reopenReason ?? null,
    };
  });
  const submitted = rows.filter((r) => r.status === 'submitted' || r.status === 'accepted').length;
  const accepted = rows.filter((r) => r.status === 'accepted').length;
  return { round: presentRound(round, today, { members: members.length, submitted, accepted }), rows };
}

export async function getResponse(
  db: Executor,
  grants: Grant[],
  today: string,
  bodyId: string,
  roundId: string,
  orgId: string,
): Promise<TSurveyResponse> {
  const round = await requireRound(db, bodyId, roundId);
  const org = await requireMember(db, bodyId, orgId);
  const response = await repo.findResponse(db, roundId, orgId);
  const previous = response ? undefined : await repo.previousAnswers(db, bodyId, orgId, round.year);
  const status = (response?.status ?? 'not_started') as ResponseStatus;
  const content = response?.content ?? prefillContent(previous?.content ?? null, round.sections);
  const fills = isAllowed(grants, 'resources.survey.fill', { bodyId, orgId });
  const manages = isAllowed(grants, 'resources.survey.manage', { bodyId });
  const taken = answersTaken(today, round.deadline, status);
  const members = (await currentMembers(db, bodyId)).length;
  return {
    round: presentRound(round, today, { members, submitted: 0, accepted: 0 }),
    org: { id: org.id, name: org.name },
    status,
    content,
    prefilledFrom: response ? response.prefilledFrom : (previous?.year ?? null),
    completeness: completeness(round.sections, content),
    submittedAt: response?.submittedAt?.toISOString() ?? null,
    acceptedAt: response?.acceptedAt?.toISOString() ?? null,
    reopenReason: response?.reopenReason ?? null,
    mayEdit: fills && taken && statusAfter(status, 'save') !== null,
    maySubmit: fills && taken && statusAfter(status, 'submit') !== null,
    mayAccept: manages && statusAfter(status, 'accept') !== null,
    mayReopen: manages && statusAfter(status, 'reopen') !== null,
    version: response?.version ?? 0,
  };
}

function nextStatus(status: ResponseStatus, action: ResponseAction): ResponseStatus {
  const next = statusAfter(status, action);
  if (!next) throw new DomainError('RESOURCES_STATUS', { status: RESPONSE_STATUSES[status], action: ACTION_NAMES[action] });
  return next;
}

function assertTaken(today: string, round: repo.RoundRow, status: ResponseStatus, action: ResponseAction) {
  if (!answersTaken(today, round.deadline, status)) {
    throw new DomainError('RESOURCES_DEADLINE_PASSED', { deadline: round.deadline, action: ACTION_NAMES[action] });
  }
}

/** Codes outside the catalogue, contradicting figures; partners named as the organisation directory names them. */
async function checkedContent(db: Executor, content: TSurveyContent): Promise<TSurveyContent> {
  const majorCodes = [
    ...content.majors.map((m) => m.majorCode),
    ...content.bases.flatMap((b) => b.majorCodes),
    ...content.courses.flatMap((c) => (c.majorCode ? [c.majorCode] : [])),
  ];
  const known = new Set((await majorsByCodes(db, majorCodes)).map((m) => m.code));
  const unknownMajors = [...new Set(majorCodes.filter((code) => !known.has(code)))];
  if (unknownMajors.length > 0) throw new DomainError('RESOURCES_UNKNOWN_MAJORS', { codes: unknownMajors.join('、') });
  const classCodes = content.teachers.map((t) => t.classCode);
  const knownClasses = new Set((await majorClassesByCodes(db, classCodes)).map((c) => c.classCode));
  const unknownClasses = [...new Set(classCodes.filter((code) => !knownClasses.has(code)))];
  if (unknownClasses.length > 0) throw new DomainError('RESOURCES_UNKNOWN_CLASSES', { codes: unknownClasses.join('、') });
  const problems = contentProblems(content);
  if (problems.length > 0) {
    const fields: FieldProblem[] = problems.map((p) => ({ path: `content.${p.section}.${p.row - 1}.${p.field}`, message: p.message }));
    const listed = (locale: 'zh-CN' | 'en-US') =>
      problems
        .map((p) => `${SURVEY_SECTIONS[p.section][locale]} ${locale === 'zh-CN' ? `第${p.row}行` : `row ${p.row}`}: ${p.message[locale]}`)
        .join('；');
    throw new DomainError('RESOURCES_CONTENT_PROBLEMS', { problems: { 'zh-CN': listed('zh-CN'), 'en-US': listed('en-US') } }, fields);
  }
  const directory = new Map(
    (
      await findOrgsByUscc(
        db,
        content.partners.map((p) => p.uscc),
      )
    ).map((o) => [o.uscc, o.name]),
  );
  return { ...content, partners: content.partners.map((p) => ({ ...p, name: directory.get(p.uscc) ?? p.name })) };
}

export async function saveResponse(
  db: Executor,
  actor: Actor,
  today: string,
  bodyId: string,
  roundId: string,
  orgId: string,
  input: TResponseSave,
  provenance: { isGenerated?: boolean } = {},
) {
  const round = await requireRound(db, bodyId, roundId);
  await requireMember(db, bodyId, orgId);
  const existing = await repo.findResponse(db, roundId, orgId);
  const status = (existing?.status ?? 'not_started') as ResponseStatus;
  const next = nextStatus(status, 'save');
  assertTaken(today, round, status, 'save');
  if ((existing?.version ?? 0) !== input.version) throw new DomainError('VERSION_CONFLICT', { current: existing?.version ?? 0 });
  const content = await checkedContent(db, input.content);
  return db.transaction(async (tx) => {
    let row: repo.ResponseRow | undefined;
    if (existing) row = await repo.updateResponseAtVersion(tx, existing.id, input.version, { status: next, content });
    else {
      const previous = await repo.previousAnswers(tx, bodyId, orgId, round.year);
      row = await repo.insertResponse(tx, {
        roundId,
        orgId,
        status: next,
        content,
        prefilledFrom: previous?.year ?? null,
        isGenerated: provenance.isGenerated ?? false,
      });
    }
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: existing?.version ?? 0 });
    await recordAudit(tx, actor, {
      action: 'resources.response.save',
      entityType: 'resource_survey_response',
      entityId: row.id,
      details: {
        bodyId,
        roundId,
        orgId,
        rows: {
          majors: content.majors.length,
          teachers: content.teachers.length,
          bases: content.bases.length,
          partners: content.partners.length,
          courses: content.courses.length,
        },
      },
    });
    return row;
  });
}

async function requireResponse(db: Executor, bodyId: string, roundId: string, orgId: string) {
  const round = await requireRound(db, bodyId, roundId);
  const response = await repo.findResponse(db, roundId, orgId);
  if (!response) throw new DomainError('RESOURCES_STATUS', { status: RESPONSE_STATUSES.not_started, action: ACTION_NAMES.submit });
  return { round, response, status: response.status as ResponseStatus };
}

async function move(
  db: Executor,
  actor: Actor,
  at: { bodyId: string; roundId: string; orgId: string; version: number },
  action: ResponseAction,
  values: (round: repo.RoundRow, response: repo.ResponseRow) => Partial<repo.ResponseInsert>,
  after?: (tx: Executor, round: repo.RoundRow, response: repo.ResponseRow) => Promise<void>,
  check?: (round: repo.RoundRow, response: repo.ResponseRow, status: ResponseStatus) => void,
) {
  const { round, response, status } = await requireResponse(db, at.bodyId, at.roundId, at.orgId);
  const next = nextStatus(status, action);
  check?.(round, response, status);
  await db.transaction(async (tx) => {
    const updated = await repo.updateResponseAtVersion(tx, response.id, at.version, { status: next, ...values(round, response) });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: response.version });
    await after?.(tx, round, updated);
    await recordAudit(tx, actor, {
      action: `resources.response.${action}`,
      entityType: 'resource_survey_response',
      entityId: response.id,
      details: { bodyId: at.bodyId, roundId: at.roundId, orgId: at.orgId, from: status, to: next, reason: updated.reopenReason },
    });
  });
}

export async function submitResponse(
  db: Executor,
  actor: Actor,
  now: Date,
  today: string,
  bodyId: string,
  roundId: string,
  orgId: string,
  input: TResponseAction,
) {
  await requireMember(db, bodyId, orgId);
  await move(
    db,
    actor,
    { bodyId, roundId, orgId, version: input.version },
    'submit',
    () => ({ submittedAt: now }),
    undefined,
    (round, response, status) => {
      assertTaken(today, round, status, 'submit');
      const { missing } = completeness(round.sections, response.content);
      if (missing.length > 0) {
        throw new DomainError('RESOURCES_INCOMPLETE', {
          sections: {
            'zh-CN': missing.map((s) => SURVEY_SECTIONS[s]['zh-CN']).join('、'),
            'en-US': missing.map((s) => SURVEY_SECTIONS[s]['en-US']).join(', '),
          },
        });
      }
    },
  );
}

export async function acceptResponse(
  db: Executor,
  actor: Actor,
  now: Date,
  bodyId: string,
  roundId: string,
  orgId: string,
  input: TResponseAction,
) {
  await move(
    db,
    actor,
    { bodyId, roundId, orgId, version: input.version },
    'accept',
    () => ({ acceptedAt: now, reopenReason: null }),
    (tx, round, response) =>
      publishEntries(tx, {
        bodyId,
        orgId,
        responseId: response.id,
        year: round.year,
        content: response.content,
        isGenerated: response.isGenerated,
      }),
  );
}

export async function reopenResponse(db: Executor, actor: Actor, bodyId: string, roundId: string, orgId: string, input: TResponseReopen) {
  await move(db, actor, { bodyId, roundId, orgId, version: input.version }, 'reopen', () => ({
    reopenReason: input.reason,
    acceptedAt: null,
  }));
}
