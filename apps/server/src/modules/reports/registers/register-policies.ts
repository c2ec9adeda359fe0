/**
 * Who may read and change a cycle's registers (项目与荣誉, 案例): the cycle's authority — whoever reads its reports
 * (reports.cycle.manage) reads them, reports.registers.manage changes them. The scope is looked up from the cycle in
 * the address, so another authority's cycle answers 403.
 */
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../../kernel/db/database.js';
import { requireCycle } from '../cycles/cycles.service.js';

export function registerPolicies(db: Executor) {
  const cycleScope = async (request: FastifyRequest) => ({
    orgId: (await requireCycle(db, (request.params as { id: string }).id)).cycle.authorityOrgId,
  });
  return {
    read: { permission: 'reports.cycle.manage', scope: cycleScope } as const,
    manage: { permission: 'reports.registers.manage', scope: cycleScope } as const,
  };
}
