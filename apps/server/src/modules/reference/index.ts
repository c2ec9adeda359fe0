export { referenceRoutes } from './reference.routes.js';
export { loadReferenceData, readMajorsCatalogue } from './reference.service.js';
export { listRegions, majorClassesByCodes, majorsByCodes, regionExists, regionFullNames, regionNames } from './reference.repository.js';
