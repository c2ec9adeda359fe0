/** The kept versions of a 推荐书 and the field-level differences between any two (or a version and the draft). */
import {
  applicationFieldLabel,
  type Locale,
  type TApplicationContent,
  type TApplicationDiff,
  type TApplicationVersionSummary,
} from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, notFound } from '../../../kernel/errors.js';
import { diffContent } from './application-diff.rules.js';
import * as repo from './applications.repository.js';
import { requireApplication } from './applications.service.js';
import { presentMaterial } from './materials.service.js';

const VERSION_ENTITY = bilingual('推荐书版本', 'application version');

function presentVersion(row: Omit<repo.VersionRow, 'content'>): TApplicationVersionSummary {
  return {
    versionNo: row.versionNo,
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: row.submittedBy,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    returnReason: row.returnReason,
  };
}

export async function listVersions(db: Executor, applicationId: string) {
  await requireApplication(db, applicationId);
  return (await repo.versionsOf(db, applicationId)).map(presentVersion);
}

export async function getVersion(db: Executor, applicationId: string, versionNo: number) {
  const row = await repo.findVersion(db, applicationId, versionNo);
  if (!row) throw notFound(VERSION_ENTITY);
  const material = row.materialId ? await repo.findFileMeta(db, applicationId, row.materialId) : undefined;
  return { ...presentVersion(row), content: row.content, material: material ? presentMaterial(material) : null };
}

async function contentAt(db: Executor, applicationId: string, selector: number | 'draft'): Promise<TApplicationContent> {
  if (selector === 'draft') return (await requireApplication(db, applicationId)).content;
  const row = await repo.findVersion(db, applicationId, selector);
  if (!row) throw notFound(VERSION_ENTITY);
  return row.content;
}

export async function diffVersions(
  db: Executor,
  applicationId: string,
  from: number | 'draft',
  to: number | 'draft',
  locale: Locale,
): Promise<TApplicationDiff> {
  const [before, after] = await Promise.all([contentAt(db, applicationId, from), contentAt(db, applicationId, to)]);
  return {
    from: String(from),
    to: String(to),
    changes: diffContent(before, after).map((change) => ({
      path: change.path.join('.'),
      label: applicationFieldLabel(change.path, locale),
      kind: change.kind,
      before: change.before,
      after: change.after,
    })),
  };
}
