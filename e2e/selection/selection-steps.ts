/**
 * Steps the selection journeys share: the antd inputs of the 推荐书 found by the label the form prints, a small
 * PDF for the supporting material, a deadline in the future (the seed call's has passed), reading what the
 * platform exports (DOCX, XLSX), and — for a journey that starts where another ends — an open call with
 * submitted 推荐书 made through the API.
 */
import {
  APPLICATION_SECTION_NAMES,
  type TApplication,
  type TApplicationSummary,
  type TCall,
  type TIndicatorSystem,
} from '@chanjiao/contracts/selection/index';
import type { Locator, Page } from 'playwright-core';
import type { ApiSession } from '../support/api.js';
import { escapeRegExp as escaped } from '../support/antd.js';
import { shanghaiDay } from '../support/shanghai-date.js';

export { buttonName, pickOption, toast } from '../support/antd.js';
export { docxText, saveDownload, zipEntry } from '../support/downloads.js';
export { shanghaiDay };

/** The form item labelled exactly `label`; items nested in it have no label, so the outermost comes first. */
export function formItem(page: Page, label: string, scope: Page | Locator = page): Locator {
  return scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('.ant-form-item-label label', { hasText: new RegExp(`^${escaped(label)}$`) }) })
    .first();
}

/** The popconfirm's confirmation button, in either language. */
export function confirmButton(page: Page): Locator {
  // A popconfirm that is fading out is still in the page; the one just opened comes last.
  return page
    .locator('.ant-popconfirm:not(.ant-popover-hidden)')
    .getByRole('button', { name: /确\s?定|OK/ })
    .last();
}

/** Types part of a unit's name and picks the organisation the directory offers. */
export async function pickUnit(page: Page, input: Locator, typed: string, name: string): Promise<void> {
  await input.click();
  await input.fill(typed);
  await page
    .locator('.ant-select-dropdown .ant-select-item-option', { hasText: new RegExp(`^${escaped(name)}(（|$)`) })
    .filter({ visible: true })
    .first()
    .click();
}

/**
 * A PDF of `pages` blank A4 pages, written out with a correct cross-reference table so that any reader
 * (and the platform's page count) accepts it.
 */
export function blankPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The maxima the journeys give 附件1: 19 points of 4 then 8 of 3 make the full 100; 7.其他 deducts at most 10. */
export const MAX_DEDUCTION = 10;
export const pointMaximum = (scoredIndex: number) => (scoredIndex < 19 ? 4 : 3);

export interface ScoredPoint {
  code: string;
  max: number;
}

/** A call of the signed-in authority, drafted from 附件1, scored with the maxima above and opened; deadline in 30 days. */
export async function openCallThroughApi(authority: ApiSession, title: string): Promise<{ id: string; points: ScoredPoint[] }> {
  const me = await authority.get<{ roles: { role: string; scopeId: string | null }[] }>('/api/auth/me');
  const authorityOrgId = me.roles.find((role) => role.role === 'authority_admin')!.scopeId!;
  const drafted = await authority.post<TCall>('/api/selection/calls', {
    authorityOrgId,
    title,
    noticeText: '各县区教育局：请于截止时间前在平台提交推荐书。',
    deadline: `${shanghaiDay(30)}T17:00:00`,
  });
  const system = await authority.get<TIndicatorSystem>(`/api/selection/indicator-systems/${drafted.indicatorSystem.id}`);
  const scored = [...system.points].sort((a, b) => a.position - b.position).filter((point) => point.kind === 'score');
  const points = scored.map((point, index) => ({ id: point.id, code: point.code, max: pointMaximum(index) }));
  const deduction = system.points.find((point) => point.kind === 'deduction')!;
  await authority.put(`/api/selection/indicator-systems/${system.id}/points`, {
    version: system.version,
    points: [
      ...points.map((point) => ({ id: point.id, maxScore: point.max, weight: 1 })),
      { id: deduction.id, maxScore: MAX_DEDUCTION, weight: null },
    ],
  });
  const call = await authority.get<TCall>(`/api/selection/calls/${drafted.id}`);
  await authority.post(`/api/selection/calls/${drafted.id}/open`, { version: call.version });
  return { id: drafted.id, points: points.map(({ code, max }) => ({ code, max })) };
}

/** The demo's complete 推荐书, which the school owns: the content the copies below start from. */
const DEMO_SUBMITTED_CONSORTIUM = '连云港演示石化产业市域产教联合体';

/**
 * A copy of the demo's submitted 推荐书 under another consortium and park (one 推荐书 per park and call),
 * filled in section by section and submitted through the API, as the school's own.
 */
export async function submittedCopyThroughApi(
  school: ApiSession,
  callId: string,
  consortiumName: string,
  parkName: string,
): Promise<string> {
  const mine = await school.get<{ items: TApplicationSummary[] }>('/api/selection/applications?pageSize=100');
  const demo = mine.items.find((item) => item.consortiumName === DEMO_SUBMITTED_CONSORTIUM && item.status === 'submitted');
  if (!demo) throw new Error(`the demo data has no submitted “${DEMO_SUBMITTED_CONSORTIUM}”`);
  const { content } = await school.get<TApplication>(`/api/selection/applications/${demo.id}`);
  const park = { orgId: null, name: parkName, uscc: null };
  let application = await school.post<TApplication>('/api/selection/applications', {
    callId,
    applicantOrgId: demo.applicantOrg.id,
    consortiumName,
    park,
  });
  for (const section of APPLICATION_SECTION_NAMES) {
    const data = section === 'cover' ? { ...content.cover, consortiumName, park } : content[section];
    application = await school.patch<TApplication>(`/api/selection/applications/${application.id}/sections/${section}`, {
      version: application.version,
      data,
    });
  }
  if (application.problems.length > 0) throw new Error(`the copy is not complete: ${JSON.stringify(application.problems)}`);
  await school.post(`/api/selection/applications/${application.id}/submit`, { version: application.version });
  return application.id;
}
