/** Exports of a call: the 推荐书 as DOCX (the current draft or a submitted version) and the 附件3 汇总表 as XLSX. */
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { renderDocx } from '../../../kernel/documents/index.js';
import { findOrgById } from '../../organizations/index.js';
import { majorsByCodes } from '../../reference/index.js';
import * as repo from '../applications/applications.repository.js';
import { requireApplication } from '../applications/applications.service.js';
import { getVersion } from '../applications/versions.service.js';
import { requireCall } from '../calls/calls.service.js';
import { recommendationBlocks, type RecommendationExtras } from './recommendation-blocks.js';
import { summaryWorkbook } from './summary-xlsx.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function recommendationDocx(db: Executor, applicationId: string, versionNo?: number) {
  const application = await requireApplication(db, applicationId);
  const content = versionNo ? (await getVersion(db, applicationId, versionNo)).content : application.content;
  const codes = content.members.schools.flatMap((school) => school.majorCodes);
  const majorNames = new Map((await majorsByCodes(db, codes)).map((major) => [major.code, major.name]));
  const seals: RecommendationExtras['seals'] = {};
  for (const slot of ['parkSignatory', 'enterpriseSignatory', 'schoolSignatory', 'authoritySignatory'] as const) {
    const fileId = content.commitment[slot].sealFileId;
    const file = fileId ? await repo.fileWithContent(db, applicationId, fileId) : undefined;
    if (file) seals[slot] = file.content;
  }
  const name = content.cover.consortiumName ?? application.consortiumName;
  const bytes = await renderDocx(recommendationBlocks(content, { majorNames, seals }), { title: `${name} 推荐书`, pageNumbers: true });
  const suffix = versionNo ? `（第${versionNo}版）` : '';
  return { filename: `${name}推荐书${suffix}.docx`, contentType: DOCX, content: bytes };
}

/**
 * 附件3 as the receiving authority fills it in: the submitted applications only (a draft was never sent to it),
 * with the contacts' mobile numbers in full — the form asks for them so that the authority can call. Reading
 * them is a read of personal data and is recorded in the same transaction.
 */
export async function summarySheet(db: Executor, actor: Actor, callId: string) {
  const call = await requireCall(db, callId);
  const authority = await findOrgById(db, call.authorityOrgId);
  const applications = await db.transaction(async (tx) => {
    const submitted = await repo.applicationsOfCall(tx, callId, ['submitted']);
    await recordAudit(tx, actor, {
      action: 'selection.summary.export',
      entityType: 'selection_call',
      entityId: callId,
      details: { title: call.title, applications: submitted.map((application) => application.id), personalData: ['summary.contactMobile'] },
    });
    return submitted;
  });
  const content = await summaryWorkbook({ authorityName: authority?.name ?? '', callTitle: call.title, applications });
  return { filename: `${call.title}申报汇总表.xlsx`, contentType: XLSX, content };
}
