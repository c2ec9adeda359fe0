/** The audit log as an Excel workbook: Chinese headers, Beijing times, formula-like text neutralised. */
import { AUDIT_OUTCOMES, type AuditOutcomeName } from '@chanjiao/contracts';
import type { AuditRow } from '../../kernel/audit/audit.repository.js';
import { writeXlsx, type XlsxColumn } from '../../kernel/files/xlsx-writer.js';
import { formatShanghai } from '../../kernel/time/shanghai.js';

const COLUMNS: XlsxColumn<AuditRow>[] = [
  { header: '编号', width: 10, value: (row) => row.id },
  { header: '时间（北京时间）', width: 21, value: (row) => formatShanghai(row.at) },
  { header: '操作人', width: 16, value: (row) => row.actorUsername },
  { header: '操作人编号', width: 38, value: (row) => row.actorUserId },
  { header: '操作', width: 22, value: (row) => row.action },
  { header: '对象类型', width: 14, value: (row) => row.entityType },
  { header: '对象编号', width: 38, value: (row) => row.entityId },
  { header: '结果', width: 8, value: (row) => AUDIT_OUTCOMES[row.outcome as AuditOutcomeName]?.['zh-CN'] ?? row.outcome },
  { header: 'IP 地址', width: 16, value: (row) => row.ip },
  { header: '客户端', width: 30, value: (row) => row.userAgent },
  { header: '请求编号', width: 38, value: (row) => row.requestId },
  { header: '详情', width: 60, value: (row) => JSON.stringify(row.details) },
];

async function* rowsOf(batches: AsyncIterable<AuditRow[]>): AsyncGenerator<AuditRow> {
  for await (const batch of batches) yield* batch;
}

export function auditWorkbook(batches: AsyncIterable<AuditRow[]>): Promise<Buffer> {
  return writeXlsx(COLUMNS, rowsOf(batches), { sheetName: '审计日志' });
}
