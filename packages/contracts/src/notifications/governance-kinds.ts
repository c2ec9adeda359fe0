/**
 * Notifications of a body's governance under its charter (《沿沪宁产业创新带职业院校联盟章程》): meetings and votes,
 * joining, withdrawal and expulsion, certificates, the rotating chair, bulletins, and the deadline reminders of
 * terms, work-plan tasks, withdrawal notice periods and bulletin quotas.
 */
import { z } from 'zod';
import { notificationKind, ZBilingualParam, ZParamCount, ZParamDate, ZParamText } from './kind-definition.js';

const bodyName = ZParamText;
const orgName = ZParamText;
const EXAMPLE_BODY = '沿沪宁产业创新带职业院校联盟';
const EXAMPLE_ORG = '上海市曹杨职业技术学校';
const MEMBER_ROLES = ['member_representative', 'org_admin'] as const;
const SECRETARIAT = ['body_secretariat'] as const;

export const GOVERNANCE_NOTIFICATION_KINDS = {
  'governance.meeting_convened': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '会议通知', 'en-US': 'Meeting convened' },
    title: { 'zh-CN': '{bodyName}召开{meetingTitle}', 'en-US': '{bodyName} convenes {meetingTitle}' },
    body: {
      'zh-CN': '会议定于 {heldOn} 在{location}举行。议题：{agenda}。请安排本单位代表出席，不能出席的请向秘书处请假。',
      'en-US':
        'The meeting is on {heldOn} at {location}. Agenda: {agenda}. Please send your unit’s representative, or excuse your absence to the secretariat.',
    },
    params: z.object({
      bodyName,
      meetingTitle: ZParamText,
      heldOn: ZParamDate,
      location: z.union([ZParamText, ZBilingualParam]),
      agenda: ZParamText,
    }),
    example: {
      bodyName: EXAMPLE_BODY,
      meetingTitle: '2026年度校长联席会议',
      heldOn: '2026-12-20',
      location: '上海市曹杨职业技术学校',
      agenda: '审议2027年工作计划；表决接纳新成员',
    },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES],
  }),
  'governance.minutes_published': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '会议纪要发布', 'en-US': 'Minutes published' },
    title: { 'zh-CN': '{meetingTitle}纪要已发布', 'en-US': 'Minutes of {meetingTitle} published' },
    body: {
      'zh-CN': '{bodyName}已发布 {heldOn} {meetingTitle}的会议纪要，请查阅。',
      'en-US': '{bodyName} published the minutes of {meetingTitle} held on {heldOn}.',
    },
    params: z.object({ bodyName, meetingTitle: ZParamText, heldOn: ZParamDate }),
    example: { bodyName: EXAMPLE_BODY, meetingTitle: '2026年度校长联席会议', heldOn: '2026-12-20' },
    defaultChannel: 'digest',
    audience: [...MEMBER_ROLES],
    openDays: 30,
  }),
  'governance.vote_opened': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '表决开始', 'en-US': 'Vote opened' },
    title: { 'zh-CN': '请就「{itemTitle}」表决', 'en-US': 'Please vote on “{itemTitle}”' },
    body: {
      'zh-CN': '{meetingTitle}已开始对「{itemTitle}」表决，每个成员单位一票，请由本单位代表投票（同意/反对/弃权）。',
      'en-US':
        '{meetingTitle} has opened the vote on “{itemTitle}”: one vote per member unit, cast by its representative (for / against / abstain).',
    },
    params: z.object({ meetingTitle: ZParamText, itemTitle: ZParamText }),
    example: { meetingTitle: '2026年度校长联席会议', itemTitle: '接纳江苏省南京工程高等职业学校为成员单位' },
    defaultChannel: 'email',
    audience: ['member_representative'],
  }),
  'governance.vote_closed': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '表决结果', 'en-US': 'Vote result' },
    title: { 'zh-CN': '「{itemTitle}」表决结果：{result}', 'en-US': 'Vote on “{itemTitle}”: {result}' },
    body: {
      'zh-CN': '同意 {inFavour}、反对 {against}、弃权 {abstained}。规则：{rule}。',
      'en-US': 'For {inFavour}, against {against}, abstained {abstained}. Rule: {rule}.',
    },
    params: z.object({
      itemTitle: ZParamText,
      result: ZBilingualParam,
      inFavour: ZParamCount,
      against: ZParamCount,
      abstained: ZParamCount,
      rule: ZBilingualParam,
    }),
    example: {
      itemTitle: '接纳江苏省南京工程高等职业学校为成员单位',
      result: { 'zh-CN': '通过', 'en-US': 'adopted' },
      inFavour: 7,
      against: 1,
      abstained: 1,
      rule: { 'zh-CN': '到会成员半数以上同意（章程第八条）', 'en-US': 'at least half of the members present in favour (charter art. 8)' },
    },
    defaultChannel: 'inbox',
    audience: [...MEMBER_ROLES],
    openDays: 30,
  }),
  'governance.join_received': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '收到入盟申请', 'en-US': 'Application to join received' },
    title: { 'zh-CN': '{orgName}申请加入{bodyName}', 'en-US': '{orgName} applies to join {bodyName}' },
    body: {
      'zh-CN': '请秘书处进行初审：符合章程第十六条条件的提交联席会议表决，不符合的请写明理由退回。',
      'en-US': 'Please review it: submit it to the joint meeting if it meets charter art. 16, or return it with the reasons.',
    },
    params: z.object({ bodyName, orgName }),
    example: { bodyName: EXAMPLE_BODY, orgName: '江苏省南京工程高等职业学校' },
    defaultChannel: 'email',
    audience: [...SECRETARIAT],
  }),
  'governance.join_decided': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '入盟申请结果', 'en-US': 'Application to join decided' },
    title: { 'zh-CN': '加入{bodyName}的申请：{decision}', 'en-US': 'Your application to join {bodyName}: {decision}' },
    body: {
      'zh-CN': '{orgName}加入{bodyName}的申请已办结：{decision}。{reason}',
      'en-US': 'The application of {orgName} to join {bodyName} is decided: {decision}. {reason}',
    },
    params: z.object({ bodyName, orgName, decision: ZBilingualParam, reason: ZBilingualParam }),
    example: {
      bodyName: EXAMPLE_BODY,
      orgName: '江苏省南京工程高等职业学校',
      decision: { 'zh-CN': '已接纳', 'en-US': 'admitted' },
      reason: { 'zh-CN': '成员证书可在成员事务页下载。', 'en-US': 'The membership certificate can be downloaded on the membership page.' },
    },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES],
    openDays: 30,
  }),
  'governance.withdrawal_received': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '收到退出申请', 'en-US': 'Withdrawal received' },
    title: { 'zh-CN': '{orgName}申请退出{bodyName}', 'en-US': '{orgName} asks to withdraw from {bodyName}' },
    body: {
      'zh-CN': '请秘书处书面确认收到（章程第二十条：预告期自确认之日起计算），并列出退出前签约项目的义务交接清单。',
      'en-US':
        'Please confirm receipt in writing (charter art. 20: the notice period runs from that date) and list the obligations of projects signed before withdrawal.',
    },
    params: z.object({ bodyName, orgName }),
    example: { bodyName: EXAMPLE_BODY, orgName: '上海市南湖职业学校' },
    defaultChannel: 'email',
    audience: [...SECRETARIAT],
  }),
  'governance.withdrawal_receipt_confirmed': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '退出申请已确认收到', 'en-US': 'Withdrawal receipt confirmed' },
    title: { 'zh-CN': '{bodyName}已确认收到退出申请', 'en-US': '{bodyName} confirmed receipt of your withdrawal' },
    body: {
      'zh-CN': '秘书处于 {confirmedOn} 确认收到{orgName}的退出申请，预告期至 {noticeEndsOn} 届满。',
      'en-US':
        'The secretariat confirmed receipt of the withdrawal of {orgName} on {confirmedOn}; the notice period ends on {noticeEndsOn}.',
    },
    params: z.object({ bodyName, orgName, confirmedOn: ZParamDate, noticeEndsOn: ZParamDate }),
    example: { bodyName: EXAMPLE_BODY, orgName: '上海市南湖职业学校', confirmedOn: '2026-12-01', noticeEndsOn: '2027-01-01' },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES],
    openDays: 60,
  }),
  'governance.withdrawal_effective': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '退出生效', 'en-US': 'Withdrawal effective' },
    title: { 'zh-CN': '{orgName}自 {effectiveOn} 起退出{bodyName}', 'en-US': '{orgName} leaves {bodyName} on {effectiveOn}' },
    body: {
      'zh-CN': '校长联席会议已批准退出，自 {effectiveOn} 起生效。届时请交回成员证书，并按交接清单履行退出前签约项目的义务。',
      'en-US':
        'The joint meeting approved the withdrawal, effective on {effectiveOn}. Then return the membership certificate and meet the obligations of the hand-over list.',
    },
    params: z.object({ bodyName, orgName, effectiveOn: ZParamDate }),
    example: { bodyName: EXAMPLE_BODY, orgName: '上海市南湖职业学校', effectiveOn: '2027-01-01' },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES, ...SECRETARIAT],
    openDays: 30,
  }),
  'governance.expulsion_proposed': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '除名提议', 'en-US': 'Expulsion proposed' },
    title: { 'zh-CN': '关于{orgName}的除名提议', 'en-US': 'Proposal to expel {orgName}' },
    body: {
      'zh-CN':
        '{bodyName}依据章程第二十一条提议将贵单位除名，理由：{ground}。事实：{facts}。贵单位有权在校长联席会议表决前向秘书处陈述意见、提交材料；表决的会议另行通知。',
      'en-US':
        '{bodyName} proposes to expel your unit under charter art. 21 on the ground: {ground}. Facts: {facts}. You have the right to be heard: send your statement and evidence to the secretariat before the joint meeting votes; the meeting will be announced.',
    },
    params: z.object({ bodyName, orgName, ground: ZBilingualParam, facts: ZParamText }),
    example: {
      bodyName: EXAMPLE_BODY,
      orgName: '上海市南湖职业学校',
      ground: {
        'zh-CN': '无故连续2次不参加也不派代表参加联盟会议',
        'en-US': 'absent without excuse and unrepresented at 2 consecutive meetings',
      },
      facts: '出席记录显示连续 2 次无故不参加且未派代表参加联盟会议（章程规定 2 次）',
    },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES],
  }),
  'governance.expulsion_decided': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '除名决定', 'en-US': 'Expulsion decided' },
    title: { 'zh-CN': '关于{orgName}的除名表决：{decision}', 'en-US': 'Vote on expelling {orgName}: {decision}' },
    body: {
      'zh-CN': '{bodyName}联席会议于 {decidedOn} 表决：{decision}。',
      'en-US': 'The joint meeting of {bodyName} decided on {decidedOn}: {decision}.',
    },
    params: z.object({ bodyName, orgName, decision: ZBilingualParam, decidedOn: ZParamDate }),
    example: {
      bodyName: EXAMPLE_BODY,
      orgName: '上海市南湖职业学校',
      decision: { 'zh-CN': '予以除名', 'en-US': 'expelled' },
      decidedOn: '2026-12-20',
    },
    defaultChannel: 'email',
    audience: [...MEMBER_ROLES],
    openDays: 30,
  }),
  'governance.certificate_issued': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '成员证书颁发', 'en-US': 'Certificate issued' },
    title: { 'zh-CN': '《联盟成员证书》已颁发（{certificateNo}）', 'en-US': 'Membership certificate {certificateNo} issued' },
    body: {
      'zh-CN': '{bodyName}向{orgName}颁发了编号为 {certificateNo} 的成员证书，可在成员事务页下载。',
      'en-US': '{bodyName} issued certificate {certificateNo} to {orgName}; download it on the membership page.',
    },
    params: z.object({ bodyName, orgName, certificateNo: ZParamText }),
    example: { bodyName: EXAMPLE_BODY, orgName: EXAMPLE_ORG, certificateNo: 'YHN-2026-001' },
    defaultChannel: 'inbox',
    audience: [...MEMBER_ROLES],
    openDays: 30,
  }),
  'governance.chair_year_starting': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '轮值主席年度开始', 'en-US': 'Chair year starting' },
    title: { 'zh-CN': '{year}年轮值主席单位：{chairOrg}', 'en-US': 'Chair unit of {year}: {chairOrg}' },
    body: {
      'zh-CN': '按章程第六、七条，{chairOrg}担任{bodyName} {year} 年度轮值主席单位，负责组织本年度论坛。',
      'en-US': 'Under charter arts. 6–7, {chairOrg} chairs {bodyName} in {year} and organises the year’s forum.',
    },
    params: z.object({ bodyName, year: ZParamCount, chairOrg: orgName }),
    example: { bodyName: EXAMPLE_BODY, year: 2027, chairOrg: '江苏省南京工程高等职业学校' },
    defaultChannel: 'inbox',
    audience: [...MEMBER_ROLES, ...SECRETARIAT],
    openDays: 60,
  }),
  'governance.bulletin_published': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '简报发布', 'en-US': 'Bulletin published' },
    title: { 'zh-CN': '{bodyName}简报第{issueNo}期发布', 'en-US': '{bodyName} bulletin No. {issueNo} published' },
    body: {
      'zh-CN': '第{issueNo}期简报（{title}）已发布，欢迎阅读和转发。',
      'en-US': 'Bulletin No. {issueNo} ({title}) is out; read and share it.',
    },
    params: z.object({ bodyName, issueNo: ZParamCount, title: ZParamText }),
    example: { bodyName: EXAMPLE_BODY, issueNo: 3, title: '联盟开展双师型教师专题研修' },
    defaultChannel: 'digest',
    openDays: 30,
  }),
  'governance.office_term_ending': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '委员会任期届满提醒', 'en-US': 'Committee term ending' },
    title: { 'zh-CN': '{office}{post}任期将于 {deadline} 届满', 'en-US': 'Term of the {office} {post} ends on {deadline}' },
    body: {
      'zh-CN': '{holder}的任期还有 {daysLeft} 天届满（章程第十四条，任期2年，可连任）。请提请校长联席会议换届或连任。',
      'en-US':
        'The term of {holder} ends in {daysLeft} days (charter art. 14: 2 years, renewable). Ask the joint meeting to appoint or renew.',
    },
    params: z.object({ office: ZParamText, post: ZBilingualParam, holder: ZParamText, deadline: ZParamDate, daysLeft: ZParamCount }),
    example: {
      office: '专业建设委员会',
      post: { 'zh-CN': '主任', 'en-US': 'chair' },
      holder: '上海市曹杨职业技术学校 张校长',
      deadline: '2027-01-05',
      daysLeft: 30,
    },
    defaultChannel: 'email',
    audience: [...SECRETARIAT],
  }),
  'governance.workplan_task_due': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '工作计划任务到期提醒', 'en-US': 'Work-plan task due' },
    title: { 'zh-CN': '任务「{task}」将于 {deadline} 到期', 'en-US': 'Task “{task}” is due on {deadline}' },
    body: {
      'zh-CN': '{bodyName}年度工作计划中由贵单位负责的任务还有 {daysLeft} 天到期，请填报进展和佐证材料。',
      'en-US': 'A task of the {bodyName} work plan your unit leads is due in {daysLeft} days; report progress with evidence.',
    },
    params: z.object({ bodyName, task: ZParamText, deadline: ZParamDate, daysLeft: ZParamCount }),
    example: { bodyName: EXAMPLE_BODY, task: '开展联盟成员单位资源调研', deadline: '2026-12-31', daysLeft: 7 },
    defaultChannel: 'email',
    audience: ['member_representative', 'liaison'],
  }),
  'governance.workplan_task_overdue': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '工作计划任务逾期', 'en-US': 'Work-plan task overdue' },
    title: { 'zh-CN': '任务「{task}」已逾期 {daysOverdue} 天', 'en-US': 'Task “{task}” is {daysOverdue} days overdue' },
    body: {
      'zh-CN': '{bodyName}年度工作计划中的任务已于 {deadline} 到期，尚未完成，请尽快填报进展或说明原因。',
      'en-US': 'A task of the {bodyName} work plan was due on {deadline} and is not done; report progress or explain the delay.',
    },
    params: z.object({ bodyName, task: ZParamText, deadline: ZParamDate, daysOverdue: ZParamCount }),
    example: { bodyName: EXAMPLE_BODY, task: '开展联盟成员单位资源调研', deadline: '2026-11-30', daysOverdue: 1 },
    defaultChannel: 'email',
    audience: ['member_representative', 'liaison', ...SECRETARIAT],
  }),
  'governance.withdrawal_notice_ending': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '退出预告期届满提醒', 'en-US': 'Withdrawal notice period ending' },
    title: { 'zh-CN': '{orgName}的退出预告期将于 {deadline} 届满', 'en-US': 'The withdrawal notice of {orgName} ends on {deadline}' },
    body: {
      'zh-CN': '还有 {daysLeft} 天。请安排联席会议审议，并核对义务交接清单（章程第二十条）。',
      'en-US': '{daysLeft} days left. Put it before the joint meeting and check the hand-over list (charter art. 20).',
    },
    params: z.object({ orgName, deadline: ZParamDate, daysLeft: ZParamCount }),
    example: { orgName: '上海市南湖职业学校', deadline: '2027-01-01', daysLeft: 7 },
    defaultChannel: 'email',
    audience: [...SECRETARIAT],
  }),
  'governance.bulletin_quota_behind': notificationKind({
    module: 'governance',
    label: { 'zh-CN': '简讯报送不足提醒', 'en-US': 'Bulletin quota behind' },
    title: { 'zh-CN': '本季度简讯报送不足：{submitted}/{quota} 篇', 'en-US': 'Bulletin items this quarter: {submitted} of {quota}' },
    body: {
      'zh-CN':
        '{bodyName}要求每个成员单位每季度报送 {quota} 篇简讯，本季度于 {deadline} 结束（还有 {daysLeft} 天），贵单位已报送 {submitted} 篇。',
      'en-US':
        '{bodyName} asks each member for {quota} items a quarter; the quarter ends on {deadline} ({daysLeft} days left) and your unit has sent {submitted}.',
    },
    params: z.object({ bodyName, submitted: ZParamCount, quota: ZParamCount, deadline: ZParamDate, daysLeft: ZParamCount }),
    example: { bodyName: EXAMPLE_BODY, submitted: 0, quota: 1, deadline: '2026-12-31', daysLeft: 30 },
    defaultChannel: 'email',
    audience: ['member_representative', 'liaison'],
  }),
};
