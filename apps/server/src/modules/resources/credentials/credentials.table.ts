import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../../kernel/files/files.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { resourceStudents } from '../courses/courses.table.js';

/**
 * The platform's Ed25519 keys that sign learning records. Kept in the database, not in a file, so that every instance
 * behind the proxy signs with the same key; the private key is stored as encrypted PKCS#8 under a key derived from
 * SECRET_KEY (credential-keys.ts), so a copy of the database alone cannot sign. One key is active; a rotated key stays
 * (with `retired_at`) and stays published, so what it signed still verifies.
 */
export const credentialSigningKeys = pgTable(
  'credential_signing_keys',
  {
    /** The key id: the fragment of the verification method (`did:web:…#<id>`). */
    id: text().primaryKey(),
    /** Multikey (ed25519-pub, base58btc), as the DID document publishes it. */
    publicKeyMultibase: text().notNull(),
    encryptedPrivateKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    retiredAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('credential_signing_keys_one_active')
      .on(sql`(true)`)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/**
 * A learning record the home school issued: the signed credential as issued (the verify page's link checks it again),
 * the SHA-256 of its canonical content (to tell tampered content from a broken signature) and whether it was withdrawn.
 */
export const learningCredentials = pgTable(
  'learning_credentials',
  {
    id: uuid().primaryKey(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    studentId: uuid()
      .notNull()
      .references(() => resourceStudents.id),
    homeOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    keyId: text()
      .notNull()
      .references(() => credentialSigningKeys.id),
    credential: jsonb().$type<Record<string, unknown>>().notNull(),
    contentHash: text().notNull(),
    issuedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    issuedBy: uuid(),
    /** issued | withdrawn */
    status: text().notNull().default('issued'),
    withdrawnAt: timestamp({ withTimezone: true, mode: 'date' }),
    withdrawReason: text(),
    /**
     * The PDF as rendered for the first download. An issued record never changes, so every later download is the same
     * document, read instead of rendered again (subsetting the CJK fonts is most of a download's cost).
     */
    pdf: bytea(),
  },
  (t) => [index('learning_credentials_student').on(t.studentId)],
);
