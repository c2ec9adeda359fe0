/**
 * Stable error codes with their HTTP status and messages in both languages.
 * Messages tell the user what to do; `{name}` placeholders are filled from the error's params.
 * Modules add their own catalogues and `ERROR_CATALOG` merges them, so the server keeps one mapper.
 */
import type { Bilingual } from './i18n.js';

export interface ErrorDefinition {
  status: number;
  message: Bilingual;
}

export function defineErrors<const T extends Record<string, ErrorDefinition>>(errors: T): T {
  return errors;
}

export const KERNEL_ERRORS = defineErrors({
  VALIDATION_FAILED: {
    status: 400,
    message: { 'zh-CN': '提交的内容有误，请按提示修改后重试', 'en-US': 'Some fields are invalid; correct them and try again' },
  },
  UNAUTHENTICATED: {
    status: 401,
    message: { 'zh-CN': '请先登录', 'en-US': 'Please sign in first' },
  },
  SESSION_EXPIRED: {
    status: 401,
    message: { 'zh-CN': '登录已超时，请重新登录', 'en-US': 'Your session has expired; please sign in again' },
  },
  FORBIDDEN: {
    status: 403,
    message: {
      'zh-CN': '您没有执行此操作的权限（需要：{permission}）',
      'en-US': 'You do not have permission for this action (requires {permission})',
    },
  },
  CSRF_FAILED: {
    status: 403,
    message: {
      'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试',
      'en-US': 'The page is stale or the request origin is untrusted; reload the page and try again',
    },
  },
  NOT_FOUND: {
    status: 404,
    message: { 'zh-CN': '未找到该{entity}，可能已被删除', 'en-US': 'This {entity} was not found; it may have been removed' },
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    message: { 'zh-CN': '接口不存在：{path}', 'en-US': 'No such endpoint: {path}' },
  },
  VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '该记录已被他人修改（当前版本 {current}），请刷新后再编辑，以免覆盖他人的修改',
      'en-US': 'Someone else changed this record (now version {current}); reload before editing so their change is not lost',
    },
  },
  DUPLICATE_SUBMISSION: {
    status: 409,
    message: {
      'zh-CN': '该请求已提交过，请勿重复提交',
      'en-US': 'This request was already submitted',
    },
  },
  RATE_LIMITED: {
    status: 429,
    message: { 'zh-CN': '请求过于频繁，请稍后再试', 'en-US': 'Too many requests; please wait and try again' },
  },
  TOO_MANY_DENIED_REQUESTS: {
    status: 429,
    message: {
      'zh-CN': '您在一分钟内被拒绝的请求已超过 {limit} 次，请稍后再试；如确需此项权限，请联系本单位管理员申请',
      'en-US':
        'More than {limit} of your requests were refused within a minute; wait a moment, and ask your organisation’s administrator if you need this permission',
    },
  },
  DB_UNAVAILABLE: {
    status: 503,
    message: {
      'zh-CN': '数据库暂时不可用，请稍后重试；您的数据未丢失',
      'en-US': 'The database is temporarily unavailable; please retry shortly. Nothing was lost',
    },
  },
  INTERNAL: {
    status: 500,
    message: {
      'zh-CN': '服务器内部错误，请稍后重试；如仍失败请联系管理员并提供编号 {requestId}',
      'en-US': 'Internal error; retry later, and if it persists give the administrator reference {requestId}',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: { 'zh-CN': '文件过大：上限为 {limit}', 'en-US': 'The file is too large: the limit is {limit}' },
  },
});

export const AUTH_ERRORS = defineErrors({
  LOGIN_FAILED: {
    status: 401,
    message: { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong username or password' },
  },
  LOGIN_LOCKED: {
    status: 429,
    message: {
      'zh-CN': '登录失败次数过多，请于 {minutes} 分钟后再试',
      'en-US': 'Too many failed sign-ins; try again in {minutes} minutes',
    },
  },
  TOTP_CODE_REQUIRED: {
    status: 401,
    message: { 'zh-CN': '请输入动态验证码', 'en-US': 'Enter the code from your authenticator app' },
  },
  TOTP_INVALID: {
    status: 400,
    message: {
      'zh-CN': '动态验证码不正确或已过期，请输入验证器中当前显示的 6 位数字',
      'en-US': 'The code is wrong or expired; enter the 6 digits your authenticator shows now',
    },
  },
  TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    message: {
      'zh-CN': '管理员须先启用双因素认证（动态验证码）才能进入管理页面',
      'en-US': 'Administrators must enable two-factor authentication before using administrative pages',
    },
  },
  TOTP_NOT_STARTED: {
    status: 400,
    message: { 'zh-CN': '请先生成双因素密钥再验证', 'en-US': 'Start the set-up to get a secret before confirming' },
  },
  PASSWORD_WRONG: {
    status: 400,
    message: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  },
  PASSWORD_REUSED: {
    status: 400,
    message: {
      'zh-CN': '新密码不能与当前密码相同，请另设一个',
      'en-US': 'The new password must differ from the current one',
    },
  },
  PASSWORD_WEAK: {
    status: 400,
    message: {
      'zh-CN': '该密码不能使用：{reason}',
      'en-US': 'This password cannot be used: {reason}',
    },
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: { 'zh-CN': '请先修改初始密码', 'en-US': 'Change your initial password first' },
  },
});

