/**
 * 简报第1期, 章程第五、十、十二至十五条: the alliance's secretariat, expert advisory committee and four standing
 * committees with their duties as the charter words them. No holder is named in the seed, so none is loaded.
 */
import type { OfficeKind } from '@chanjiao/contracts';
import { ALLIANCE_NAME } from './alliance.js';

export const ALLIANCE_OFFICES: { bodyName: string; kind: OfficeKind; name: string; duties: string }[] = [
  {
    bodyName: ALLIANCE_NAME,
    kind: 'secretariat',
    name: '秘书处',
    duties:
      '联盟常设协调与服务机构。秘书长由联盟发起单位协商推荐，由校长联席会议任命，负责联盟的日常联络、信息管理与服务协调工作。（章程第十条）',
  },
  {
    bodyName: ALLIANCE_NAME,
    kind: 'expert_committee',
    name: '专家咨询委员会',
    duties:
      '由职业教育专家、行业企业代表及知名学者等组成：为联盟发展及重大事项决策提供专业咨询指导；为校长联席会议的决策提供咨询建议；为联盟成员提供专家咨询建议。（章程第十二、十三条）',
  },
  {
    bodyName: ALLIANCE_NAME,
    kind: 'standing_committee',
    name: '专业建设委员会',
    duties: '牵头制定跨区域专业建设标准，组织优质专业资源共享，联合开发特色专业课程，开展专业建设评估与交流。（章程第十五条（一））',
  },
  {
    bodyName: ALLIANCE_NAME,
    kind: 'standing_committee',
    name: '校企合作委员会',
    duties: '整合企业资源，建立校企合作数据库，推动跨区域实习实训基地建设、产业学院共建，组织校企合作项目对接。（章程第十五条（二））',
  },
  {
    bodyName: ALLIANCE_NAME,
    kind: 'standing_committee',
    name: '师资培养委员会',
    duties: '制定“双师型”教师培养计划，组织教师跨区域实践、校际交流、联合教研，开展师资能力提升培训。（章程第十五条（三））',
  },
  {
    bodyName: ALLIANCE_NAME,
    kind: 'standing_committee',
    name: '技能赛事委员会',
    duties:
      '策划并组织与本联盟宗旨相符的职业技能竞赛、教学能力比赛、创新创业大赛等各类赛事活动，制定赛事规则，协调赛事资源，搭建师生技能展示与交流平台，总结推广赛事成果。（章程第十五条（四））',
  },
];
