/** Error codes and field labels of expert review and results. */
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const REVIEW_ERRORS = defineErrors({
  NOT_AN_EXPERT: {
    status: 400,
    message: {
      'zh-CN': '用户“{name}”不是评审专家，请先由系统管理员为其分配“评审专家”角色',
      'en-US': 'The user “{name}” is not an expert; ask the platform administrator to give them the expert role',
    },
  },
  EXPERT_NOT_ON_PANEL: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”不在本次遴选的评审专家组中，请先将其加入专家组',
      'en-US': 'The expert “{expert}” is not on this call’s panel; add them to the panel first',
    },
  },
  EXPERT_NOT_IN_POOL: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”尚未加入任何专家库：请先将其加入本单位专家库（或有意加入共享专家库），再修改其所在或关联单位',
      'en-US':
        'The expert “{expert}” is in no pool yet; add them to your authority’s pool (or, on purpose, to the shared pool) before changing their affiliations',
    },
  },
  EXPERT_IN_SHARED_POOL: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”已在共享专家库中，不能再划入某一单位的专家库',
      'en-US': 'The expert “{expert}” is in the shared pool and cannot be moved into one authority’s pool',
    },
  },
  SCORES_CONFLICTED: {
    status: 409,
    message: {
      'zh-CN': '您与申报“{application}”存在利益冲突（{evidence}），须回避：不能保存评分。如认为有误，请联系组织评审的教育行政部门',
      'en-US':
        'You have a conflict of interest with “{application}” ({evidence}) and must recuse yourself: scores cannot be saved. If this is wrong, contact the authority running the review',
    },
  },
  REVIEW_CONFLICTED: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”与申报“{application}”存在利益冲突（{evidence}），须回避，不能分配，请选择其他专家',
      'en-US':
        'The expert “{expert}” has a conflict of interest with “{application}” ({evidence}) and must not review it; choose another expert',
    },
  },
  REVIEW_APPLICATION_HIDDEN: {
    status: 403,
    message: {
      'zh-CN': '您与推荐书“{application}”存在利益冲突，须回避，不能查阅其内容和材料',
      'en-US': 'You have a conflict of interest with “{application}” and may not read it or its material',
    },
  },
  REVIEW_ALREADY_ASSIGNED: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”已分配评审申报“{application}”',
      'en-US': 'The expert “{expert}” already reviews “{application}”',
    },
  },
  APPLICATION_NOT_REVIEWABLE: {
    status: 409,
    message: {
      'zh-CN': '申报“{application}”当前为“{status}”，只有已提交的推荐书可以分配评审',
      'en-US': 'The application “{application}” is {status}; only submitted applications can be reviewed',
    },
  },
  REVIEW_SUBMITTED: {
    status: 409,
    message: {
      'zh-CN': '专家“{expert}”已提交对“{application}”的评分，不能取消分配；如有利益冲突，请登记回避，其评分将不计入',
      'en-US': '“{expert}” has submitted a score for “{application}”; it cannot be unassigned — record a conflict to exclude the score',
    },
  },
  SCORE_ABOVE_MAX: {
    status: 400,
    message: {
      'zh-CN': '有 {count} 项得分超过该观测点的最高分，请按提示修改',
      'en-US': '{count} scores exceed their observation point’s maximum; correct them as shown',
    },
  },
  REVIEW_INCOMPLETE: {
    status: 400,
    message: {
      'zh-CN': '还有 {count} 个观测点未评分（{points}），请全部评分后再提交',
      'en-US': '{count} observation points are not scored yet ({points}); score them all, then submit',
    },
  },
  SCORE_CHANGE_REASON_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '评分已提交，修改须填写修改理由，理由将与修改前后的分数一并留存',
      'en-US': 'The score is submitted: give a reason for the change; it is kept with the old and new scores',
    },
  },
  RESULTS_PUBLISHED: {
    status: 409,
    message: {
      'zh-CN': '遴选结果已于 {publishedAt} 发布，评审、评分和名单不能再修改',
      'en-US': 'The results were published on {publishedAt}; reviews, scores and the list can no longer change',
    },
  },
  RANKING_NOT_READY: {
    status: 409,
    message: {
      'zh-CN': '以下 {count} 份申报的有效评审不足 {required} 份，暂不能排名：{applications}；请补充分配专家或请专家提交评分',
      'en-US':
        '{count} applications have fewer than {required} valid reviews, so the call cannot be ranked: {applications}; assign more experts or ask them to submit',
    },
  },
  RANKING_EMPTY: {
    status: 409,
    message: {
      'zh-CN': '本次遴选还没有已提交的推荐书，无法排名',
      'en-US': 'No application of this call has been submitted; there is nothing to rank',
    },
  },
  RESULT_NOT_PUBLISHED: {
    status: 409,
    message: {
      'zh-CN': '遴选结果尚未发布，发布后可在此查看本单位的结果',
      'en-US': 'The results are not published yet; your result appears here once they are',
    },
  },
  PUBLICITY_PERIOD_INVALID: {
    status: 400,
    message: {
      'zh-CN': '公示期结束日期 {to} 早于开始日期 {from}，请改正公示期',
      'en-US': 'The publicity period ends on {to}, before it starts on {from}; correct the period',
    },
  },
  PUBLICITY_BEFORE_SIGNING: {
    status: 400,
    message: {
      'zh-CN': '公示期从 {from} 开始，早于落款日期 {issuedOn}；公示期应从落款之日或之后开始',
      'en-US': 'The publicity period starts on {from}, before the notice is issued on {issuedOn}; start it on or after that day',
    },
  },
  RECOMMENDED_NOT_SHORTLISTED: {
    status: 400,
    message: {
      'zh-CN': '“{application}”未列入培育名单，不能向省教育厅推荐（通知 三.3：从培育名单中择优推荐）',
      'en-US': '“{application}” is not on the 培育 list, so it cannot be recommended to the province (notice 3.3)',
    },
  },
});

export const REVIEW_LABELS: Record<string, Bilingual> = {
  affiliations: l('所在或关联单位', 'Affiliations'),
  expertIds: l('评审专家', 'Experts'),
  expertId: l('评审专家', 'Expert'),
  applicationId: l('申报', 'Application'),
  scoringRule: l('汇总规则', 'Scoring rule'),
  commentsVisibleToApplicants: l('向申报单位展示专家意见', 'Show comments to applicants'),
  scoresDueOn: l('评分截止日期', 'Scores due on'),
  scores: l('观测点得分', 'Observation point scores'),
  indicatorComments: l('指标评语', 'Comments per indicator'),
  overallComment: l('总体评价', 'Overall comment'),
  deduction: l('扣分（7.其他）', 'Deduction (7. other)'),
  deductionReason: l('扣分理由', 'Reason for the deduction'),
  changeReason: l('修改理由', 'Reason for the change'),
  visitedOn: l('考察日期', 'Visit date'),
  visitMembers: l('考察组成员', 'Visiting members'),
  findings: l('考察发现', 'Findings'),
  decisions: l('遴选决定', 'Decisions'),
  shortlisted: l('列入培育名单', 'On the 培育 list'),
  recommended: l('向省教育厅推荐', 'Recommended to the province'),
  seed: l('分配种子', 'Assignment seed'),
  signatory: l('落款单位', 'Signed by (authority)'),
  publicityFrom: l('公示开始日期', 'Publicity from'),
  publicityTo: l('公示结束日期', 'Publicity until'),
  objectionContact: l('异议受理联系方式', 'Contact for objections'),
};
