export { organizationRoutes } from './organizations.routes.js';
export { organizations } from './organizations.table.js';
export { findOrgById, findOrgsByIds, findOrgsByUscc, insertOrgs, type OrgRow } from './organizations.repository.js';
export { createOrganization, orgValues, presentOrg, ORG_ENTITY } from './organizations.service.js';
