/** Errors, field names and validation messages of the talent module, in both languages. */
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const TALENT_ERRORS = defineErrors({
  TALENT_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”既不是“{body}”的现有成员单位，也不在其企业清单内，不能在此填报人才供需；请先申请加入或由秘书处办理',
      'en-US':
        '“{org}” is neither a current member of “{body}” nor on its enterprise list, so it cannot enter talent demand or supply here; apply to join or ask the secretariat first',
    },
  },
  TALENT_NOT_ENTERPRISE: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是企业，人才需求由企业填报；学校请填报人才供给',
      'en-US': '“{org}” is not an enterprise; enterprises enter demand, schools enter supply',
    },
  },
  TALENT_NOT_SCHOOL: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是学校，人才供给由学校按专业填报',
      'en-US': '“{org}” is not a school; schools enter supply per major',
    },
  },
  TALENT_UNKNOWN_MAJORS: {
    status: 400,
    message: {
      'zh-CN': '专业代码 {codes} 不在《职业教育专业目录（2021年）》中，请从目录中选择专业',
      'en-US': 'The major codes {codes} are not in the 2021 vocational majors catalogue; pick majors from the catalogue',
    },
  },
  TALENT_MAJOR_LEVEL: {
    status: 400,
    message: {
      'zh-CN': '专业“{major}”（{code}）属于{actual}层次，与所填学历层次“{expected}”不一致；请选择{expected}的专业',
      'en-US': 'The major “{major}” ({code}) is a {actual} major, not {expected}; choose a {expected} major',
    },
  },
  TALENT_UNKNOWN_REGION: {
    status: 400,
    message: {
      'zh-CN': '工作地点的行政区划代码 {code} 不存在，请从地区列表中选择',
      'en-US': 'The region code {code} of the work place does not exist; choose it from the region list',
    },
  },
  TALENT_SUPPLY_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已填报 {year} 年起“{major}”（{mode}）的供给，请修改原记录',
      'en-US': '“{org}” already entered supply of “{major}” ({mode}) from {year}; edit that record instead',
    },
  },
  TALENT_CATALOGUE_STATUS: {
    status: 409,
    message: {
      'zh-CN': '紧缺人才目录“{title}”当前为“{status}”，不能{action}',
      'en-US': 'The shortage catalogue “{title}” is “{status}”; it cannot be {action}',
    },
  },
  TALENT_ENTRY_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '专业“{major}”已在目录中',
      'en-US': 'The major “{major}” is already in the catalogue',
    },
  },
  TALENT_CATALOGUE_EMPTY: {
    status: 409,
    message: {
      'zh-CN': '目录中没有专业，不能发布；请调整规则阈值或补充专业',
      'en-US': 'The catalogue lists no major and cannot be published; adjust the thresholds or add majors',
    },
  },
  TALENT_WITHDRAW_REASON: {
    status: 400,
    message: {
      'zh-CN': '撤回已发布的目录须写明原因',
      'en-US': 'Give the reason for withdrawing a published catalogue',
    },
  },
  TALENT_LIST_STEP: {
    status: 409,
    message: {
      'zh-CN': '“{org}”在企业清单中的状态为“{status}”，不能{action}',
      'en-US': '“{org}” is “{status}” on the enterprise list; it cannot {action} now',
    },
  },
  TALENT_LIST_REASON: {
    status: 400,
    message: {
      'zh-CN': '{action}须写明原因，请填写“原因”',
      'en-US': 'To {action}, state the reason in “Reason”',
    },
  },
  TALENT_LIST_OPEN: {
    status: 409,
    message: {
      'zh-CN': '“{org}”在“{body}”的企业清单中当前为“{status}”，不能重复申请',
      'en-US': '“{org}” is already “{status}” on the enterprise list of “{body}”; it cannot apply again',
    },
  },
  TALENT_JOB_NOT_LISTED: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不在“{body}”的企业清单内，不能填报岗位或创新需求；请先申请加入企业清单，经秘书处准入后再填报',
      'en-US':
        '“{org}” is not on the enterprise list of “{body}” and cannot enter positions or innovation demands; apply to the list and wait for the secretariat to admit it',
    },
  },
  TALENT_JOB_ENDED: {
    status: 409,
    message: {
      'zh-CN': '岗位“{position}”已撤回或已过期，不能再调整；请新增岗位',
      'en-US': 'The position “{position}” was withdrawn or has expired and is no longer adjusted; list a new position',
    },
  },
  TALENT_JOB_UNCHANGED: {
    status: 400,
    message: {
      'zh-CN': '岗位“{title}”没有任何变化；调整岗位请修改至少一项内容',
      'en-US': 'Nothing changed in the position “{title}”; change at least one field to adjust it',
    },
  },
  TALENT_ENTRY_STATUS: {
    status: 409,
    message: {
      'zh-CN': '“{name}”当前为“{status}”，不能{action}',
      'en-US': '“{name}” is “{status}”; it cannot {action} now',
    },
  },
  TALENT_ENTRY_EXPIRED: {
    status: 409,
    message: {
      'zh-CN': '“{name}”的有效期已于 {lastDay} 结束，不能{action}；请修改有效期或新建条目',
      'en-US': 'The validity of “{name}” ended on {lastDay}, so it cannot {action}; change the validity or make a new entry',
    },
  },
  TALENT_ENTRY_WITHDRAW_REASON: {
    status: 400,
    message: {
      'zh-CN': '撤回“{name}”须写明原因',
      'en-US': 'Give the reason for withdrawing “{name}”',
    },
  },
  TALENT_ENTRY_NOT_DRAFT: {
    status: 409,
    message: {
      'zh-CN': '“{name}”已发布或已撤回，只有草稿可以修改',
      'en-US': '“{name}” has been published or withdrawn; only a draft is edited',
    },
  },
  TALENT_ITEM_KIND: {
    status: 400,
    message: {
      'zh-CN': '“{name}”属于{kind}清单，不能改为其他清单；请在目标清单中新建条目',
      'en-US': '“{name}” belongs to the {kind} list and cannot move to another; make a new entry in that list',
    },
  },
  TALENT_INNOVATION_ORG: {
    status: 400,
    message: {
      'zh-CN': '企业在此只能提交本企业的应用技术创新需求：请选择“应用技术创新需求”并填写本企业',
      'en-US': 'Here an enterprise submits only its own technology-innovation demands: choose that list and give the enterprise',
    },
  },
  TALENT_INNOVATION_IN_ISSUE: {
    status: 409,
    message: {
      'zh-CN': '应用技术创新需求“{name}”须编入一期需求清单统一发布；请在“发布新一期”中选择它',
      'en-US': 'The innovation demand “{name}” is published within an issue; choose it when publishing the next issue',
    },
  },
  TALENT_ISSUE_ITEM: {
    status: 409,
    message: {
      'zh-CN': '“{name}”{problem}，不能编入本期；请从本期中去掉它',
      'en-US': '“{name}” {problem} and cannot go into this issue; leave it out',
    },
  },
  TALENT_STUDENTS_SEEKING: {
    status: 400,
    message: {
      'zh-CN': '有实习就业意向人数（{seekingPlacement}）不能多于学生人数（{students}）',
      'en-US': 'Those seeking a placement ({seekingPlacement}) cannot outnumber the students ({students})',
    },
  },
  TALENT_STUDENTS_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已填报“{major}”{year} 届的学生信息，请修改原记录',
      'en-US': '“{org}” already entered figures of “{major}” graduating in {year}; edit that record instead',
    },
  },
  TALENT_LIST_DATE_FUTURE: {
    status: 400,
    message: {
      'zh-CN': '办理日期 {on} 晚于今天（{today}），请填写今天或以前的日期',
      'en-US': 'The date {on} is after today ({today}); give today or an earlier date',
    },
  },
  TALENT_LIST_DATE_BEFORE: {
    status: 400,
    message: {
      'zh-CN': '办理日期 {on} 早于上一步的日期 {earliest}，请填写 {earliest} 或以后的日期',
      'en-US': 'The date {on} is before the previous step’s date {earliest}; give {earliest} or later',
    },
  },
  TALENT_PLACEMENT_OVERTAKEN: {
    status: 409,
    message: {
      'zh-CN': '“{position}”共 {places} 个名额，已接收 {taken} 人，本次 {students} 人超出剩余名额 {left} 个',
      'en-US': '“{position}” has {places} places and {taken} are taken; {students} exceed the {left} left',
    },
  },
  TALENT_PLACEMENT_JOB: {
    status: 400,
    message: {
      'zh-CN': '所选岗位不是“{org}”在本联合体岗位清单中的岗位，请重新选择或不关联岗位',
      'en-US': 'The chosen position is not one of “{org}” on this body’s job list; choose another or none',
    },
  },
  TALENT_PLACEMENT_TAKEN: {
    status: 409,
    message: {
      'zh-CN': '“{position}”已有学校接收学生，不能删除；请先删除各校的接收记录',
      'en-US': '“{position}” has schools’ take-ups and cannot be deleted; delete the take-ups first',
    },
  },
  TALENT_REPORT_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{body}”已有{period}的{kind}（{status}），请打开原报告修改；已发布的报告撤回后方可重新编制',
      'en-US': '“{body}” already has a {kind} for {period} ({status}); open it instead — a published one must be withdrawn first',
    },
  },
  TALENT_REPORT_PERIOD: {
    status: 409,
    message: {
      'zh-CN': '{period}自 {firstDay} 开始，今天（{today}）尚未开始，不能编制该期报告；请选择已经开始的季度或年度',
      'en-US': '{period} begins on {firstDay} and has not begun today ({today}); choose a quarter or year that has begun',
    },
  },
  TALENT_REPORT_STATUS: {
    status: 409,
    message: {
      'zh-CN': '“{title}”当前为“{status}”，不能{action}；已发布的报告只能撤回，撤回须说明原因',
      'en-US': '“{title}” is {status} and cannot be {action}; a published report can only be withdrawn, with a reason',
    },
  },
});

