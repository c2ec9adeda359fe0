import { defineMessages } from '../../app/i18n';

export const AUDIT_MESSAGES = defineMessages({
  'list.title': ['审计日志', 'Audit log'],
  'list.subtitle': [
    '平台上的每项变更、敏感信息查看和被拒绝的访问都记入审计日志；日志只增不改，并以哈希链防篡改。',
    'Every change, every read of sensitive data and every refused access is recorded; the log is append-only and chained by hashes against tampering.',
  ],
  'list.empty': ['没有符合条件的审计记录', 'No audit entry matches'],
  'list.total': ['共 {total} 条记录', '{total} entries'],

  'filter.range': ['时间范围', 'Time range'],
  'filter.from': ['开始日期', 'From'],
  'filter.to': ['结束日期', 'To'],
  'filter.actor': ['操作人', 'Actor'],
  'filter.actor.placeholder': ['用户名或用户编号', 'Username or user id'],
  'filter.action': ['操作', 'Action'],
  'filter.action.placeholder': ['如 user.role 或 org.update', 'e.g. user.role or org.update'],
  'filter.entityType': ['对象类型', 'Entity type'],
  'filter.entityType.placeholder': ['如 user、organization', 'e.g. user, organization'],
  'filter.entityId': ['对象编号', 'Entity id'],
  'filter.outcome': ['结果', 'Outcome'],
  'filter.outcome.all': ['全部结果', 'All outcomes'],
  'filter.apply': ['查询', 'Search'],
  'filter.reset': ['清空条件', 'Clear filters'],
  'filter.hint': [
    '操作可填前缀：user.role 同时匹配分配与收回角色。日期按北京时间整日计算。',
    'An action may be a prefix: user.role matches both assigning and revoking roles. Days are whole days in China Standard Time.',
  ],

  'column.at': ['时间', 'Time'],
  'column.actor': ['操作人', 'Actor'],
  'column.action': ['操作', 'Action'],
  'column.entity': ['对象', 'Entity'],
  'column.outcome': ['结果', 'Outcome'],
  'column.ip': ['来源地址', 'IP address'],
  'actor.system': ['系统', 'System'],
  'actor.anonymous': ['未登录', 'Not signed in'],

  'detail.title': ['审计记录 #{id}', 'Audit entry #{id}'],
  'detail.requestId': ['请求编号', 'Request id'],
  'detail.userAgent': ['客户端', 'Client'],
  'detail.actorId': ['操作人编号', 'Actor id'],
  'detail.entityType': ['对象类型', 'Entity type'],
  'detail.entityId': ['对象编号', 'Entity id'],
  'detail.entityName': ['对象名称', 'Entity name'],
  'detail.changes': ['变更内容', 'Changes'],
  'detail.field': ['字段', 'Field'],
  'detail.wholeValue': ['（整体）', '(whole value)'],
  'detail.before': ['变更前', 'Before'],
  'detail.after': ['变更后', 'After'],
  'detail.other': ['其他信息', 'Other details'],
  'detail.none': ['此记录没有附加信息', 'This entry has no further details'],
  'detail.raw': ['原始数据（JSON）', 'Raw data (JSON)'],
  'detail.sameEntity': ['查看该对象的全部记录', 'All entries for this entity'],

  'export.action': ['导出 Excel', 'Export to Excel'],
  'export.hint': ['按当前筛选条件导出全部页（上限 {limit} 条）', 'Exports every page of the current filter (at most {limit} entries)'],
  'export.fallbackName': ['审计日志.xlsx', '审计日志.xlsx'],

  'verify.action': ['校验审计链', 'Verify the audit chain'],
  'verify.title.ok': ['审计链完整', 'The audit chain is intact'],
  'verify.title.broken': ['审计链校验未通过', 'The audit chain failed verification'],
  'verify.ok': [
    '已逐条校验 {checked} 条记录（至 #{lastId}），哈希链前后相接，未发现篡改。',
    'Checked {checked} entries (up to #{lastId}) one by one: the hash chain is unbroken and nothing was altered.',
  ],
  'verify.empty': ['审计日志中还没有记录。', 'The audit log has no entries yet.'],
  'verify.broken': [
    '在第 #{id} 条记录处发现问题：{problem}。已校验 {checked} 条。请立即保全数据库备份，并报告安全管理员。',
    'A problem was found at entry #{id}: {problem}. {checked} entries were checked. Secure a database backup now and report it to the security administrator.',
  ],
  'verify.problem.prev_hash_mismatch': [
    '与前一条记录的衔接不一致（记录可能被删除或插入）',
    'it does not link to the entry before it (an entry may have been deleted or inserted)',
  ],
  'verify.problem.hash_mismatch': [
    '记录内容与其哈希值不符（记录可能被修改）',
    'its content does not match its hash (the entry may have been altered)',
  ],
  'verify.problem.sequence_gap': [
    '链道中的序号不连续（有记录被删除）',
    'its position in its lane does not follow the entry before it (entries were deleted)',
  ],
  'verify.checkpoint.none': [
    '尚无签名检查点：删除最新记录无法被发现。请由系统管理员运行 chanjiao audit checkpoint。',
    'No signed checkpoint yet: removing the newest entries would go unnoticed. Ask the system administrator to run chanjiao audit checkpoint.',
  ],
  'verify.checkpoint.matched': [
    '与 {at} 的签名检查点相符：检查点记录的记录都还在，且未被改写。',
    'Matches the signed checkpoint of {at}: every entry it recorded is still there, unchanged.',
  ],
  'verify.checkpoint.bad_signature': [
    '最近的检查点签名无效：它不是由本平台的密钥签署的，或已被改动。',
    'The newest checkpoint’s signature is invalid: it was not signed with this platform’s key, or it was altered.',
  ],
  'verify.checkpoint.unreadable': ['最近的检查点无法读取。', 'The newest checkpoint cannot be read.'],
  'verify.checkpoint.entries_missing': [
    '与 {at} 的检查点不符：{lane}只到第 {found} 条，检查点记录了 {expected} 条——最新的记录被删除了。',
    'Does not match the checkpoint of {at}: {lane} ends at entry {found}, the checkpoint recorded {expected} — the newest entries were deleted.',
  ],
  'verify.checkpoint.hash_differs': [
    '与 {at} 的检查点不符：{lane}第 {seq} 条记录与检查点不同——该链道被改写过。',
    'Does not match the checkpoint of {at}: entry {seq} of {lane} differs from the checkpoint — the lane was rewritten.',
  ],
  'verify.archive.problem': [
    '归档文件 {file} 未通过校验：归档或其签名边界被改动、缺失或与前后不衔接。请与审计方保存的副本核对。',
    'The archive {file} fails verification: it or its signed boundary was altered, is missing or does not link up. Compare it with the auditor’s copy.',
  ],
  'verify.lane': ['链道 {lane}', 'lane {lane}'],
  'verify.legacy': ['早期记录段', 'the early (unkeyed) entries'],
  'verify.recorded': ['本次校验本身也已记入审计日志。', 'This verification has itself been recorded in the audit log.'],
});
