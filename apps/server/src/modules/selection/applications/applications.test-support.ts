/** Fixtures for the selection tests: an authority with an open call, applicant organisations, a complete 推荐书. */
import type { OrgType } from '@chanjiao/contracts';
import { PDFDocument } from 'pdf-lib';
import type { AppDeps } from '../../../kernel/deps.js';
import { makeOrganisation, makeSelectionCall, uniqueTag } from '../../../testing/factories.js';

export { completeContent, TEST_INDICATOR_SCORES } from '../../../testing/factories.js';

export async function makeSelectionOrg(deps: AppDeps, name: string, type: OrgType, regionCode = '320706') {
  return makeOrganisation(deps, { name: `${name}${uniqueTag()}`, type, regionCode });
}

export async function makeOpenCall(
  deps: AppDeps,
  authorityOrgId: string,
  deadline = '2026-05-28T23:59:59',
  now = new Date('2026-04-01T00:00:00Z'),
) {
  return makeSelectionCall(deps, { authorityOrgId, deadline, now });
}

/** A real PDF with `pages` blank A4 pages. */
export async function pdfWithPages(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage([595, 842]);
  return Buffer.from(await document.save());
}