export const TALENT_VALIDATION_MESSAGES = {
  PLACEMENT_MONTHS: l('月数应为 0.5 的整数倍（半个月为 0.5），且在允许范围内', 'months come in steps of 0.5 within the allowed range'),
  PLACEMENT_PERIOD_ORDER: l('结束日期不能早于开始日期', 'the end must not be before the start'),
  MAJOR_CODE: l(
    '应为专业目录中的 6 位专业代码（部分以 K 结尾），如 460103',
    'must be a 6-digit code of the majors catalogue (some end in K), e.g. 460103',
  ),
  REGION_CODE: l('应为 6 位行政区划代码，如 320706', 'must be a 6-digit region code, e.g. 320706'),
  CITY_CODE: l('应为城市的行政区划代码（后两位为 00），如 320700', 'must be a city’s region code (ending in 00), e.g. 320700'),
  OCCUPATION_CODE: l('应为职业分类大典的细类编码，如 6-18-02-01', 'must be an occupation code of the 2022 classification, e.g. 6-18-02-01'),
  WAGE_RANGE: l('最高月薪不能低于最低月薪', 'the highest wage must not be below the lowest'),
  VALIDITY_ORDER: l('有效期截止日不能早于起始日', 'the end of validity must not be before its start'),
  INNOVATION_FIELD: l('应用技术创新需求须填写此项', 'an innovation demand needs this field'),
  LINK_FORMAT: l('应为以 http:// 或 https:// 开头的网址', 'must be a web address starting with http:// or https://'),
  SHARE_AT_MOST_ONE: l('比例的分子不能大于分母', 'a share’s numerator must not exceed its denominator'),
  REPORT_QUARTER: l(
    '季度趋势研究专报须选择季度（1–4），年度人才需求报告不选季度',
    'a quarterly report needs its quarter (1–4); a yearly one has none',
  ),
} satisfies Record<string, Bilingual>;

