import {
  ZCredentialCheck,
  ZCredentialIdParams,
  ZCredentialParams,
  ZCredentialUpload,
  ZDidDocument,
  ZIssuedCredential,
  ZIssuedCredentials,
  ZStudentParams,
  ZWithdrawCredentialInput,
} from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/http-download.js';
import { typed } from '../../../kernel/http/routes.js';
import { requireStudent } from '../recognition/recognition.service.js';
import { publishedKeys } from './credential-keys.js';
import { didWebOf, readCredential } from './credentials.rules.js';
import * as service from './credentials.service.js';

const TAGS = ['resources'];

export async function credentialsRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);
  // PUBLIC_URL names the platform; without it (a laptop, a test) the address the request came to does.
  const originOf = (request: FastifyRequest) => (deps.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  // Issuing and downloading follow the learning record page: the student's home school only.
  const studentHomeScope = async (request: FastifyRequest) => {
    const student = await requireStudent(db, (request.params as { studentId: string }).studentId);
    return { orgId: student.homeOrgId };
  };
  const credentialHomeScope = async (request: FastifyRequest) => {
    const { id, credentialId } = request.params as { id: string; credentialId: string };
    return { orgId: (await service.requireCredential(db, id, credentialId)).homeOrgId };
  };
  const homePolicy = (scope: typeof studentHomeScope) => ({ policy: { permission: 'resources.credit.recognise' as const, scope } });

  r.post(
    '/api/bodies/:id/resources/students/:studentId/credentials',
    {
      schema: {
        tags: TAGS,
        summary: '签发学习记录（签名凭证） Issue the signed learning record',
        params: ZStudentParams,
        response: { 201: ZIssuedCredential },
      },
      config: homePolicy(studentHomeScope),
    },
    async (request, reply) => {
      const signing = { secretKey: deps.secretKey, now: deps.clock.now(), origin: originOf(request) };
      const issued = await service.issueCredential(db, request.actor, signing, request.params.id, request.params.studentId);
      return reply.status(201).send(issued);
    },
  );

  r.get(
    '/api/bodies/:id/resources/students/:studentId/credentials',
    {
      schema: {
        tags: TAGS,
        summary: '已签发的学习记录 Issued learning records',
        params: ZStudentParams,
        response: { 200: ZIssuedCredentials },
      },
      config: homePolicy(studentHomeScope),
    },
    async (request) => service.issuedCredentials(db, request.params.id, request.params.studentId),
  );

  r.get(
    '/api/bodies/:id/resources/credentials/:credentialId/pdf',
    {
      schema: { tags: TAGS, summary: '下载学习记录（PDF） Download the learning record (PDF)', params: ZCredentialParams },
      config: homePolicy(credentialHomeScope),
    },
    async (request, reply) => {
      const { id, credentialId } = request.params;
      const row = await service.downloadCredential(db, request.actor, id, credentialId, 'pdf');
      const pdf = await service.credentialPdf(db, row, originOf(request));
      return sendDownload(reply, { ...pdf, contentType: 'application/pdf' });
    },
  );

  r.get(
    '/api/bodies/:id/resources/credentials/:credentialId/json',
    {
      schema: {
        tags: TAGS,
        summary: '下载学习记录（可验证凭证 JSON） Download the learning record (verifiable credential, JSON)',
        params: ZCredentialParams,
      },
      config: homePolicy(credentialHomeScope),
    },
    async (request, reply) => {
      const { id, credentialId } = request.params;
      const row = await service.downloadCredential(db, request.actor, id, credentialId, 'json');
      const name = readCredential(row.credential, { maskName: false })?.summary.studentName ?? row.id;
      return sendDownload(reply, {
        filename: `学习记录-${name}.json`,
        contentType: 'application/json',
        content: Buffer.from(JSON.stringify(row.credential, null, 2)),
      });
    },
  );

  r.post(
    '/api/bodies/:id/resources/credentials/:credentialId/withdraw',
    {
      schema: {
        tags: TAGS,
        summary: '撤回学习记录 Withdraw a learning record',
        params: ZCredentialParams,
        body: ZWithdrawCredentialInput,
        response: { 200: ZIssuedCredential },
      },
      config: homePolicy(credentialHomeScope),
    },
    async (request) => {
      const { id, credentialId } = request.params;
      return service.withdrawCredential(db, request.actor, deps.clock.now(), id, credentialId, request.body.reason);
    },
  );

  r.post(
    '/api/credentials/verify',
    {
      schema: {
        tags: TAGS,
        summary: '核验学习记录凭证（上传） Verify an uploaded learning record credential',
        body: ZCredentialUpload,
        response: { 200: ZCredentialCheck },
      },
      config: { policy: { public: true } },
    },
    async (request) => service.checkCredential(db, request.body),
  );

  r.get(
    '/api/credentials/:credentialId/verification',
    {
      schema: {
        tags: TAGS,
        summary: '按编号核验学习记录 Verify a learning record by its number',
        params: ZCredentialIdParams,
        response: { 200: ZCredentialCheck },
      },
      config: { policy: { public: true } },
    },
    async (request) => service.checkIssuedCredential(db, request.params.credentialId),
  );

  // did:web resolves did:web:<host> to this document (did:web Method Specification §3.2), so any verifier finds the keys.
  r.get(
    '/.well-known/did.json',
    {
      schema: {
        tags: TAGS,
        summary: '平台签名公钥（DID 文档） The platform’s signing keys (DID document)',
        response: { 200: ZDidDocument },
      },
      config: { policy: { public: true } },
    },
    async (request, reply) => {
      const did = didWebOf(originOf(request));
      const methods = (await publishedKeys(db)).map((key) => ({
        id: `${did}#${key.id}`,
        type: 'Multikey' as const,
        controller: did,
        publicKeyMultibase: key.publicKeyMultibase,
      }));
      void reply.header('Access-Control-Allow-Origin', '*');
      return {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: methods,
        assertionMethod: methods.map((m) => m.id),
      };
    },
  );
}
