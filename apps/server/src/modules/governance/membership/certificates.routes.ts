import { ZCertificate, ZCertificateParams, ZFoundingCertificateInput, ZIdParams, ZIssuedCertificates } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { renderPdf } from '../../../kernel/documents/index.js';
import { sendDownload } from '../../../kernel/files/http-download.js';
import { typed } from '../../../kernel/http/routes.js';
import { recordAudit } from '../../../kernel/audit/audit.service.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { certificateBlocks } from './certificate.document.js';
import { issueFoundingCertificate, issueFoundingCertificates, requireCertificate } from './certificates.service.js';
import { findApplication } from './membership.repository.js';

const TAGS = ['governance'];
const bodyScope = (request: FastifyRequest) => ({ bodyId: (request.params as { id: string }).id });

export async function certificateRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.post(
    '/api/bodies/:id/certificates',
    {
      schema: {
        tags: TAGS,
        summary: '为发起单位颁发成员证书 Issue a founding unit its certificate',
        params: ZIdParams,
        body: ZFoundingCertificateInput,
        response: { 201: ZCertificate },
      },
      config: {
        policy: { permission: 'governance.membership.review', scope: bodyScope },
      },
    },
    async (request, reply) => {
      const today = shanghaiToday(deps.clock);
      return reply.status(201).send(await issueFoundingCertificate(db, request.actor, request.params.id, request.body.orgId, today));
    },
  );

  r.post(
    '/api/bodies/:id/certificates/founding',
    {
      schema: {
        tags: TAGS,
        summary: '为尚无证书的全部发起单位颁发成员证书 Issue every founding unit without one its certificate',
        params: ZIdParams,
        response: { 200: ZIssuedCertificates },
      },
      config: { policy: { permission: 'governance.membership.review', scope: bodyScope } },
    },
    async (request) => ({ items: await issueFoundingCertificates(db, request.actor, request.params.id, shanghaiToday(deps.clock)) }),
  );

  r.get(
    '/api/bodies/:id/certificates/:certificateId/pdf',
    {
      schema: { tags: TAGS, summary: '下载《联盟成员证书》 Download the membership certificate (PDF)', params: ZCertificateParams },
      config: {
        policy: {
          permission: 'governance.certificate.download',
          // The secretariat of the body, or the member unit the certificate was issued to.
          scope: async (request: FastifyRequest) => {
            const { id, certificateId } = request.params as { id: string; certificateId: string };
            const found = await requireCertificate(db, id, certificateId);
            return { bodyId: id, orgId: found.row.orgId };
          },
        },
      },
    },
    async (request, reply) => {
      const { id, certificateId } = request.params;
      const { row, orgName, bodyName } = await requireCertificate(db, id, certificateId);
      const application = row.applicationId ? await findApplication(db, id, row.applicationId) : undefined;
      const pdf = await renderPdf(
        certificateBlocks({
          bodyName,
          orgName,
          number: row.number,
          issuedOn: row.issuedOn,
          admittedOn: application?.decidedOn ?? null,
          returnedOn: row.returnedOn,
        }),
        { title: `联盟成员证书 ${row.number}`, author: bodyName },
      );
      await db.transaction((tx) =>
        recordAudit(tx, request.actor, {
          action: 'governance.certificate.download',
          entityType: 'body',
          entityId: id,
          details: { certificateId, number: row.number, orgId: row.orgId },
        }),
      );
      return sendDownload(reply, { filename: `联盟成员证书-${orgName}.pdf`, contentType: 'application/pdf', content: pdf });
    },
  );
}
