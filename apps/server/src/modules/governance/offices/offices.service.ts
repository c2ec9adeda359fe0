/**
 * The secretariat records the organs of the body (章程第五、十、十二、十四条), the appointments the joint
 * meeting makes to their posts, and each committee's 工作细则 and report (章程第九条(四)). Terms and renewals
 * follow terms.rules.ts; every change is audited.
 */
import {
  type Locale,
  POST_LABELS,
  POSTS_OF_KIND,
  type OfficeKind,
  type Post,
  type TAppointment,
  type TAppointmentInput,
  type TOffice,
  type TOfficeDocumentInput,
  type TOfficeInput,
  type TOfficesView,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { charterParametersOf } from '../charter/charter-parameters.js';
import { hasTerm, holderKey, standing, termOf, termRuleText } from './offices-terms.js';
import * as repo from './offices.repository.js';

const OFFICE_ENTITY = bilingual('机构', 'organ');
const APPOINTMENT_ENTITY = bilingual('任职记录', 'appointment');
const FILE_ENTITY = bilingual('附件', 'attachment');

type AppointmentListRow = Awaited<ReturnType<typeof repo.listAppointments>>[number];

function presentAppointment(row: AppointmentListRow): TAppointment {
  return {
    id: row.id,
    post: row.post as Post,
    holderName: row.holderName,
    org: row.holderOrgId ? { id: row.holderOrgId, name: row.orgName ?? '' } : null,
    startOn: row.startOn,
    appointedBy: row.appointedBy,
    endedOn: row.endedOn,
    recordedBy: row.recordedByUsername,
  };
}

export async function listOffices(db: Executor, bodyId: string, today: string, locale: Locale, manage: boolean): Promise<TOfficesView> {
  await requireBody(db, bodyId);
  const offices = await repo.listOffices(db, bodyId);
  const ids = offices.map((office) => office.id);
  const [appointments, documents, inForce] = await Promise.all([
    repo.listAppointments(db, ids),
    repo.listDocuments(db, ids),
    charterParametersOf(db, bodyId),
  ]);
  return {
    offices: offices.map((office): TOffice => {
      const own = appointments.filter((a) => a.officeId === office.id);
      return {
        id: office.id,
        kind: office.kind as OfficeKind,
        name: office.name,
        duties: office.duties,
        posts: POSTS_OF_KIND[office.kind as OfficeKind].map((post) => {
          const ofPost = own.filter((a) => a.post === post);
          const term = hasTerm(office.kind, post) ? termOf(ofPost, today, inForce.parameters) : null;
          const holders = term ? [term.appointment] : standing(ofPost, today).filter((a) => a.startOn <= today);
          return {
            post,
            holders: holders.map(presentAppointment),
            term: term && {
              holderName: term.appointment.holderName,
              org: term.appointment.holderOrgId ? { id: term.appointment.holderOrgId, name: term.appointment.orgName ?? '' } : null,
              startOn: term.status.startOn,
              endsOn: term.status.endsOn,
              reminderOn: term.status.reminderOn,
              termNumber: term.status.termNumber,
              renewals: term.status.renewals,
              state: term.status.state,
              mayRenew: term.status.mayRenew,
              explanation: term.status.explanation[locale],
            },
          };
        }),
        history: [...own].reverse().map(presentAppointment),
        documents: documents
          .filter((d) => d.document.officeId === office.id)
          .map(({ document, filename }) => ({
            id: document.id,
            year: document.year,
            kind: document.kind as 'work_rules' | 'annual_report',
            title: document.title,
            content: document.content,
            file: document.fileId ? { id: document.fileId, filename: filename ?? '' } : null,
            submittedBy: document.submittedByUsername,
            submittedAt: document.submittedAt.toISOString(),
          })),
      };
    }),
    termRule: termRuleText(inForce.parameters, locale),
    parameterSource: inForce.source,
    abilities: { manage },
  };
}

async function requireOffice(db: Executor, bodyId: string, officeId: string): Promise<repo.OfficeRow> {
  const office = await repo.findOffice(db, officeId);
  if (!office || office.bodyId !== bodyId) throw notFound(OFFICE_ENTITY);
  return office;
}

export async function createOffice(db: Executor, actor: Actor, bodyId: string, input: TOfficeInput, sortOrder = 0) {
  await requireBody(db, bodyId);
  return db.transaction(async (tx) => {
    const [row] = await repo.insertOffices(tx, [{ bodyId, kind: input.kind, name: input.name, duties: input.duties ?? null, sortOrder }]);
    if (!row) throw new DomainError('OFFICE_NAME_TAKEN', { name: input.name });
    await recordAudit(tx, actor, {
      action: 'office.create',
      entityType: 'office',
      entityId: row.id,
      details: { bodyId, kind: input.kind, name: input.name },
    });
    return row;
  });
}

/**
 * 第十四条: one 主任 and one 副主任; a new appointment to a post with a term waits for the term's end (a
 * renewal by the same holder starts the day after), and a renewal respects the charter's limit.
 */
export async function appoint(db: Executor, actor: Actor, bodyId: string, officeId: string, input: TAppointmentInput, today: string) {
  const office = await requireOffice(db, bodyId, officeId);
  const kind = office.kind as OfficeKind;
  const postName = POST_LABELS[input.post];
  if (!POSTS_OF_KIND[kind].includes(input.post)) throw new DomainError('OFFICE_POST_INVALID', { office: office.name, post: postName });
  if (input.holderOrgId && !(await findActiveMember(db, bodyId, input.holderOrgId)) && kind !== 'expert_committee') {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'holderOrgId',
        message: bilingual('『所在单位』须为本联盟在册成员单位', '“Organisation” must be a current member of the body'),
      },
    ]);
  }
  const ofPost = (await repo.listAppointments(db, [officeId])).filter((a) => a.post === input.post);
  if (hasTerm(kind, input.post)) {
    const { parameters } = await charterParametersOf(db, bodyId);
    const current = termOf(ofPost, input.startOn < today ? today : input.startOn, parameters);
    const sameHolder =
      current && holderKey(current.appointment) === holderKey({ holderName: input.holderName, holderOrgId: input.holderOrgId ?? null });
    if (current && current.status.state !== 'ended' && input.startOn <= current.status.endsOn) {
      throw new DomainError('OFFICE_POST_OCCUPIED', {
        office: office.name,
        post: postName,
        holder: current.appointment.holderName,
        endsOn: current.status.endsOn,
      });
    }
    if (current && sameHolder && !current.status.mayRenew) {
      throw new DomainError('OFFICE_RENEWAL_LIMIT', { holder: input.holderName, renewals: current.status.renewals });
    }
  } else if (input.post !== 'member') {
    const holder = standing(ofPost, input.startOn).at(-1);
    if (holder) {
      throw new DomainError('OFFICE_POST_OCCUPIED', { office: office.name, post: postName, holder: holder.holderName, endsOn: '—' });
    }
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertAppointment(tx, {
      officeId,
      post: input.post,
      holderName: input.holderName,
      holderOrgId: input.holderOrgId ?? null,
      startOn: input.startOn,
      appointedBy: input.appointedBy,
      recordedByUsername: actor.username,
    });
    await recordAudit(tx, actor, {
      action: 'office.appoint',
      entityType: 'office_appointment',
      entityId: row.id,
      details: {
        bodyId,
        office: office.name,
        post: input.post,
        holderName: input.holderName,
        holderOrgId: input.holderOrgId ?? null,
        startOn: input.startOn,
        appointedBy: input.appointedBy,
      },
    });
    return row;
  });
}

