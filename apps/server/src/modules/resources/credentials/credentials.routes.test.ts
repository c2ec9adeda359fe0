import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { decideRecognition } from '../recognition/recognition.service.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { closedCourse, MACHINING_COURSE } from '../testing/closed-course.test-support.js';
import { rotateSigningKey } from './credential-keys.js';
import { addProof } from './data-integrity.js';

// Issue 10 R4: the learning record "exportable as a signed document: PDF and a machine-readable credential … and a
// verify page that checks a record by upload or link". 浦口 (home) decides on its students' results of 曹杨's course.
let clock = movableClock('2027-01-15T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };

describe('the signed learning record through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  let studentIds: string[];

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: { now: () => clock.now() } });
    a = await alliance(ctx);
    const course = await closedCourse(ctx, a, MACHINING_COURSE, [
      { name: '陈思远', studentNumber: '2025010101', major: '数控技术应用', score: 86 },
      { name: '刘雨桐', studentNumber: '2025010102', major: '数控技术应用', score: 91 },
      { name: '王一鸣', studentNumber: '2025010103', major: '数控技术应用', score: 75 },
    ]);
    studentIds = course.studentIds;
    const db = ctx.deps.database.db;
    for (const nominationId of course.nominationIds.slice(0, 2)) {
      await decideRecognition(db, SYSTEM_ACTOR, clock.now(), a.bodyId, nominationId, { outcome: 'converted', version: 0 });
    }
  });
  afterAll(async () => ctx.close());
  beforeEach(() => {
    clock = movableClock('2027-01-15T02:00:00Z');
  });

  const issueUrl = (studentId: string) => `/api/bodies/${a.bodyId}/resources/students/${studentId}/credentials`;
  const fileUrl = (id: string, format: 'pdf' | 'json') => `/api/bodies/${a.bodyId}/resources/credentials/${id}/${format}`;
  const issue = async (studentId: string) => {
    const response = await a.pukou.request({ method: 'POST', url: issueUrl(studentId) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; keyId: string; verifyPath: string };
  };
  const credentialOf = async (id: string) => (await a.pukou.request({ method: 'GET', url: fileUrl(id, 'json') })).json();
  const verify = async (credential: unknown) =>
    (await ctx.app.inject({ method: 'POST', url: '/api/credentials/verify', payload: credential as object, headers: zh })).json();

  it('lets the home school issue and download it, and nobody else', async () => {
    const issued = await issue(studentIds[0]!);
    expect(issued).toMatchObject({ status: 'issued', courses: 1, creditsRecognised: 2, verifyPath: `/verify/credentials/${issued.id}` });
    const listed = (await a.pukou.request({ method: 'GET', url: issueUrl(studentIds[0]!) })).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(issued.id);
    for (const other of [a.caoyang, a.outsider, a.secretariat]) {
      expect((await other.request({ method: 'POST', url: issueUrl(studentIds[0]!) })).statusCode).toBe(403);
      expect((await other.request({ method: 'GET', url: fileUrl(issued.id, 'pdf') })).statusCode).toBe(403);
      expect((await other.request({ method: 'GET', url: fileUrl(issued.id, 'json') })).statusCode).toBe(403);
    }
    expect((await ctx.app.inject({ method: 'GET', url: fileUrl(issued.id, 'json') })).statusCode).toBe(401);
  });

  it('refuses a record without any decision', async () => {
    const response = await a.pukou.request({ method: 'POST', url: issueUrl(studentIds[2]!), headers: zh });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/请先在学习记录中作出学分认定/);
  });

  it('prints the record and its verify link in the PDF', async () => {
    const issued = await issue(studentIds[0]!);
    const response = await a.pukou.request({ method: 'GET', url: fileUrl(issued.id, 'pdf') });
    expect(response.headers['content-type']).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'record-')), 'record.pdf');
    fs.writeFileSync(file, response.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of ['跨校学习记录', '陈思远', '2025****01', '数控加工工艺', '按规则转换·2学分·良好', issued.id]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`/verify/credentials/${issued.id}`);
    // An issued record never changes: the next download is the same file, kept from the first, and audited again.
    const again = await a.pukou.request({ method: 'GET', url: fileUrl(issued.id, 'pdf') });
    expect(again.statusCode).toBe(200);
    expect(Buffer.compare(again.rawPayload, response.rawPayload)).toBe(0);
    const downloads = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.credential.download'), eq(auditLog.entityId, issued.id)));
    expect(downloads.map((d) => (d.details as { format: string }).format)).toEqual(['pdf', 'pdf']);
  });

  it('verifies the downloaded credential without signing in, the name masked', async () => {
    const issued = await issue(studentIds[1]!);
    const credential = await credentialOf(issued.id);
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', proofPurpose: 'assertionMethod' });
    expect(credential.proof.verificationMethod).toBe(`${credential.issuer.id}#${issued.keyId}`);
    const check = await verify(credential);
    expect(check).toMatchObject({ valid: true, problem: null, credentialId: issued.id, keyId: issued.keyId });
    expect(check.summary).toMatchObject({ studentName: '刘**', studentNumber: '2025****02', creditsRecognised: 2 });
    const byLink = await ctx.app.inject({ method: 'GET', url: `/api/credentials/${issued.id}/verification` });
    expect(byLink.json()).toMatchObject({ valid: true, credentialId: issued.id });
  });

  it('says what is wrong with a tampered, re-signed or forged copy', async () => {
    const credential = await credentialOf((await issue(studentIds[0]!)).id);
    const tampered = structuredClone(credential);
    tampered.credentialSubject.creditsEarned = 20;
    expect(await verify(tampered)).toMatchObject({ valid: false, problem: 'tampered', summary: null });
    expect((await verify(tampered)).reason['zh-CN']).toMatch(/^内容被篡改/);
    const badSignature = {
      ...credential,
      proof: { ...credential.proof, proofValue: credential.proof.proofValue.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A')) },
    };
    expect(await verify(badSignature)).toMatchObject({ valid: false, problem: 'signature' });
    const { proof: _proof, ...unsigned } = tampered;
    const forged = addProof(unsigned, generateKeyPairSync('ed25519').privateKey, {
      verificationMethod: `${credential.issuer.id}#key-20270115-f0f0f0`,
      created: '2027-01-15T02:00:00Z',
    });
    expect(await verify(forged)).toMatchObject({ valid: false, problem: 'unknown_key' });
    expect(await verify({ hello: 'world' })).toMatchObject({ valid: false, problem: 'malformed' });
  });

  it('withdraws a record with a reason: the link then says so and downloads stop', async () => {
    const issued = await issue(studentIds[0]!);
    const url = `/api/bodies/${a.bodyId}/resources/credentials/${issued.id}/withdraw`;
    expect((await a.caoyang.request({ method: 'POST', url, payload: { reason: '认定有误' } })).statusCode).toBe(403);
    const withdrawn = await a.pukou.request({ method: 'POST', url, payload: { reason: '认定有误，已重新认定' } });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '认定有误，已重新认定' });
    const check = (await ctx.app.inject({ method: 'GET', url: `/api/credentials/${issued.id}/verification`, headers: zh })).json();
    expect(check).toMatchObject({ valid: false, problem: 'withdrawn', withdrawn: { reason: '认定有误，已重新认定' } });
    expect(check.reason['zh-CN']).toMatch(/学习记录已撤回/);
    expect((await a.pukou.request({ method: 'GET', url: fileUrl(issued.id, 'pdf') })).statusCode).toBe(409);
  });

  it('keeps verifying what a rotated key signed, and publishes every key', async () => {
    const before = await issue(studentIds[1]!);
    const newKey = await rotateSigningKey(ctx.deps.database.db, SYSTEM_ACTOR, ctx.deps.secretKey, clock.now());
    const after = await issue(studentIds[1]!);
    expect(after.keyId).toBe(newKey);
    expect(before.keyId).not.toBe(newKey);
    expect(await verify(await credentialOf(before.id))).toMatchObject({ valid: true, keyId: before.keyId });
    const did = (await ctx.app.inject({ method: 'GET', url: '/.well-known/did.json' })).json();
    expect(did.id).toMatch(/^did:web:/);
    expect(did.assertionMethod).toEqual(expect.arrayContaining([`${did.id}#${before.keyId}`, `${did.id}#${newKey}`]));
    expect(did.verificationMethod[0]).toMatchObject({ type: 'Multikey', publicKeyMultibase: expect.stringMatching(/^z6Mk/) });
  });
});
