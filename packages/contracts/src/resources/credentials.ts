/**
 * The signed learning record (学习记录, docs/sources.md §9 R4): the home school issues a student's record of courses taken
 * at other members — credits, results and its recognition decisions — as a PDF and as a W3C Verifiable Credential
 * (Data Model 2.0, an Open Badges 3.0 AchievementCredential) with an Ed25519 Data Integrity proof (eddsa-jcs-2022).
 * Anyone can check a credential on the verify page, by uploading it or by the link printed on the PDF.
 */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';
import { requiredText } from '../common.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const CREDENTIAL_STATUSES = {
  issued: l('有效', 'Valid'),
  withdrawn: l('已撤回', 'Withdrawn'),
} as const;
export type CredentialStatus = keyof typeof CREDENTIAL_STATUSES;
export const CREDENTIAL_STATUS_NAMES = Object.keys(CREDENTIAL_STATUSES) as [CredentialStatus, ...CredentialStatus[]];

/** Why a credential does not verify, in the order a verifier checks. */
export const CREDENTIAL_PROBLEMS = ['malformed', 'unknown_key', 'signature', 'tampered', 'unknown_record', 'withdrawn'] as const;
export type CredentialProblem = (typeof CREDENTIAL_PROBLEMS)[number];

export const ZCredentialParams = z.object({ id: z.uuid(), credentialId: z.uuid() });
export const ZCredentialIdParams = z.object({ credentialId: z.uuid() });

export const ZWithdrawCredentialInput = z.object({ reason: requiredText(300) });
export type TWithdrawCredentialInput = z.infer<typeof ZWithdrawCredentialInput>;

/** A learning record the home school issued: what the record page lists with its downloads. */
export const ZIssuedCredential = z.object({
  id: z.string(),
  issuedAt: z.string(),
  keyId: z.string(),
  status: z.enum(CREDENTIAL_STATUS_NAMES),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  courses: z.number(),
  creditsRecognised: z.number(),
  /** The verify page's address for this record (path; the PDF prints it with the platform's address). */
  verifyPath: z.string(),
});
export type TIssuedCredential = z.infer<typeof ZIssuedCredential>;
export const ZIssuedCredentials = z.object({ items: z.array(ZIssuedCredential) });

/** The verified content, as the verify page shows it: the student's name and number masked. */
export const ZCredentialSummary = z.object({
  issuerName: z.string(),
  studentName: z.string(),
  studentNumber: z.string(),
  school: z.string(),
  major: z.string(),
  creditsRecognised: z.number(),
  courses: z.array(
    z.object({
      courseName: z.string(),
      host: z.string(),
      term: z.string(),
      credits: z.number(),
      result: z.string(),
      recognition: z.string(),
    }),
  ),
});
export type TCredentialSummary = z.infer<typeof ZCredentialSummary>;

export const ZCredentialCheck = z.object({
  valid: z.boolean(),
  problem: z.enum(CREDENTIAL_PROBLEMS).nullable(),
  /** What was found, in both languages (the page shows the reader's). */
  reason: ZBilingual,
  credentialId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  keyId: z.string().nullable(),
  withdrawn: z.object({ at: z.string(), reason: z.string() }).nullable(),
  summary: ZCredentialSummary.nullable(),
});
export type TCredentialCheck = z.infer<typeof ZCredentialCheck>;

/** An uploaded credential: any JSON object; the check says what is wrong with it. */
export const ZCredentialUpload = z.record(z.string(), z.unknown());

/**
 * The platform's DID document (did:web): every signing key ever used, as Multikey; retired keys stay so that what
 * they signed still verifies.
 */
export const ZDidDocument = z.object({
  '@context': z.array(z.string()),
  id: z.string(),
  verificationMethod: z.array(
    z.object({ id: z.string(), type: z.literal('Multikey'), controller: z.string(), publicKeyMultibase: z.string() }),
  ),
  assertionMethod: z.array(z.string()),
});
export type TDidDocument = z.infer<typeof ZDidDocument>;

export const CREDENTIAL_ERRORS = defineErrors({
  RESOURCES_CREDENTIAL_EMPTY: {
    status: 409,
    message: {
      'zh-CN': '该学生还没有已作出认定的跨校课程，暂不能签发学习记录；请先在学习记录中作出学分认定',
      'en-US': 'The student has no cross-member course with a recognition decision yet; decide on the credits before issuing the record',
    },
  },
  RESOURCES_CREDENTIAL_WITHDRAWN: {
    status: 409,
    message: {
      'zh-CN': '该学习记录已于 {at} 撤回，不能再下载或撤回；如需证明，请重新签发',
      'en-US': 'This learning record was withdrawn on {at}; it cannot be downloaded or withdrawn again — issue a new one',
    },
  },
});

export const CREDENTIAL_LABELS: Record<string, Bilingual> = {
  credentialId: l('学习记录编号', 'Record number'),
};
