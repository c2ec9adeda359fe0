export { organizationRoutes } from './organizations.routes.js';
export { organizationDirectory } from './organizations.directory.js';
export {
  countOrgsWithoutUscc,
  fillMissingOrgSortKeys,
  findOrgById,
  findOrgsByIds,
  findOrgsByUscc,
  findOrgsByUsccOrName,
  insertOrgs,
  type OrgRow,
} from './organizations.repository.js';
export { importOrganizations } from './organizations.import.js';
export { createOrganization, orgValues, presentOrg, ORG_ENTITY } from './organizations.service.js';
