/**
 * Cooperation projects (联盟合作项目, 章程第十七条(四), 倡议书): a member unit proposes a project, the joint meeting
 * approves it, and it runs with a lead unit, participating units, milestones and a status.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** Where a project stands; approval is read from the meeting's vote, never typed in. */
export const PROJECT_PHASES = {
  proposed: l('待提交审议', 'Proposed'),
  under_review: l('提交会议审议中', 'Before the meeting'),
  approved: l('审议通过，待启动', 'Approved'),
  rejected: l('审议未通过', 'Not approved'),
  in_progress: l('实施中', 'In progress'),
  completed: l('已结项', 'Completed'),
  terminated: l('已终止', 'Terminated'),
} as const;
export type ProjectPhase = keyof typeof PROJECT_PHASES;
export const PROJECT_PHASE_NAMES = Object.keys(PROJECT_PHASES) as [ProjectPhase, ...ProjectPhase[]];

/** The seven points of the 倡议书 a project can answer to. */
export const INITIATIVE_POINTS: Record<number, Bilingual> = {
  1: l('一、强化使命引领，共筑区域发展新格局', '1. Mission and regional development'),
  2: l('二、创新机制建设，夯实长效合作新基础', '2. Mechanisms for lasting cooperation'),
  3: l('三、优化资源配置，打造共享共赢新平台', '3. Shared resources platform'),
  4: l('四、深化产教融合，构建协同育人新生态', '4. Industry–education integration'),
  5: l('五、促进职普融通，拓展人才成长新路径', '5. Vocational and general education'),
  6: l('六、推动科教融汇，激活产业创新新动能', '6. Science, education and innovation'),
  7: l('七、培育联盟品牌，树立区域协作新标杆', '7. The alliance’s flagship projects'),
};

export const PROJECT_ROLES = { lead: l('牵头单位', 'Lead unit'), participant: l('参与单位', 'Participant') } as const;
export type ProjectRole = keyof typeof PROJECT_ROLES;

export const ZProjectParams = z.object({ id: z.uuid(), projectId: z.uuid() });
export const ZProjectParticipantParams = ZProjectParams.extend({ orgId: z.uuid() });
export const ZProjectMilestoneParams = ZProjectParams.extend({ milestoneId: z.uuid() });

export const ZProjectProposal = z.object({
  /** The member unit that proposes (第十七条(四)); it leads unless another lead unit is named. */
  proposerOrgId: z.uuid(),
  leadOrgId: z.uuid().optional(),
  title: requiredText(100),
  summary: requiredText(3000),
  initiativePoint: z.number().int().min(1).max(7).optional(),
  plannedStartOn: ZIsoDate.optional(),
  plannedEndOn: ZIsoDate.optional(),
  participantOrgIds: z.array(z.uuid()).max(500).default([]),
});
export type TProjectProposal = z.infer<typeof ZProjectProposal>;

export const ZProjectAgendaInput = z.object({
  /** The meeting to decide it; the next scheduled meeting when left out. */
  meetingId: z.uuid().optional(),
});

export const ZProjectParticipantInput = z.object({ orgId: z.uuid(), joinedOn: ZIsoDate });
export type TProjectParticipantInput = z.infer<typeof ZProjectParticipantInput>;

export const ZMilestoneInput = z.object({ title: requiredText(200), dueOn: ZIsoDate });
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;
export const ZMilestoneDoneInput = z.object({ doneOn: ZIsoDate, note: optionalText(1000) });
export type TMilestoneDoneInput = z.infer<typeof ZMilestoneDoneInput>;

export const PROJECT_ACTIONS = ['start', 'complete', 'terminate'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];
export const ZProjectStatusInput = z.object({
  action: z.enum(PROJECT_ACTIONS),
  on: ZIsoDate,
  reason: optionalText(500),
  version: z.number().int().positive(),
});
export type TProjectStatusInput = z.infer<typeof ZProjectStatusInput>;

