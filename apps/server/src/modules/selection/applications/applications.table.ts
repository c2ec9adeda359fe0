import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TApplicationContent, TTocEntry } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { selectionCalls } from '../calls/calls.table.js';

/** PGlite hands back a Uint8Array where node-postgres gives a Buffer; the rest of the code sees Buffers. */
const fileBytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/** A 推荐书: the working copy being filled in, and where it stands. */
export const selectionApplications = pgTable(
  'selection_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => selectionCalls.id),
    applicantOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    consortiumName: text().notNull(),
    /** 依托园区, kept beside the content for the one-per-park rule (通知 三.1). */
    parkOrgId: uuid().references(() => organizations.id),
    parkName: text().notNull(),
    status: text().notNull().default('draft'),
    content: jsonb().$type<TApplicationContent>().notNull(),
    /** The number of the last submitted version; 0 before the first submission. */
    latestVersionNo: integer().notNull().default(0),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    returnedAt: timestamp({ withTimezone: true, mode: 'date' }),
    returnReason: text(),
    createdBy: uuid().references(() => users.id),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('selection_applications_call_idx').on(t.callId, t.status),
    index('selection_applications_applicant_idx').on(t.applicantOrgId),
  ],
);

/** Every submission is kept as it was sent, with what the authority said when returning it. */
export const selectionApplicationVersions = pgTable(
  'selection_application_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => selectionApplications.id),
    versionNo: integer().notNull(),
    content: jsonb().$type<TApplicationContent>().notNull(),
    materialId: uuid(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    submittedBy: uuid().references(() => users.id),
    returnedAt: timestamp({ withTimezone: true, mode: 'date' }),
    returnedBy: uuid().references(() => users.id),
    returnReason: text(),
  },
  (t) => [uniqueIndex('selection_application_versions_key').on(t.applicationId, t.versionNo)],
);

/**
 * Every unit the 推荐书 names — the lead units of the cover, the secretariat and each row of the member tables —
 * one row each, so that conflicts of interest (回避) are found by organisation id or 统一社会信用代码.
 */
export const selectionApplicationUnits = pgTable(
  'selection_application_units',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => selectionApplications.id),
    /** A key of APPLICATION_UNIT_PLACES. */
    place: text().notNull(),
    position: integer().notNull(),
    orgId: uuid().references(() => organizations.id),
    name: text().notNull(),
    uscc: text(),
    /** The row's figures as the form gives them (职工总数, 学校层次 …). */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('selection_application_units_application_idx').on(t.applicationId),
    index('selection_application_units_org_idx').on(t.orgId),
    index('selection_application_units_uscc_idx').on(t.uscc),
  ],
);

/** Uploaded files of an application: the supporting material (PDF) and the seal images of section 6. */
export const selectionApplicationFiles = pgTable(
  'selection_application_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => selectionApplications.id),
    /** 'supporting_material' or 'seal'. */
    kind: text().notNull(),
    /** For seals: which signatory of section 6. */
    slot: text(),
    filename: text().notNull(),
    contentType: text().notNull(),
    content: fileBytes().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    pageCount: integer(),
    toc: jsonb().$type<TTocEntry[]>().notNull().default([]),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Kept when replaced, since a submitted version may point at it. */
    replacedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [index('selection_application_files_application_idx').on(t.applicationId, t.kind)],
);
