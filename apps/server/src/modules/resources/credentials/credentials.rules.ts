/**
 * Rules of the signed learning record (docs/sources.md §9 R4; 倡议书 三 "推动课程互选、学分互认"): what a student's record
 * across the members says as a W3C Verifiable Credential (Data Model 2.0) in the shape of an Open Badges 3.0
 * AchievementCredential, how the verify page reads it back, and which verdict a check reaches.
 */
import {
  type Bilingual,
  type CredentialProblem,
  RECOGNITION_OUTCOMES,
  type TCredentialSummary,
  type TLearningRecord,
  type TLearningRecordEntry,
} from '@chanjiao/contracts';
import { z } from 'zod';
import { maskStudentName, maskStudentNumber, resultPasses } from '../courses/courses.rules.js';

export const CREDENTIAL_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export interface CredentialFacts {
  id: string;
  /** did:web of the platform: the controller of the signing keys. */
  issuerDid: string;
  bodyName: string;
  /** An XML Schema dateTime without fractions, e.g. 2027-01-15T02:00:00Z. */
  validFrom: string;
}

/** 2027-01-15T02:00:00.123Z → 2027-01-15T02:00:00Z: the form VC validFrom and a proof's created take. */
export function dateTimeStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The entries a record carries: courses with a result; at least one of them decided by the home school. */
export function issuableEntries(entries: TLearningRecordEntry[]): TLearningRecordEntry[] | null {
  const withResult = entries.filter((e) => e.courseClosed && (e.score !== null || e.passed !== null));
  return withResult.some((e) => e.recognition) ? withResult : null;
}

function resultValue(entry: TLearningRecordEntry): string {
  if (entry.grading === 'score') return String(entry.score);
  return entry.passed ? '合格' : '不合格';
}

/**
 * The unsigned credential. Personal data (个人信息保护法第六条: processing is limited to the smallest scope the purpose
 * needs): the purpose is to show a third party — another school, an employer — which credits this student earned
 * where. That needs the name (whose record it is), the school and the major (what the credits count toward). The
 * student number is masked (its year and last two digits let the home school find the student; the holder's full
 * number serves no verifier); no ID number, birth date, phone or photo is included, and neither are the teachers.
 */
export function learningCredential(record: TLearningRecord, entries: TLearningRecordEntry[], facts: CredentialFacts) {
  const courseRef = (i: number) => `urn:uuid:${facts.id}#course-${i + 1}`;
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: `urn:uuid:${facts.id}`,
    type: ['VerifiableCredential', 'AchievementCredential'],
    name: `跨校学习记录 · ${record.student.name}`,
    issuer: {
      id: facts.issuerDid,
      type: ['Profile'],
      name: record.student.home.name,
      description: `${record.student.home.name}经${facts.bodyName}产教协同平台签发`,
    },
    validFrom: facts.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: record.student.name },
        { type: 'IdentityObject', identityType: 'studentId', hashed: false, identityHash: maskStudentNumber(record.student.studentNumber) },
      ],
      school: record.student.home.name,
      major: record.student.major,
      creditsEarned: entries.reduce((sum, e) => sum + (e.recognition?.credits ?? 0), 0),
      achievement: {
        id: `urn:uuid:${facts.id}#achievement`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: '跨校课程学习记录',
        description: `${facts.bodyName}成员单位间课程互选的成绩与学分互认决定`,
        criteria: { narrative: '开课学校登记成绩并结课；学生所在学校认定为本校课程、按公布的规则转换或不予认定。' },
        resultDescription: entries.map((e, i) => ({
          id: courseRef(i),
          type: ['ResultDescription'],
          name: `${e.courseName}（${e.host.name}，${e.term}）`,
          resultType: e.grading === 'score' ? 'RawScore' : 'Status',
          course: { name: e.courseName, host: e.host.name, term: e.term, credits: e.credits, hours: e.hours },
        })),
      },
      result: entries.map((e, i) => ({
        type: ['Result'],
        resultDescription: courseRef(i),
        value: resultValue(e),
        status: resultPasses(e.grading, e) ? 'Completed' : 'Failed',
        recognition: e.recognition
          ? {
              outcome: e.recognition.outcome,
              outcomeName: RECOGNITION_OUTCOMES[e.recognition.outcome]['zh-CN'],
              ownCourseName: e.recognition.ownCourseName,
              credits: e.recognition.credits,
              grade: e.recognition.grade,
              reason: e.recognition.reason,
              decidedAt: e.recognition.decidedAt,
            }
          : { outcome: 'pending', outcomeName: '待认定' },
      })),
    },
  };
}

export type LearningCredential = ReturnType<typeof learningCredential>;

/** The part of a credential the verify page shows; a signed credential of this platform always has it. */
const ZReadable = z.object({
  id: z.string().startsWith('urn:uuid:'),
  issuer: z.object({ id: z.string(), name: z.string() }),
  validFrom: z.string(),
  credentialSubject: z.object({
    identifier: z.array(z.object({ identityType: z.string(), identityHash: z.string() })),
    school: z.string(),
    major: z.string(),
    creditsEarned: z.number(),
    achievement: z.object({
      resultDescription: z.array(
        z.object({ id: z.string(), course: z.object({ name: z.string(), host: z.string(), term: z.string(), credits: z.number() }) }),
      ),
    }),
    result: z.array(
      z.object({
        resultDescription: z.string(),
        value: z.string(),
        recognition: z.object({ outcomeName: z.string(), credits: z.number().optional(), grade: z.string().nullable().optional() }),
      }),
    ),
  }),
});

