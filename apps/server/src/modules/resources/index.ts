/**
 * 资源共享 (docs/sources.md §9, 简报第1期 工作计划 一(一), 倡议书 三, 章程第四条(二)、第十五条(二)、第十八条(三)): the members' yearly
 * resource survey (survey/) with the reminder of its deadline (reminders/), and the dynamic resource database built
 * from the accepted answers (database/) with who can train for a major (capability/); course cross-selection
 * (courses/) with its attendance (attendance/) and syllabus (syllabus/), credit recognition (recognition/, one by one
 * or by rule for a class) with the signed learning record (credentials/); the teacher and vocational-experience
 * exchange (exchange/); who takes part in access/; the personal-data rights of the students and teachers these name
 * (people/).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { reminderRulesRoutes } from '../notifications/index.js';
import { accessRoutes } from './access/access.routes.js';
import { attendanceRoutes } from './attendance/attendance.routes.js';
import { capabilityRoutes } from './capability/capability.routes.js';
import { coursesRoutes } from './courses/courses.routes.js';
import { credentialsRoutes } from './credentials/credentials.routes.js';
import { databaseRoutes } from './database/database.routes.js';
import { exchangeRoutes } from './exchange/exchange.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { classRuleRoutes } from './recognition/class-rule.routes.js';
import { recognitionRoutes } from './recognition/recognition.routes.js';
import { RESOURCES_REMINDER_SOURCES } from './reminders/resources-reminders.js';
import { surveyRoutes } from './survey/survey.routes.js';
import { syllabusRoutes } from './syllabus/syllabus.routes.js';

export {
  acceptNomination,
  closeCourse,
  declineNomination,
  nominateStudents,
  offerCourse,
  recordResult,
} from './courses/courses.service.js';
export { decideRecognition, homeStudents } from './recognition/recognition.service.js';
export { issueCredential, issuedCredentials, checkCredential } from './credentials/credentials.service.js';
export { rotateSigningKey } from './credentials/credential-keys.js';
export { applyClassRule } from './recognition/class-rule.service.js';
export { addSession, recordAttendance } from './attendance/attendance.service.js';
export { exchangeFiguresOf, type ExchangeFigures } from './exchange/exchange-figures.js';
export { acceptResponse, openRound, saveResponse, submitResponse } from './survey/survey.service.js';
export {
  closePost as closeExchangePost,
  completeAgreement,
  confirmAgreement,
  createAgreement,
  createPost,
  evaluateAgreement,
  totals as exchangeTotals,
} from './exchange/exchange.service.js';
export { RESOURCES_REMINDER_SOURCES };

export async function resourcesRoutes(app: FastifyInstance, deps: AppDeps) {
  await accessRoutes(app, deps);
  await surveyRoutes(app, deps);
  await databaseRoutes(app, deps);
  await capabilityRoutes(app, deps);
  await exchangeRoutes(app, deps);
  await coursesRoutes(app, deps);
  await recognitionRoutes(app, deps);
  await credentialsRoutes(app, deps);
  await peopleRoutes(app, deps);
  await attendanceRoutes(app, deps);
  await syllabusRoutes(app, deps);
  await classRuleRoutes(app, deps);
  // The body's offsets for its survey rounds: its secretariat sets them (ARCHITECTURE.md, "Declare a reminder source").
  const bodyScope = (request: { params: unknown }) => ({ bodyId: (request.params as { id: string }).id });
  await reminderRulesRoutes(app, deps, {
    basePath: '/api/bodies/:id/resources',
    tags: ['resources'],
    sources: RESOURCES_REMINDER_SOURCES,
    read: { permission: 'resources.survey.manage', scope: bodyScope },
    change: { permission: 'resources.survey.manage', scope: bodyScope },
  });
}
