/** Errors, field names and validation messages of the quality-report module, in both languages. */
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const REPORT_ERRORS = defineErrors({
  REPORT_NOT_AUTHORITY: {
    status: 400,
    message: {
      'zh-CN': '“{org}”不是教育行政部门，不能开启年报周期',
      'en-US': '“{org}” is not an education authority and cannot open a report cycle',
    },
  },
  REPORT_CYCLE_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已有{year}年度的年报周期“{title}”，请在原周期中调整',
      'en-US': '“{org}” already has the {year} cycle “{title}”; adjust that one',
    },
  },
  REPORT_PARTICIPANT_LEVEL: {
    status: 400,
    message: {
      'zh-CN': '“{org}”（{type}）不能作为“{level}”的填报单位；请按层级选择中职学校、高职院校、区教育行政部门或企业',
      'en-US':
        '“{org}” ({type}) cannot report at the level “{level}”; choose secondary schools, colleges, district authorities or enterprises by level',
    },
  },
  REPORT_PARTICIPANT_TWICE: {
    status: 400,
    message: {
      'zh-CN': '“{org}”在填报单位中出现了两次，请删去重复的一行',
      'en-US': '“{org}” is listed twice among the participants; remove the duplicate',
    },
  },
  REPORT_CYCLE_OPEN: {
    status: 409,
    message: {
      'zh-CN': '年报周期“{title}”已开启，提纲和指标体系已冻结，不能再开启或修改',
      'en-US': 'The cycle “{title}” is open; its outline and indicator set are frozen',
    },
  },
  REPORT_CYCLE_NOT_OPEN: {
    status: 409,
    message: {
      'zh-CN': '年报周期“{title}”尚未开启，暂不能填报或审核',
      'en-US': 'The cycle “{title}” is not open yet; reports cannot be filled in or reviewed',
    },
  },
  REPORT_TRANSITION_REFUSED: {
    status: 409,
    message: { 'zh-CN': '不能{action}：{reason}', 'en-US': 'Cannot {action}: {reason}' },
  },
  REPORT_HAS_PROBLEMS: {
    status: 400,
    message: {
      'zh-CN': '报告还有 {count} 处需要修改的地方，请按字段下的提示修改后再提交（第一处：{first}）',
      'en-US': 'The report has {count} problems to fix before it can be submitted; see the messages under the fields (first: {first})',
    },
  },
  REPORT_REGISTER_IMAGE_TYPE: {
    status: 415,
    message: {
      'zh-CN': '“{filename}”不是 PNG 或 JPEG 图片，请上传照片或截图',
      'en-US': '“{filename}” is not a PNG or JPEG image; upload a photo or a screenshot',
    },
  },
  REPORT_REGISTER_IMAGE_UNKNOWN: {
    status: 400,
    message: {
      'zh-CN': '有{count}张图片已过期或不是您上传的，请重新上传后再保存',
      'en-US': '{count} image(s) expired or were not uploaded by you; upload them again and save',
    },
  },
  REPORT_TRAINING_YEAR_LATE: {
    status: 400,
    message: {
      'zh-CN': '培训情况表中的{year}年晚于报告年度{reportYear}年，请填写{reportYear}年及以前各年',
      'en-US': 'The training table’s year {year} is after the report year {reportYear}; enter {reportYear} and earlier years',
    },
  },
  REPORT_FIELD_UNKNOWN: {
    status: 400,
    message: {
      'zh-CN': '退回意见所指的字段“{path}”不在表单中，请从表单中选择字段',
      'en-US': 'The field “{path}” of a return comment is not on the form; pick a field of the form',
    },
  },
});

export const REPORT_VALIDATION_MESSAGES = {
  REPORT_COUNT: l('应为不小于 0 的整数', 'must be a whole number of 0 or more'),
  REPORT_AMOUNT: l('应为不小于 0 的金额，最多两位小数', 'must be an amount of 0 or more with at most two decimals'),
  REPORT_DEADLINE_ORDER: l('不能早于前一阶段的截止日期', 'must not be before the previous stage’s deadline'),
  REPORT_LEVEL_NOT_COLLECTED: l('该层级不在本周期收集的层级中，请先勾选该层级', 'this level is not collected by the cycle; tick it first'),
  REPORT_RETURN_REASON: l(
    '退回时请写明意见，或至少对一个字段提出意见',
    'give a comment, or a comment on at least one field, when returning',
  ),
  REGISTER_EXTRA_FORMAT: l('请写成“列名：内容”，多列用分号分隔', 'write “heading: content”, cells separated by semicolons'),
  REGISTER_EXTRA_CELLS: l('其他列最多 12 项，请删去多余的列', 'at most 12 other cells; remove the extra ones'),
  REPORT_STATEMENT_ACCEPT: l('请阅读并确认责任声明', 'read and accept the responsibility statement'),
  REPORT_TRAINING_YEAR_TWICE: l('该年度已填过一行，请合并为一行', 'this year already has a row; merge them into one'),
} satisfies Record<string, Bilingual>;