/** The credential's id (a UUID), issuer DID and the summary the page shows, masked; null when it is not one of ours. */
export function readCredential(
  credential: Record<string, unknown>,
  { maskName } = { maskName: true },
): { id: string; issuerDid: string; summary: TCredentialSummary } | null {
  const parsed = ZReadable.safeParse(credential);
  if (!parsed.success) return null;
  const { credentialSubject: subject } = parsed.data;
  const identity = (type: string) => subject.identifier.find((i) => i.identityType === type)?.identityHash ?? '';
  const courses = subject.achievement.resultDescription.map((d) => {
    const result = subject.result.find((r) => r.resultDescription === d.id);
    const recognition = result?.recognition;
    return {
      courseName: d.course.name,
      host: d.course.host,
      term: d.course.term,
      credits: d.course.credits,
      result: result?.value ?? '',
      recognition: recognition
        ? [recognition.outcomeName, recognition.credits === undefined ? null : `${recognition.credits} 学分`, recognition.grade]
            .filter(Boolean)
            .join(' · ')
        : '',
    };
  });
  return {
    id: parsed.data.id.slice('urn:uuid:'.length),
    issuerDid: parsed.data.issuer.id,
    summary: {
      issuerName: parsed.data.issuer.name,
      // The link verifies for anyone who has it: the name shows masked, the PDF in the verifier's hand has it whole.
      studentName: maskName ? maskStudentName(identity('name')) : identity('name'),
      studentNumber: identity('studentId'),
      school: subject.school,
      major: subject.major,
      creditsRecognised: subject.creditsEarned,
      courses,
    },
  };
}

/** What a check found, in the order a verifier learns it. */
export interface CheckFindings {
  /** Our credential shape with a DataIntegrityProof of eddsa-jcs-2022. */
  wellFormed: boolean;
  /** The verification method names a key the platform publishes, of the credential's own issuer. */
  keyKnown: boolean;
  signatureValid: boolean;
  /** The platform's record of this credential id: whether the content is what was issued, and any withdrawal. */
  record: { contentMatches: boolean; withdrawn: { at: string; reason: string } | null } | null;
  keyId: string | null;
  credentialId: string | null;
}

export interface Verdict {
  valid: boolean;
  problem: CredentialProblem | null;
  reason: Bilingual;
}

/**
 * The verdict, first failure first: a document that is not our credential; a key we never published; a signature that
 * does not match — tampered content when the platform's record of the credential differs, else a broken signature; a
 * signed credential the platform has no record of; a withdrawn record. Only then is it valid.
 */
export function verdict(f: CheckFindings): Verdict {
  const fail = (problem: CredentialProblem, reason: Bilingual): Verdict => ({ valid: false, problem, reason });
  if (!f.wellFormed) {
    return fail(
      'malformed',
      l(
        '无法识别：这不是本平台签发的学习记录凭证，或缺少 Data Integrity 签名（eddsa-jcs-2022）',
        'Not recognised: this is not a learning record credential of this platform, or it has no Data Integrity proof (eddsa-jcs-2022)',
      ),
    );
  }
  if (!f.keyKnown) {
    return fail(
      'unknown_key',
      l(
        `签名密钥未知：${f.keyId ?? ''} 不是本平台公布的签名密钥，无法确认签发者`,
        `Unknown key: ${f.keyId ?? ''} is not a signing key this platform publishes, so the issuer cannot be confirmed`,
      ),
    );
  }
  if (!f.signatureValid && f.record && !f.record.contentMatches) {
    return fail(
      'tampered',
      l(
        '内容被篡改：凭证内容与平台签发时的记录不一致，签名校验失败',
        'Tampered: the content differs from what the platform issued, and the signature does not match it',
      ),
    );
  }
  if (!f.signatureValid) {
    return fail(
      'signature',
      l(
        '签名校验失败：签名与凭证内容不符（签名被改动或并非本平台所签）',
        'Signature check failed: the signature does not match the content (it was altered or not made by this platform)',
      ),
    );
  }
  if (!f.record) {
    return fail(
      'unknown_record',
      l(
        `签名有效，但平台没有编号为 ${f.credentialId ?? ''} 的学习记录签发记录`,
        `The signature is valid, but the platform has no issued learning record numbered ${f.credentialId ?? ''}`,
      ),
    );
  }
  if (!f.record.contentMatches) {
    return fail(
      'tampered',
      l('内容被篡改：凭证内容与平台签发时的记录不一致', 'Tampered: the content differs from what the platform issued'),
    );
  }
  if (f.record.withdrawn) {
    return fail(
      'withdrawn',
      l(
        `学习记录已撤回：学校于 ${f.record.withdrawn.at} 撤回了该记录（${f.record.withdrawn.reason}）`,
        `Withdrawn: the school withdrew this record on ${f.record.withdrawn.at} (${f.record.withdrawn.reason})`,
      ),
    );
  }
  return {
    valid: true,
    problem: null,
    reason: l(
      `有效：签名经平台密钥 ${f.keyId ?? ''} 验证，内容与签发时一致，记录未被撤回`,
      `Valid: the signature verifies with the platform key ${f.keyId ?? ''}, the content is as issued and the record is not withdrawn`,
    ),
  };
}

/** did:web of an origin (did:web Method Specification §3.2): the host, its port's colon percent-encoded. */
export function didWebOf(origin: string): string {
  const url = new URL(origin);
  return `did:web:${url.host.replace(':', '%3A')}`;
}

/** `did:web:host#key-1` → { did, keyId }; null when it is no DID URL with a fragment. */
export function splitVerificationMethod(method: string): { did: string; keyId: string } | null {
  const hash = method.indexOf('#');
  if (!method.startsWith('did:') || hash < 0 || hash === method.length - 1) return null;
  return { did: method.slice(0, hash), keyId: method.slice(hash + 1) };
}