export const ADMIN_ERRORS = defineErrors({
  USERNAME_TAKEN: {
    status: 409,
    message: { 'zh-CN': '用户名“{username}”已被使用，请换一个', 'en-US': 'The username “{username}” is taken; choose another' },
  },
  DUTY_SEPARATION: {
    status: 409,
    message: {
      'zh-CN': '三权分立：{reason}',
      'en-US': 'Separation of duties: {reason}',
    },
  },
  ROLE_SCOPE_MISMATCH: {
    status: 400,
    message: {
      'zh-CN': '角色“{role}”须指定{scope}',
      'en-US': 'The role “{role}” must be given for a {scope}',
    },
  },
  PASSWORD_RESET_SELF: {
    status: 409,
    message: {
      'zh-CN': '不能重置自己的密码；请在“账号设置”中修改密码',
      'en-US': 'You cannot reset your own password; change it under “Account settings”',
    },
  },
  SELF_LOCKOUT: {
    status: 409,
    message: {
      'zh-CN': '不能停用自己的账号或移除自己的管理员角色',
      'en-US': 'You cannot disable your own account or remove your own administrator role',
    },
  },
});

export const ORG_ERRORS = defineErrors({
  USCC_INVALID: {
    status: 400,
    message: {
      'zh-CN': '统一社会信用代码“{code}”无效：{reason}',
      'en-US': 'The unified social credit code “{code}” is invalid: {reason}',
    },
  },
  USCC_DUPLICATE: {
    status: 409,
    message: {
      'zh-CN': '统一社会信用代码“{code}”已登记为“{name}”，同一代码只能登记一个组织',
      'en-US': 'The code “{code}” is already registered to “{name}”; a code identifies one organisation',
    },
  },
  BODY_MEMBER_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已是该组织的成员单位（自 {since} 起）',
      'en-US': '“{org}” is already a member (since {since})',
    },
  },
  BODY_MEMBER_NOT_ACTIVE: {
    status: 409,
    message: { 'zh-CN': '“{org}”当前不是成员单位', 'en-US': '“{org}” is not a current member' },
  },
  MEMBER_LEFT_BEFORE_JOINED: {
    status: 400,
    message: {
      'zh-CN': '退出日期 {leftOn} 早于加入日期 {joinedOn}',
      'en-US': 'The leaving date {leftOn} is before the joining date {joinedOn}',
    },
  },
});

export const FILE_ERRORS = defineErrors({
  FILE_TYPE_REJECTED: {
    status: 415,
    message: {
      'zh-CN': '文件类型不符：请上传 {expected} 文件（由模板另存，不要改扩展名）',
      'en-US': 'Wrong file type: upload a {expected} file (saved from the template; do not rename the extension)',
    },
  },
  FILE_EXPANSION_REJECTED: {
    status: 400,
    message: {
      'zh-CN': '文件解压后过大或结构异常（{reason}），已拒绝',
      'en-US': 'The file expands too much or is malformed ({reason}); it was rejected',
    },
  },
  IMPORT_TEMPLATE_MISMATCH: {
    status: 400,
    message: {
      'zh-CN': '表头与模板不一致：缺少列 {missing}。请下载最新模板填写',
      'en-US': 'The header row does not match the template: missing {missing}. Download the current template',
    },
  },
  IMPORT_COLUMN_REFUSED: {
    status: 400,
    message: {
      'zh-CN': '文件含有不允许的列 {columns}：{reason}。请删除这些列后重新上传',
      'en-US': 'The file has columns that are not allowed ({columns}): {reason}. Remove them and upload again',
    },
  },
  IMPORT_EMPTY: {
    status: 400,
    message: { 'zh-CN': '文件中没有数据行', 'en-US': 'The file has no data rows' },
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 400,
    message: {
      'zh-CN': '一次最多导入 {limit} 行，请拆分文件',
      'en-US': 'At most {limit} rows per import; split the file',
    },
  },
  IMPORT_ROWS_INVALID: {
    status: 422,
    message: {
      'zh-CN': '共 {errorRows} 行有错误，未导入任何数据。请下载错误报告，修改后重新上传',
      'en-US': '{errorRows} rows have errors, so nothing was imported. Download the error report, fix it and upload again',
    },
  },
});

/** PDF and DOCX output (kernel/documents). */
export const DOCUMENT_ERRORS = defineErrors({
  PDF_FONT_MISSING: {
    status: 500,
    message: {
      'zh-CN':
        '服务器上没有中文字体，无法生成 PDF：请管理员安装 fonts-noto-cjk（apt-get install fonts-noto-cjk），或设置环境变量 CHANJIAO_CJK_FONT 指向中文字体文件（重启服务后生效）',
      'en-US':
        'The server has no Chinese font, so the PDF cannot be made: an administrator should install fonts-noto-cjk (apt-get install fonts-noto-cjk) or set CHANJIAO_CJK_FONT to a Chinese font file (effective after a restart)',
    },
  },
  PDF_FONT_INVALID: {
    status: 500,
    message: {
      'zh-CN': '中文字体“{path}”不可用（{reason}）：请管理员检查环境变量 CHANJIAO_CJK_FONT 和 CHANJIAO_CJK_FONT_NAME',
      'en-US':
        'The Chinese font “{path}” cannot be used ({reason}): an administrator should check CHANJIAO_CJK_FONT and CHANJIAO_CJK_FONT_NAME',
    },
  },
  DOCUMENT_IMAGE_UNSUPPORTED: {
    status: 400,
    message: {
      'zh-CN': '文档中的图片（如印章）不是 PNG 或 JPEG 格式：请另存为 PNG 或 JPEG 后重新上传',
      'en-US': 'A picture in the document (such as a seal) is not a PNG or JPEG: save it as PNG or JPEG and upload it again',
    },
  },
});

/** The error body every API failure returns. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    requestId?: string;
    params?: Record<string, unknown>;
    fields?: { path: string; message: string }[];
  };
}