export const TALENT_LABELS: Record<string, Bilingual> = {
  position: l('岗位名称', 'Position'),
  occupation: l('职业（工种）', 'Occupation'),
  occupationCode: l('职业编码', 'Occupation code'),
  majorCodes: l('需求专业', 'Wanted majors'),
  majorCode: l('专业', 'Major'),
  educationLevel: l('学历层次', 'Education level'),
  startYear: l('起始年份', 'First year'),
  headcounts: l('三年需求人数', 'Headcount for three years'),
  skills: l('技能要求', 'Skills'),
  locationRegionCode: l('工作地点', 'Work place'),
  wageMin: l('最低月薪', 'Lowest monthly wage'),
  wageMax: l('最高月薪', 'Highest monthly wage'),
  apprenticeshipPlaces: l('学徒岗位数', 'Apprenticeship places'),
  internshipPlaces: l('实习岗位数', 'Internship places'),
  mode: l('办学形式', 'Study mode'),
  plannedEnrolment: l('计划招生数', 'Planned enrolment'),
  expectedGraduates: l('预计毕业生数', 'Expected graduates'),
  placementsOffered: l('面向合作企业的定向名额', 'Places offered to partners'),
  minGap: l('最小缺口人数', 'Smallest gap'),
  minGapShare: l('缺口占需求的最低比例', 'Smallest gap share'),
  minEnterprises: l('最少需求企业数', 'Fewest enterprises'),
  cityCode: l('城市', 'City'),
  statement: l('申请说明', 'Statement'),
  stepOn: l('办理日期', 'Date'),
  headcount: l('需求人数', 'Headcount'),
  summary: l('内容说明', 'Description'),
  closesOn: l('截止日期', 'Closing date'),
  provider: l('提供方', 'Provider'),
  field: l('技术领域', 'Field'),
  budgetBand: l('经费预算', 'Budget band'),
  validFrom: l('有效期起', 'Valid from'),
  validUntil: l('有效期至', 'Valid until'),
  links: l('链接', 'Links'),
  itemIds: l('本期发布的需求', 'Demands of the issue'),
  graduationYear: l('毕业年份', 'Graduation year'),
  students: l('学生人数', 'Students'),
  seekingPlacement: l('有实习就业意向人数', 'Seeking placement'),
  jobId: l('岗位清单中的岗位', 'Position on the job list'),
  places: l('名额', 'Places'),
  startsOn: l('开始日期', 'Start'),
  endsOn: l('结束日期', 'End'),
  schoolOrgId: l('学校', 'School'),
  enterpriseOrgId: l('企业', 'Enterprise'),
  quarter: l('季度', 'Quarter'),
  intro: l('导语', 'Introduction'),
  analysis: l('分析', 'Analysis'),
  advice: l('建议', 'Recommendations'),
};
