/** The three endpoints of issue 3's target, as the web app calls them, and how each load run walks them. */
import { COUNTS } from './seed.js';

/** The register page size the web app asks for (useResolutions). */
export const REGISTER_PAGE_SIZE = 50;
const REGISTER_PAGES = Math.ceil(COUNTS.votes / REGISTER_PAGE_SIZE);

export interface Endpoint {
  key: 'members' | 'register' | 'dashboard';
  label: string;
  /** A path per request; the register visits every page in a scattered order, so no page stays hot. */
  nextPath: () => string;
}

function registerPath(bodyId: string, page: number): string {
  return `/api/bodies/${bodyId}/resolutions?page=${page}&pageSize=${REGISTER_PAGE_SIZE}`;
}

export function endpoints(bodyId: string): Endpoint[] {
  const stride = [7, 11, 13, 17].find((candidate) => REGISTER_PAGES % candidate !== 0) ?? 1;
  let step = 0;
  return [
    { key: 'members', label: 'member list (500)', nextPath: () => `/api/bodies/${bodyId}/members` },
    {
      key: 'register',
      label: `resolution register (${REGISTER_PAGE_SIZE}/page)`,
      nextPath: () => registerPath(bodyId, ((step++ * stride) % REGISTER_PAGES) + 1),
    },
    { key: 'dashboard', label: 'dashboard (secretariat)', nextPath: () => '/api/dashboard' },
  ];
}

/** One path of each endpoint, for recording its statements; the register at a middle page. */
export function samplePaths(bodyId: string): Record<Endpoint['key'], string> {
  return {
    members: `/api/bodies/${bodyId}/members`,
    register: registerPath(bodyId, Math.ceil(REGISTER_PAGES / 2)),
    dashboard: '/api/dashboard',
  };
}
