/** The three endpoints of the governance targets (docs/benchmarks.md), as the web app calls them, and how each load run walks them. */
import { COUNTS } from './seed.js';

/** The register page size the web app asks for (useResolutions). */
export const REGISTER_PAGE_SIZE = 50;
const REGISTER_PAGES = Math.ceil(COUNTS.votes / REGISTER_PAGE_SIZE);
/** The member list page size of the web app's 成员单位 tab (current members, MembersPanel). */
export const MEMBER_PAGE_SIZE = 50;
/** Every member is current in the benchmark body. */
const MEMBER_PAGES = Math.ceil(COUNTS.members / MEMBER_PAGE_SIZE);

export interface Endpoint {
  key: 'members' | 'register' | 'dashboard';
  label: string;
  /** A path per request; paged lists visit every page in a scattered order, so no page stays hot. */
  nextPath: () => string;
}

function registerPath(bodyId: string, page: number): string {
  return `/api/bodies/${bodyId}/resolutions?page=${page}&pageSize=${REGISTER_PAGE_SIZE}`;
}

function memberPath(bodyId: string, page: number): string {
  return `/api/bodies/${bodyId}/members?page=${page}&pageSize=${MEMBER_PAGE_SIZE}`;
}

/** Pages 1…pages in a scattered order: a stride that shares no factor with the number of pages visits them all. */
function scatteredPages(pages: number): () => number {
  const stride = [7, 11, 13, 17].find((candidate) => pages % candidate !== 0) ?? 1;
  let step = 0;
  return () => ((step++ * stride) % pages) + 1;
}

export function endpoints(bodyId: string): Endpoint[] {
  const nextRegisterPage = scatteredPages(REGISTER_PAGES);
  const nextMemberPage = scatteredPages(MEMBER_PAGES);
  return [
    { key: 'members', label: `member list (${MEMBER_PAGE_SIZE}/page)`, nextPath: () => memberPath(bodyId, nextMemberPage()) },
    {
      key: 'register',
      label: `resolution register (${REGISTER_PAGE_SIZE}/page)`,
      nextPath: () => registerPath(bodyId, nextRegisterPage()),
    },
    { key: 'dashboard', label: 'dashboard (secretariat)', nextPath: () => '/api/dashboard' },
  ];
}

/** One path of each endpoint, for recording its statements; the paged lists at a middle page. */
export function samplePaths(bodyId: string): Record<Endpoint['key'], string> {
  return {
    members: memberPath(bodyId, Math.ceil(MEMBER_PAGES / 2)),
    register: registerPath(bodyId, Math.ceil(REGISTER_PAGES / 2)),
    dashboard: '/api/dashboard',
  };
}