export const REPORT_LABELS: Record<string, Bilingual> = {
  reportYear: l('报告年度', 'Report year'),
  holderSchool: l('学校', 'School'),
  majorName: l('专业名称', 'Major name'),
  people: l('人员', 'People'),
  extra: l('其他列', 'Other cells'),
  sourceTable: l('来源表格', 'Source table'),
  schoolLevel: l('学段', 'School level'),
  schools: l('学校', 'Schools'),
  chapter: l('所在章节', 'Chapter'),
  imageIds: l('图片', 'Images'),
  caption: l('表题', 'Table caption'),
  keyword: l('关键词', 'Keyword'),
  noticeNumber: l('通知文号', 'Notice number'),
  levels: l('收集层级', 'Levels collected'),
  reportingUnits: l('填报单位', 'Reporting units'),
  deadlines: l('各阶段截止日期', 'Stage deadlines'),
  submit: l('采集员提交截止日期', 'Submission deadline'),
  review: l('审核截止日期', 'Review deadline'),
  approve: l('校长审定截止日期', 'Approval deadline'),
  publish: l('公开发布截止日期', 'Publication deadline'),
  outline: l('报告提纲', 'Report outline'),
  studentsTotal: l('在校学生数', 'Students enrolled'),
  newIntake: l('招收新生数', 'New intake'),
  staffInPost: l('在编在岗教职工数', 'Staff in post'),
  majorsSecondary: l('中职专业数', 'Secondary majors'),
  majorsThroughHigher: l('中高职贯通专业数', 'Secondary–higher through majors'),
  majorsThroughBachelor: l('中本贯通专业数', 'Secondary–bachelor through majors'),
  majorsFiveYear: l('五年一贯制专业数', 'Five-year majors'),
  equipmentValue: l('教学仪器设备总值（万元）', 'Teaching equipment value (10k yuan)'),
  equipmentValueIncrease: l('设备总值较上年增加（万元）', 'Increase on last year (10k yuan)'),
  workstations: l('实训实习工位数', 'Training workstations'),
  openCentres: l('开放实训中心', 'Open training centres'),
  centreName: l('实训中心名称', 'Centre name'),
  star: l('星级', 'Star level'),
  fullTimeTeachers: l('专任教师数', 'Full-time teachers'),
  professionalTeachers: l('专业教师数', 'Professional teachers'),
  foundationTeachers: l('基础教师数', 'Foundation-course teachers'),
  seniorTitleTeachers: l('高级职称教师数', 'Senior-title teachers'),
  masterTeachers: l('硕士以上学历教师数', 'Teachers with a master’s or above'),
  dualQualifiedTeachers: l('双师型教师数', 'Dual-qualified teachers'),
  partTimeTeachers: l('兼职教师数', 'Part-time teachers'),
  exchangeDaysSent: l('师资互派：派出教师（人天）', 'Teacher exchange: days sent'),
  exchangeHoursSent: l('师资互派：派出教师课时', 'Teacher exchange: hours sent'),
  exchangeDaysReceived: l('师资互派：接收教师（人天）', 'Teacher exchange: days received'),
  exchangeHoursReceived: l('师资互派：接收教师课时', 'Teacher exchange: hours received'),
  graduates: l('毕业生数', 'Graduates'),
  matchedEmployment: l('对口就业人数（含升学）', 'Matched employment (incl. further study)'),
  directEmployment: l('直接就业人数', 'Direct employment'),
  furtherStudy: l('升学人数', 'Further study'),
  startingWage: l('平均起薪（元/月）', 'Average starting wage (yuan/month)'),
  partnerEnterprises: l('合作企业数', 'Partner enterprises'),
  interns: l('实习学生数', 'Interns'),
  orderClassStudents: l('订单班、学徒制学生数', 'Order-class and apprenticeship students'),
  trainingCourses: l('开设培训课程（门）', 'Training courses'),
  baseUnits: l('参与基地单位（家）', 'Bases taking part'),
  source: l('出处', 'Source'),
  trainingPersonTimes: l('培训人次', 'Person-times trained'),
  trainingHours: l('培训总课时', 'Training hours'),
  experienceActivities: l('职业体验活动（场次）', 'Vocational-experience activities'),
  experienceParticipants: l('职业体验（人次）', 'Vocational-experience person-times'),
  fundingPerStudent: l('生均经费（万元）', 'Funding per student (10k yuan)'),
  specialFunding: l('专项经费（万元）', 'Special funding (10k yuan)'),
  statedRates: l('报告文字所载比例', 'Rates stated in the report text'),
  fieldComments: l('字段意见', 'Field comments'),
  signatoryName: l('签署人姓名', 'Signatory'),
  statementAccepted: l('责任声明', 'Responsibility statement'),
};
