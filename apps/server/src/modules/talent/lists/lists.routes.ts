import { XLSX_CONTENT_TYPE, ZPublicTalentLists, ZTalentBodyParams, ZTalentListExportParams } from '@chanjiao/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../kernel/deps.js';
import { sendDownload } from '../../../kernel/files/index.js';
import { requireAuth } from '../../../kernel/http/context.js';
import { typed } from '../../../kernel/http/routes.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { requireBody } from '../../bodies/index.js';
import { exportFilename, exportList } from './lists.export.js';
import { publicLists } from './public-lists.service.js';

const TAGS = ['talent'];

export async function listRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const r = typed(app);

  r.get(
    '/api/bodies/:id/talent/lists/:list/export.xlsx',
    {
      schema: { tags: TAGS, summary: '导出清单（Excel） Export a list as a spreadsheet', params: ZTalentListExportParams },
      config: { policy: { permission: 'body.read' } },
    },
    async (request, reply) => {
      const body = await requireBody(db, request.params.id);
      const today = shanghaiToday(deps.clock);
      const content = await exportList(db, requireAuth(request).grants, body.id, request.params.list, today);
      return sendDownload(reply, {
        filename: exportFilename(body.name, request.params.list, today),
        contentType: XLSX_CONTENT_TYPE,
        content,
      });
    },
  );

  r.get(
    '/api/public/bodies/:id/talent/lists',
    {
      schema: {
        tags: TAGS,
        summary: '公开的各类清单 The body’s published lists (public)',
        params: ZTalentBodyParams,
        response: { 200: ZPublicTalentLists },
      },
      config: { policy: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => publicLists(db, request.params.id, shanghaiToday(deps.clock)),
  );
}
