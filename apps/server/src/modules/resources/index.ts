/**
 * 资源共享 (SPEC §4, seed 000 工作计划 一(一), 倡议书 三, 章程第四条(二)、第十五条(二)、第十八条(三)): the members' yearly
 * resource survey (survey/) and the dynamic resource database built from the accepted answers (database/); who takes
 * part in access/.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { accessRoutes } from './access/access.routes.js';
import { databaseRoutes } from './database/database.routes.js';
import { surveyRoutes } from './survey/survey.routes.js';

export { acceptResponse, openRound, saveResponse, submitResponse } from './survey/survey.service.js';

export async function resourcesRoutes(app: FastifyInstance, deps: AppDeps) {
  await accessRoutes(app, deps);
  await surveyRoutes(app, deps);
  await databaseRoutes(app, deps);
}
