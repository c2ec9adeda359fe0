/**
 * 简报第1期, 简报第1期: after the preparatory session adopted the charter and elected the first chair, 殷时余
 * (principal of the chair unit) chaired the alliance's first joint meeting (一届一次会议) on 2025-12-12, which
 * adopted the 2026 work plan and the 协同发展倡议书. The bulletin names no vote counts; the demo records the
 * nine founders' paper ballots as 同意 and marks the sitting as generated.
 */
export const FIRST_MEETING = {
  title: '联盟一届一次会议',
  heldOn: '2025-12-12',
  location: '华东师范大学国家教育宏观政策研究院',
  chairedBy: '殷时余',
  items: [
    {
      kind: 'plan_approval' as const,
      title: '审议《联盟2026年度工作计划》',
      description: '联盟第一年度（2026年1月—12月）工作计划：夯实基础、完善机制、聚焦师资三项重点任务与实施安排（附件3）。',
    },
    {
      kind: 'motion' as const,
      title: '审议《沿沪宁产业创新带职业院校协同发展倡议书》',
      description: '九所发起单位共同发出的协同发展倡议（附件2）。',
    },
  ],
  minutes:
    '联盟一届一次会议纪要\n\n' +
    '时间：2025年12月12日下午\n地点：华东师范大学国家教育宏观政策研究院\n主持：殷时余（首届轮值主席单位上海市曹杨职业技术学校校长）\n' +
    '出席：九所共同发起单位代表\n\n' +
    '预备会审议通过了联盟章程，推选上海市曹杨职业技术学校为首届轮值主席单位，并宣布联盟成立。\n' +
    '会议审议通过了《联盟2026年度工作计划》和《沿沪宁产业创新带职业院校协同发展倡议书》，明确了联盟起步之年的行动路线。',
};
