/**
 * References a 推荐书 makes to other records: organisations of the directory (by id), majors of the 2021
 * catalogue (by code) and the seal images uploaded for this application. A reference that does not resolve is
 * refused with the place on the form, since the review module and the exports rely on them.
 */
import { type Bilingual, type TApplicationContent } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { majorsByCodes } from '../../reference/index.js';
import { asFieldProblem } from './application-problems.js';
import type { FormPath, FormProblem } from './application.rules.js';
import { findFileMeta } from './applications.repository.js';

interface Found<T> {
  path: FormPath;
  value: T;
}

function collect(value: unknown, path: FormPath, leaf: string, out: Found<unknown>[]) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, [...path, index], leaf, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === leaf && child !== null) out.push({ path: [...path, key], value: child });
    else collect(child, [...path, key], leaf, out);
  }
}

function found<T>(content: Partial<TApplicationContent>, leaf: string, section?: string): Found<T>[] {
  const out: Found<unknown>[] = [];
  for (const [key, value] of Object.entries(content)) if (!section || key === section) collect(value, [key], leaf, out);
  return out as Found<T>[];
}

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export async function assertReferencesExist(
  db: Executor,
  content: TApplicationContent,
  extraOrgs: { path: FormPath; orgId: string }[],
  section?: string,
  applicationId?: string,
): Promise<void> {
  const orgRefs = [...found<string>(content, 'orgId', section), ...extraOrgs.map((ref) => ({ path: ref.path, value: ref.orgId }))];
  const majorRefs = found<string[]>(content, 'majorCodes', section);
  const sealRefs = found<string>(content, 'sealFileId', section);
  const [orgs, majors] = await Promise.all([
    orgRefs.length > 0 ? findOrgsByIds(db, [...new Set(orgRefs.map((ref) => ref.value))]) : [],
    majorsByCodes(
      db,
      majorRefs.flatMap((ref) => ref.value),
    ),
  ]);
  const orgIds = new Set(orgs.map((org) => org.id));
  const majorCodes = new Set(majors.map((major) => major.code));
  const problems: FormProblem[] = [];
  for (const ref of orgRefs.filter((ref) => !orgIds.has(ref.value))) {
    problems.push({
      path: ref.path,
      kind: 'invalid',
      message: l(
        '所选单位不在组织名录中，请重新选择或只填写名称',
        'the chosen organisation is not in the directory; choose again or type the name only',
      ),
    });
  }
  for (const ref of majorRefs) {
    const unknown = ref.value.filter((code) => !majorCodes.has(code));
    if (unknown.length > 0) {
      problems.push({
        path: ref.path,
        kind: 'invalid',
        message: l(
          `专业代码 ${unknown.join('、')} 不在职业教育专业目录中，请从目录中选择`,
          `major codes ${unknown.join(', ')} are not in the catalogue; choose from it`,
        ),
      });
    }
  }
  for (const ref of sealRefs) {
    const file = applicationId ? await findFileMeta(db, applicationId, ref.value) : undefined;
    if (!file || file.kind !== 'seal') {
      problems.push({
        path: ref.path,
        kind: 'invalid',
        message: l('公章图片不属于本推荐书，请重新上传', 'the seal image does not belong to this application; upload it again'),
      });
    }
  }
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', {}, problems.map(asFieldProblem));
}
