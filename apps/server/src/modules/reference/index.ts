export { referenceRoutes } from './reference.routes.js';
export { loadReferenceData, readMajorsCatalogue } from './reference.service.js';
export { listRegions, majorsByCodes, regionExists, regionNames } from './reference.repository.js';
