/**
 * 企业清单批量导入: the secretariat lists the enterprises it has decided to admit (指标3.1 企业进出联合体管理制度). Each row names an
 * enterprise of the organisation directory by 统一社会信用代码 or by its exact name; the entry is recorded as the
 * procedure would have it — applied, then admitted by the secretariat with the reason 批量导入 — on the row's date.
 * Every row is checked first (known enterprise, not already on the list or applying, date not in the future nor before
 * its previous passage), and all rows are written in one transaction, or none.
 */
import { type EnterpriseListStatus, optionalText, usccCheckCharacter, ZOptionalUscc } from '@chanjiao/contracts';
import { z } from 'zod';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual } from '../../../kernel/errors.js';
import { defineImportTemplate, type RowIssue, type ValidRow } from '../../../kernel/files/index.js';
import { findOrgsByUsccOrName } from '../../organizations/index.js';
import { defineListImport, type ImportAt, ZOptionalImportDate } from '../lists/list-import.js';
import * as repo from './enterprise-list.repository.js';
import { enterpriseListStep, isOpen, stepDateProblem } from './enterprise-list.rules.js';

/** Why the secretariat's admission was recorded without an application through the platform. */
export const IMPORT_REASON = '批量导入';

const ZEnterpriseImportRow = z.object({
  orgName: optionalText(100),
  uscc: ZOptionalUscc,
  statement: optionalText(500),
  listedOn: ZOptionalImportDate,
});
type EnterpriseImportRow = z.infer<typeof ZEnterpriseImportRow>;

const TEMPLATE = defineImportTemplate<EnterpriseImportRow>({
  key: 'talent-enterprises',
  title: '企业清单导入模板',
  sheetName: '企业清单',
  rowSchema: ZEnterpriseImportRow,
  requireOneOf: [['orgName', 'uscc']],
  columns: [
    {
      key: 'orgName',
      header: '企业名称',
      headerEn: 'Enterprise',
      width: 30,
      example: '连云港示例石化有限公司',
      note: '须已在单位名录中；与统一社会信用代码至少填写一项，两项都填时须一致',
    },
    {
      key: 'uscc',
      header: '统一社会信用代码',
      headerEn: 'USCC',
      width: 22,
      text: true,
      example: `91320700EXAMPLE00${usccCheckCharacter('91320700EXAMPLE00')}`,
      note: '18 位；填写时按代码匹配单位名录中的企业',
    },
    {
      key: 'statement',
      header: '加入说明',
      headerEn: 'Statement',
      width: 40,
      example: '提供化工总控岗位与实习',
      note: `企业加入的理由及提供的岗位、实习、技术需求，最多 500 字；不填时记为“${IMPORT_REASON}”`,
    },
    {
      key: 'listedOn',
      header: '准入日期',
      headerEn: 'Admitted on',
      width: 14,
      text: true,
      example: '2026-03-01',
      note: '秘书处决定准入的日期，格式 2026-03-01，不晚于今天；不填时为导入当天',
    },
  ],
  notes: [`导入即记为企业申请加入并经秘书处准入（原因“${IMPORT_REASON}”），两步都记入该企业的清单记录。`],
});

interface ReadyEntry {
  orgId: string;
  statement: string;
  on: string;
}

type Org = Awaited<ReturnType<typeof findOrgsByUsccOrName>>[number];

function resolveOrg(value: EnterpriseImportRow, orgs: Org[]): { org?: Org; problem?: RowIssue['detail']; column: string } {
  if (value.uscc) {
    const org = orgs.find((o) => o.uscc === value.uscc);
    if (!org) {
      return {
        column: 'uscc',
        problem: bilingual(
          `单位名录中没有统一社会信用代码为 ${value.uscc} 的单位，请先在名录中登记`,
          `no unit of the directory has the code ${value.uscc}`,
        ),
      };
    }
    if (value.orgName && value.orgName !== org.name) {
      return {
        column: 'orgName',
        problem: bilingual(
          `与统一社会信用代码对应的单位“${org.name}”不一致，请核对`,
          `does not match “${org.name}”, the unit with this code`,
        ),
      };
    }
    return { org, column: 'uscc' };
  }
  const named = orgs.filter((o) => o.name === value.orgName);
  if (named.length === 0) {
    return {
      column: 'orgName',
      problem: bilingual(`单位名录中没有“${value.orgName}”，请核对名称或先在名录中登记`, `“${value.orgName}” is not in the directory`),
    };
  }
  if (named.length > 1) {
    return {
      column: 'orgName',
      problem: bilingual(
        `名录中有 ${named.length} 个同名单位，请填写统一社会信用代码`,
        `${named.length} units share this name; give the USCC`,
      ),
    };
  }
  return { org: named[0], column: 'orgName' };
}

