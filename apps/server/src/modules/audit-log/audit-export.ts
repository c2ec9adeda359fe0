/**
 * The audit log as an Excel workbook an auditor reads without the code: Chinese headers, each operation and
 * object type by its label (the code kept in a column of its own), the object's name where the entry recorded
 * one, Beijing times, details as "field: before → after" lines, formula-like text neutralised.
 */
import { AUDIT_OUTCOMES, type AuditOutcomeName, auditActionLabel, auditEntityLabel, auditObjectName } from '@chanjiao/contracts';
import type { AuditRow } from '../../kernel/audit/audit.repository.js';
import { writeXlsx, type XlsxColumn } from '../../kernel/files/xlsx-writer.js';
import { formatShanghai } from '../../kernel/time/shanghai.js';

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.length === 0 ? '—' : value.join('、');
  }
  return JSON.stringify(value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One line per field: edits as `field：before → after`, everything else as `key：value`. */
export function readableDetails(details: Record<string, unknown>): string {
  const { changes, before, after, ...rest } = details;
  const lines: string[] = [];
  if (isObject(changes)) {
    for (const [field, pair] of Object.entries(changes)) {
      lines.push(Array.isArray(pair) && pair.length === 2 ? `${field}：${plain(pair[0])} → ${plain(pair[1])}` : `${field}：${plain(pair)}`);
    }
  } else if (changes !== undefined) lines.push(`changes：${plain(changes)}`);
  if (before !== undefined || after !== undefined) {
    if (isObject(before) && isObject(after)) {
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
          lines.push(`${field}：${plain(before[field])} → ${plain(after[field])}`);
        }
      }
    } else lines.push(`${plain(before)} → ${plain(after)}`);
  }
  for (const [key, value] of Object.entries(rest)) lines.push(`${key}：${plain(value)}`);
  return lines.join('\n');
}

const COLUMNS: XlsxColumn<AuditRow>[] = [
  { header: '编号', width: 10, value: (row) => row.id },
  { header: '时间（北京时间）', width: 21, value: (row) => formatShanghai(row.at) },
  { header: '操作人', width: 16, value: (row) => row.actorUsername },
  { header: '操作人编号', width: 38, value: (row) => row.actorUserId },
  { header: '操作', width: 22, value: (row) => auditActionLabel(row.action, 'zh-CN') },
  { header: '对象类型', width: 14, value: (row) => auditEntityLabel(row.entityType, 'zh-CN') },
  { header: '对象编号', width: 38, value: (row) => row.entityId },
  { header: '结果', width: 8, value: (row) => AUDIT_OUTCOMES[row.outcome as AuditOutcomeName]?.['zh-CN'] ?? row.outcome },
  { header: 'IP 地址', width: 16, value: (row) => row.ip },
  { header: '客户端', width: 30, value: (row) => row.userAgent },
  { header: '请求编号', width: 38, value: (row) => row.requestId },
  { header: '详情', width: 60, value: (row) => readableDetails(row.details) },
  { header: '对象名称', width: 30, value: (row) => auditObjectName(row.details) },
  { header: '操作代码', width: 24, value: (row) => row.action },
];

async function* rowsOf(batches: AsyncIterable<AuditRow[]>): AsyncGenerator<AuditRow> {
  for await (const batch of batches) yield* batch;
}

export function auditWorkbook(batches: AsyncIterable<AuditRow[]>): Promise<Buffer> {
  return writeXlsx(COLUMNS, rowsOf(batches), { sheetName: '审计日志' });
}