export async function endAppointment(db: Executor, actor: Actor, bodyId: string, officeId: string, appointmentId: string, endedOn: string) {
  const office = await requireOffice(db, bodyId, officeId);
  await db.transaction(async (tx) => {
    const ended = await repo.endAppointment(tx, appointmentId, endedOn);
    if (!ended || ended.officeId !== office.id) throw notFound(APPOINTMENT_ENTITY);
    await recordAudit(tx, actor, {
      action: 'office.appointment.end',
      entityType: 'office_appointment',
      entityId: appointmentId,
      details: { bodyId, office: office.name, endedOn },
    });
  });
}

export async function saveDocument(db: Executor, actor: Actor, bodyId: string, officeId: string, input: TOfficeDocumentInput) {
  const office = await requireOffice(db, bodyId, officeId);
  await db.transaction(async (tx) => {
    if (input.fileId && !(await repo.keepUploadedFile(tx, input.fileId, actor.userId ?? ''))) throw new DomainError('OFFICE_FILE_UNKNOWN');
    const row = await repo.upsertDocument(tx, {
      officeId,
      year: input.year,
      kind: input.kind,
      title: input.title,
      content: input.content,
      fileId: input.fileId ?? null,
      submittedByUserId: actor.userId,
      submittedByUsername: actor.username,
    });
    await recordAudit(tx, actor, {
      action: 'office.document',
      entityType: 'office_document',
      entityId: row.id,
      details: { bodyId, office: office.name, year: input.year, kind: input.kind, version: row.version },
    });
  });
}

export async function documentFile(db: Executor, bodyId: string, fileId: string) {
  const file = await repo.findDocumentFile(db, bodyId, fileId);
  if (!file) throw notFound(FILE_ENTITY);
  return file;
}

export interface TermReminder {
  office: string;
  post: Post;
  holderName: string;
  endsOn: string;
  state: 'reminder_due' | 'ended';
}

/** Posts whose term ends within the reminder period (or has ended) with no successor appointed yet. */
export async function termReminders(db: Executor, bodyId: string, today: string): Promise<TermReminder[]> {
  // The charter is read beside the offices, not after them: the dashboard waits for the longest chain of statements.
  const [allOffices, { parameters }] = await Promise.all([repo.listOffices(db, bodyId), charterParametersOf(db, bodyId)]);
  const offices = allOffices.filter((office) => office.kind === 'standing_committee');
  const appointments = await repo.listAppointments(
    db,
    offices.map((o) => o.id),
  );
  const reminders: TermReminder[] = [];
  for (const office of offices) {
    for (const post of POSTS_OF_KIND.standing_committee) {
      const ofPost = appointments.filter((a) => a.officeId === office.id && a.post === post);
      if (ofPost.some((a) => a.startOn > today)) continue;
      const term = termOf(ofPost, today, parameters);
      if (term && (term.status.state === 'reminder_due' || term.status.state === 'ended')) {
        reminders.push({
          office: office.name,
          post,
          holderName: term.appointment.holderName,
          endsOn: term.status.endsOn,
          state: term.status.state,
        });
      }
    }
  }
  return reminders.sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0));
}
