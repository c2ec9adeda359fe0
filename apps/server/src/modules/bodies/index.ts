import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { bodyRegisterRoutes } from './bodies.routes.js';
import { liaisonRoutes } from './liaisons.routes.js';
import { memberRoutes } from './members.routes.js';

export { bodyDirectory, bodyMembershipDirectory } from './bodies.directory.js';
export { countBodies, fillMissingBodySortKeys, findBodyById, findBodyByName, type BodyRow } from './bodies.repository.js';
export { activeMembersWithoutLiaison, countCurrentLiaisonsOf } from './liaisons.repository.js';
export { activeMemberOrgIdsAmong, findActiveMember, listMembershipsOfOrg } from './members.repository.js';
export { BODY_ENTITY, createBody, requireBody, type BodyProvenance } from './bodies.service.js';
export { addMember, removeMember } from './members.service.js';
export { createLiaison } from './liaisons.service.js';

export async function bodyRoutes(app: FastifyInstance, deps: AppDeps) {
  await bodyRegisterRoutes(app, deps);
  await memberRoutes(app, deps);
  await liaisonRoutes(app, deps);
}
