/** Error codes, validation messages and field labels of the selection calls and applications. */
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const SELECTION_ERRORS = defineErrors({
  CALL_FROZEN: {
    status: 409,
    message: {
      'zh-CN': '遴选“{title}”已发布，截止时间以外的内容（表单、指标体系、字数和数量限制）已冻结；如需调整，请新建一个遴选',
      'en-US': 'The call “{title}” is published: its form, indicator system and limits are frozen; create a new call to change them',
    },
  },
  CALL_STATUS_INVALID: {
    status: 409,
    message: {
      'zh-CN': '遴选“{title}”当前为“{status}”，不能{action}',
      'en-US': 'The call “{title}” is {status}; it cannot be {action}',
    },
  },
  CALL_NOT_OPEN: {
    status: 409,
    message: {
      'zh-CN': '遴选“{title}”当前不在征集期（{status}），不能新建或修改推荐书；请查看已发布的遴选通知',
      'en-US': 'The call “{title}” is not open ({status}); applications cannot be created or changed',
    },
  },
  INDICATOR_SYSTEM_FROZEN: {
    status: 409,
    message: {
      'zh-CN': '指标体系“{name}”第 {versionNo} 版已被已发布的遴选使用并冻结；如需修改，请基于它新建一个版本',
      'en-US': 'Version {versionNo} of the indicator system “{name}” is used by a published call and frozen; create a new version from it',
    },
  },
  INDICATOR_SYSTEM_INCOMPLETE: {
    status: 409,
    message: {
      'zh-CN': '指标体系还有 {count} 个观测点未设置最高分或权重（{points}），请在指标体系中设置后再发布遴选',
      'en-US': '{count} observation points have no maximum score or weight ({points}); set them before publishing the call',
    },
  },
  APPLICATION_LOCKED: {
    status: 409,
    message: {
      'zh-CN': '推荐书“{name}”已提交，不能再修改；如需更正，请联系发布遴选的教育行政部门退回修改',
      'en-US': 'The application “{name}” is submitted and locked; ask the authority to return it for correction',
    },
  },
  APPLICATION_INCOMPLETE: {
    status: 400,
    message: {
      'zh-CN': '推荐书还有 {count} 处未填写或不符合要求，请按提示逐项修改后再提交',
      'en-US': 'The application has {count} missing or invalid entries; correct each one as shown, then submit',
    },
  },
  APPLICATION_NOT_SUBMITTED: {
    status: 409,
    message: {
      'zh-CN': '推荐书“{name}”当前为“{status}”，只有已提交的推荐书可以退回修改',
      'en-US': 'The application “{name}” is {status}; only submitted applications can be returned',
    },
  },
  SUPPORTING_MATERIAL_NOT_PDF: {
    status: 415,
    message: {
      'zh-CN': '支撑材料须为 PDF 文件（盖章扫描件请另存为 PDF），请重新选择文件上传',
      'en-US': 'Supporting material must be a PDF file (save scans as PDF) — choose the file again',
    },
  },
  SUPPORTING_MATERIAL_UNREADABLE: {
    status: 400,
    message: {
      'zh-CN': '无法读取该 PDF 的页面（文件可能已损坏），请用 PDF 阅读器另存后重新上传',
      'en-US': 'The PDF’s pages cannot be read (the file may be damaged); re-save it with a PDF reader and upload again',
    },
  },
  SUPPORTING_MATERIAL_TOO_LONG: {
    status: 400,
    message: {
      'zh-CN': '支撑材料共 {pages} 页，超过本次遴选 {limit} 页的上限（通知 三.2），请精简到 {limit} 页以内后重新上传',
      'en-US': 'The supporting material has {pages} pages, more than the call’s limit of {limit}; shorten it and upload again',
    },
  },
  SEAL_IMAGE_TYPE: {
    status: 415,
    message: {
      'zh-CN': '公章图片须为 PNG 或 JPEG 格式，请重新选择图片上传',
      'en-US': 'Seal images must be PNG or JPEG; choose the image again',
    },
  },
});

/** Messages raised as `i18n:KEY` by the selection schemas. */
export const SELECTION_VALIDATION_MESSAGES = {
  SELECTION_NUMBER: l('应为数字', 'must be a number'),
  SELECTION_INTEGER: l('应为整数（人数、个数不含小数）', 'must be a whole number (counts have no decimals)'),
  SELECTION_NON_NEGATIVE: l('不能为负数', 'must not be negative'),
  SELECTION_TOO_LARGE: l('数值过大，请核对单位（万元、亿元）', 'is too large; check the unit (10k yuan, 100m yuan)'),
  SELECTION_TWO_DECIMALS: l('最多保留两位小数', 'may have at most two decimals'),
  SELECTION_PERCENT: l('应为 0 到 100 之间的百分数', 'must be a percentage from 0 to 100'),
} satisfies Record<string, Bilingual>;

/** Field names of the call and indicator forms (the 推荐书's own are in application-labels.ts). */
export const SELECTION_LABELS: Record<string, Bilingual> = {
  authorityOrgId: l('发布单位', 'Issuing authority'),
  documentNumber: l('文号', 'Document number'),
  noticeText: l('通知正文', 'Notice text'),
  eligibility: l('申报条件', 'Eligibility'),
  indicatorSystemId: l('指标体系', 'Indicator system'),
  formKey: l('申报表单', 'Application form'),
  textLimits: l('字数限制', 'Character limits'),
  limits: l('数量限制', 'Limits'),
  maxScore: l('最高分', 'Maximum score'),
  weight: l('权重', 'Weight'),
  points: l('观测点', 'Observation points'),
  basedOnId: l('基于版本', 'Based on'),
  note: l('说明', 'Note'),
  callId: l('遴选', 'Call'),
  applicantOrgId: l('申报单位', 'Applicant'),
  consortiumName: l('联合体名称', 'Consortium name'),
  park: l('依托园区', 'Host park'),
  entries: l('目录条目', 'Contents entries'),
  section: l('推荐书部分', 'Form section'),
};

/** Where a field of the call form is labelled differently from the kernel's label of the same key. */
export const CALL_FIELD_LABELS: Record<string, Bilingual> = {
  title: l('遴选名称', 'Call title'),
  name: l('名称', 'Name'),
};
