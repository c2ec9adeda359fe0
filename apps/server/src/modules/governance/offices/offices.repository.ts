import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { fileBlobs } from '../../../kernel/files/index.js';
import { governanceOffices, officeAppointments, officeDocuments } from './offices.table.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

export type OfficeRow = typeof governanceOffices.$inferSelect;
export type AppointmentRow = typeof officeAppointments.$inferSelect;
export type DocumentRow = typeof officeDocuments.$inferSelect;

export const OFFICE_FILE_KIND = 'office_document';

export async function listOffices(db: Executor, bodyId: string): Promise<OfficeRow[]> {
  return db
    .select()
    .from(governanceOffices)
    .where(eq(governanceOffices.bodyId, bodyId))
    .orderBy(asc(governanceOffices.sortOrder), asc(governanceOffices.name));
}

export async function findOffice(db: Executor, id: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(governanceOffices).where(eq(governanceOffices.id, id)).limit(1);
  return row;
}

export async function insertOffices(db: Executor, values: (typeof governanceOffices.$inferInsert)[]): Promise<OfficeRow[]> {
  if (values.length === 0) return [];
  return db.insert(governanceOffices).values(values).onConflictDoNothing().returning();
}

export async function listAppointments(db: Executor, officeIds: string[]) {
  if (officeIds.length === 0) return [];
  const rows = await db
    .select({ appointment: officeAppointments, orgName: org.name })
    .from(officeAppointments)
    .leftJoin(org, eq(org.id, officeAppointments.holderOrgId))
    .where(inArray(officeAppointments.officeId, officeIds))
    .orderBy(asc(officeAppointments.startOn), asc(officeAppointments.createdAt));
  return rows.map(({ appointment, orgName }) => ({ ...appointment, orgName }));
}

export async function insertAppointment(db: Executor, values: typeof officeAppointments.$inferInsert): Promise<AppointmentRow> {
  const [row] = await db.insert(officeAppointments).values(values).returning();
  return row!;
}

export async function endAppointment(db: Executor, id: string, endedOn: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .update(officeAppointments)
    .set({ endedOn })
    .where(and(eq(officeAppointments.id, id), isNull(officeAppointments.endedOn)))
    .returning();
  return row;
}

/** Units whose people hold a current post in the named committees of a body: "the committee's" units. */
export async function orgsServingIn(db: Executor, bodyId: string, officeNames: string[], today: string) {
  if (officeNames.length === 0) return [];
  return db
    .selectDistinct({ officeName: governanceOffices.name, orgId: officeAppointments.holderOrgId })
    .from(officeAppointments)
    .innerJoin(governanceOffices, eq(governanceOffices.id, officeAppointments.officeId))
    .where(
      and(
        eq(governanceOffices.bodyId, bodyId),
        inArray(governanceOffices.name, officeNames),
        sql`${officeAppointments.holderOrgId} is not null`,
        sql`${officeAppointments.startOn} <= ${today}`,
        sql`(${officeAppointments.endedOn} is null or ${officeAppointments.endedOn} > ${today})`,
      ),
    ) as Promise<{ officeName: string; orgId: string }[]>;
}

export async function listDocuments(db: Executor, officeIds: string[]) {
  if (officeIds.length === 0) return [];
  return db
    .select({
      document: officeDocuments,
      filename: fileBlobs.filename,
    })
    .from(officeDocuments)
    .leftJoin(fileBlobs, eq(fileBlobs.id, officeDocuments.fileId))
    .where(inArray(officeDocuments.officeId, officeIds))
    .orderBy(sql`${officeDocuments.year} desc`, asc(officeDocuments.kind));
}

export async function upsertDocument(db: Executor, values: typeof officeDocuments.$inferInsert): Promise<DocumentRow> {
  const [row] = await db
    .insert(officeDocuments)
    .values(values)
    .onConflictDoUpdate({
      target: [officeDocuments.officeId, officeDocuments.year, officeDocuments.kind],
      set: {
        title: values.title,
        content: values.content,
        fileId: values.fileId ?? null,
        submittedByUserId: values.submittedByUserId,
        submittedByUsername: values.submittedByUsername,
        submittedAt: new Date(),
        version: sql`${officeDocuments.version} + 1`,
      },
    })
    .returning();
  return row!;
}

/** Keeps an uploaded file for as long as the document refers to it; only the uploader's unexpired files. */
export async function keepUploadedFile(db: Executor, fileId: string, ownerUserId: string): Promise<boolean> {
  const kept = await db
    .update(fileBlobs)
    .set({ expiresAt: sql`now() + interval '100 years'` })
    .where(
      and(
        eq(fileBlobs.id, fileId),
        eq(fileBlobs.ownerUserId, ownerUserId),
        eq(fileBlobs.kind, OFFICE_FILE_KIND),
        sql`${fileBlobs.expiresAt} > now()`,
      ),
    )
    .returning({ id: fileBlobs.id });
  return kept.length > 0;
}

export async function findDocumentFile(db: Executor, bodyId: string, fileId: string) {
  const [row] = await db
    .select({ filename: fileBlobs.filename, contentType: fileBlobs.contentType, content: fileBlobs.content })
    .from(officeDocuments)
    .innerJoin(governanceOffices, eq(governanceOffices.id, officeDocuments.officeId))
    .innerJoin(fileBlobs, eq(fileBlobs.id, officeDocuments.fileId))
    .where(and(eq(officeDocuments.fileId, fileId), eq(governanceOffices.bodyId, bodyId)))
    .limit(1);
  return row;
}
