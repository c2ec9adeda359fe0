import { ZIdParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { bilingual, notFound } from '../errors.js';
import { requireAuth } from '../http/context.js';
import { typed } from '../http/routes.js';
import { findOwnedFile } from './files.repository.js';
import { sendDownload } from './http-download.js';

const FILE_ENTITY = bilingual('文件', 'file');

/** Files made for one user; anyone else, and the owner after expiry, gets 404 as if it never existed. */
export async function fileRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  typed(app).get(
    '/api/files/:id',
    {
      schema: { tags: ['files'], summary: '下载文件（如导入错误报告） Download a file such as an import error report', params: ZIdParams },
      config: { policy: { authenticated: true } },
    },
    async (request, reply) => {
      const file = await findOwnedFile(db, request.params.id, requireAuth(request).user.id);
      if (!file) throw notFound(FILE_ENTITY);
      return sendDownload(reply, file);
    },
  );
}