const ZNamed = z.object({ id: z.string(), name: z.string() });

export const ZProjectSummary = z.object({
  id: z.string(),
  title: z.string(),
  initiativePoint: z.number().int().nullable(),
  proposer: ZNamed,
  lead: ZNamed,
  phase: z.enum(PROJECT_PHASE_NAMES),
  participantCount: z.number().int(),
  milestonesDone: z.number().int(),
  milestonesTotal: z.number().int(),
  plannedStartOn: z.string().nullable(),
  plannedEndOn: z.string().nullable(),
  isGenerated: z.boolean(),
});
export type TProjectSummary = z.infer<typeof ZProjectSummary>;
export const ZProjectList = z.object({ items: z.array(ZProjectSummary) });
export type TProjectList = z.infer<typeof ZProjectList>;

export const ZProjectMilestone = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  late: z.boolean(),
});
export type TProjectMilestone = z.infer<typeof ZProjectMilestone>;

export const ZProject = ZProjectSummary.extend({
  summary: z.string(),
  participants: z.array(z.object({ org: ZNamed, role: z.enum(['lead', 'participant']), joinedOn: z.string() })),
  milestones: z.array(ZProjectMilestone),
  /** The agenda item that decides it, with the meeting and the vote's result when closed. */
  approval: z
    .object({
      meetingId: z.string(),
      meetingTitle: z.string(),
      heldOn: z.string(),
      itemId: z.string(),
      voteStatus: z.string(),
      passed: z.boolean().nullable(),
      resolutionNo: z.number().int().nullable(),
    })
    .nullable(),
  startedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closingReason: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ manage: z.boolean(), report: z.boolean() }),
});
export type TProject = z.infer<typeof ZProject>;

export const PROJECT_ERRORS = defineErrors({
  PROJECT_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是本联盟的现有成员单位，不能提出、牵头或参与联盟合作项目（章程第十七条(四)）；请先办理加入',
      'en-US':
        '“{org}” is not a current member unit, so it cannot propose, lead or join a cooperation project (charter art. 17(4)); it must join first',
    },
  },
  PROJECT_PHASE: {
    status: 409,
    message: {
      'zh-CN': '项目“{title}”当前为“{phase}”，不能{action}',
      'en-US': 'The project “{title}” is “{phase}”; it cannot be {action} now',
    },
  },
  PROJECT_MILESTONES_OPEN: {
    status: 409,
    message: {
      'zh-CN': '项目还有 {count} 个里程碑未完成（{titles}），请先记录完成情况再结项，或改为终止并写明原因',
      'en-US': '{count} milestones are still open ({titles}); record them as done before completing, or terminate with a reason',
    },
  },
  PROJECT_LEAD_STAYS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”是项目的牵头单位，不能移出参与单位',
      'en-US': '“{org}” leads the project and cannot be removed from its participants',
    },
  },
  PROJECT_DATES: {
    status: 400,
    message: {
      'zh-CN': '计划结束日期不能早于计划开始日期，请修改后再提交',
      'en-US': 'The planned end date is before the planned start date; correct it and resubmit',
    },
  },
  PROJECT_REASON_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '终止项目须写明原因',
      'en-US': 'Give the reason for terminating the project',
    },
  },
});

export const PROJECT_LABELS: Record<string, Bilingual> = {
  proposerOrgId: l('提案单位', 'Proposing unit'),
  leadOrgId: l('牵头单位', 'Lead unit'),
  summary: l('项目内容', 'Summary'),
  initiativePoint: l('对应倡议', 'Initiative point'),
  plannedStartOn: l('计划开始日期', 'Planned start'),
  plannedEndOn: l('计划结束日期', 'Planned end'),
  participantOrgIds: l('参与单位', 'Participating units'),
  joinedOn: l('参与日期', 'Joined on'),
  dueOn: l('计划完成日期', 'Due on'),
  doneOn: l('完成日期', 'Done on'),
};
