/**
 * 简报第1期, 附件3: 沿沪宁产业创新带职业院校联盟 2026 年重点工作项目计划 — every task of its table 二 (重点任务
 * 与实施安排), transcribed as written: section, 工作任务, 时间, 主要内容, 预期成果/成效, 牵头/负责部门.
 */
import { ALLIANCE_NAME } from './alliance.js';

export interface DemoWorkplanTask {
  bodyName: string;
  year: number;
  /** The plan's heading for the group of tasks, e.g. "（一）夯实基础：整合教育资源". */
  section: string;
  title: string;
  windowText: string;
  content: string;
  expectedOutcome: string;
  unitsText: string;
  sourceNote: string | null;
}

const SOURCE = '附件3 沿沪宁产业创新带职业院校联盟2026年重点工作项目计划，二、重点任务与实施安排';

export const WORKPLAN_2026: DemoWorkplanTask[] = [
  {
    bodyName: ALLIANCE_NAME,
    year: 2026,
    section: '（一）夯实基础：整合教育资源',
    title: '启动“八市一区”职业教育资源调研',
    windowText: '2026年1-6月',
    content: '全面梳理联盟内各校教育资源（如专业、师资、实训、校企合作等）。',
    expectedOutcome: '建成动态资源数据库，为精准匹配与科学决策提供数据基础。',
    unitsText: '轮值主席单位 全体成员单位',
    sourceNote: SOURCE,
  },
  {
    bodyName: ALLIANCE_NAME,
    year: 2026,
    section: '（二）完善机制：组建四大专委会',
    title: '推动专项工作委员会运作',
    windowText: '2026年1-6月',
    content: '组建专业建设委员会、校企合作委员会、师资培养委员会、技能赛事委员会',
    expectedOutcome: '各专项工作委员会制定年度工作细则，开展工作。',
    unitsText: '轮值主席单位 全体成员单位',
    sourceNote: SOURCE,
  },
  {
    bodyName: ALLIANCE_NAME,
    year: 2026,
    section: '（三）聚焦师资：探索共育模式',
    title: '师资队伍建设',
    windowText: '2026年6-12月',
    content:
      '学习·实践 1天研讨：组织联盟首届“双师型”师资队伍建设研讨会；1周培训：组织首届“双师型”教师培训；1月实践：组织首届“双师型”教师企业实践。\n' +
      '展示·观摩 1场展示：组织首届“双师型”教师企业实践交流；1次观摩：紧扣世界技能大赛，组织联盟成员实地观摩学习，重点关注数字化、智能化赛道。',
    expectedOutcome: '助力教师掌握行业发展趋势；提升教师专业能力；与实训资源开发。',
    unitsText: '师资培养委员会 校企合作委员会 全体成员单位',
    sourceNote: `${SOURCE}。预期成果一栏原文另有残字“行提实践企资源”（排版溢出），未录入。`,
  },
  {
    bodyName: ALLIANCE_NAME,
    year: 2026,
    section: '（三）聚焦师资：探索共育模式',
    title: '学生成长计划',
    windowText: '2026年7-8月',
    content: '组织学生夏令营暨职教学生技能风采展示。',
    expectedOutcome: '增进校际友谊；增强职业认同。',
    unitsText: '校企合作委员会 全体成员单位',
    sourceNote: SOURCE,
  },
];