async function prepareRows(db: Executor, bodyId: string, rows: ValidRow<EnterpriseImportRow>[], at: ImportAt) {
  const orgs = await findOrgsByUsccOrName(
    db,
    rows.flatMap((r) => (r.value.uscc ? [r.value.uscc] : [])),
    rows.flatMap((r) => (r.value.orgName ? [r.value.orgName] : [])),
  );
  const latest = new Map<string, repo.EnterpriseEntryRow>();
  for (const { entry } of await repo.listEntries(db, bodyId)) {
    const known = latest.get(entry.orgId);
    if (!known || entry.createdAt > known.createdAt) latest.set(entry.orgId, entry);
  }
  const inFile = new Map<string, number>();
  const ready: ReadyEntry[] = [];
  const issues: RowIssue[] = [];
  for (const { row, value } of rows) {
    const { org, problem, column } = resolveOrg(value, orgs);
    if (!org) {
      issues.push({ row, column, detail: problem! });
      continue;
    }
    const problems: RowIssue[] = [];
    const previous = latest.get(org.id);
    const from = (previous?.status as EnterpriseListStatus | undefined) ?? null;
    const on = value.listedOn ?? at.today;
    if (org.type !== 'enterprise') {
      problems.push({ row, column, detail: bilingual(`“${org.name}”不是企业，不能列入企业清单`, `“${org.name}” is not an enterprise`) });
    } else if (from && isOpen(from)) {
      problems.push({
        row,
        column,
        detail: bilingual(`“${org.name}”已在企业清单中或正在申请加入`, `“${org.name}” is already on the list or applying`),
      });
    } else if (!enterpriseListStep(from, 'apply', 'enterprise', IMPORT_REASON).ok) {
      problems.push({ row, column, detail: bilingual(`“${org.name}”目前不能加入清单`, `“${org.name}” cannot join the list now`) });
    }
    const dateProblem = stepDateProblem(on, previous?.lastStepOn ?? on, at.today);
    if (dateProblem?.problem === 'in_future') {
      problems.push({ row, column: 'listedOn', detail: bilingual(`${on} 晚于今天（${at.today}）`, `${on} is after today (${at.today})`) });
    } else if (dateProblem?.problem === 'before_previous') {
      problems.push({
        row,
        column: 'listedOn',
        detail: bilingual(
          `${on} 早于该企业上一次退出或未准入的日期 ${dateProblem.earliest}`,
          `${on} is before the enterprise’s previous step on ${dateProblem.earliest}`,
        ),
      });
    }
    const earlier = inFile.get(org.id);
    if (earlier !== undefined) {
      problems.push({ row, column, detail: bilingual(`与第${earlier}行是同一企业`, `names the same enterprise as row ${earlier}`) });
    } else inFile.set(org.id, row);
    if (problems.length > 0) issues.push(...problems);
    else ready.push({ orgId: org.id, statement: value.statement ?? IMPORT_REASON, on });
  }
  return { ready, issues };
}

/** The application and the secretariat's admission, as the procedure records them, dated the row's day. */
async function writeEntry(tx: Executor, actor: Actor, bodyId: string, ready: ReadyEntry, at: ImportAt) {
  const step = { on: ready.on, actorName: actor.username, at: at.now };
  const applied = await repo.insertEntry(tx, {
    bodyId,
    orgId: ready.orgId,
    status: 'applied',
    statement: ready.statement,
    appliedOn: ready.on,
    lastStepOn: ready.on,
  });
  await repo.insertStep(tx, {
    entryId: applied.id,
    seq: applied.version,
    action: 'apply',
    fromStatus: null,
    toStatus: 'applied',
    reason: ready.statement,
    ...step,
  });
  const listed = await repo.updateEntryAtVersion(tx, applied.id, applied.version, { status: 'listed', listedOn: ready.on });
  await repo.insertStep(tx, {
    entryId: applied.id,
    seq: listed!.version,
    action: 'admit',
    fromStatus: 'applied',
    toStatus: 'listed',
    reason: IMPORT_REASON,
    ...step,
  });
}

export const ENTERPRISE_IMPORT = defineListImport({
  list: 'enterprises',
  template: TEMPLATE,
  prepare: prepareRows,
  write: writeEntry,
  audit: { action: 'talent.enterprise_list.import', entityType: 'talent_list_enterprise' },
});
