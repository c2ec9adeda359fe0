/**
 * Made-up: how the generated enterprises join the 沿沪宁 alliance (章程第十九条). Each applies with the form of
 * 第十六条, the secretariat reviews it (初审) onto the agenda of a joint meeting it schedules, and the meeting votes
 * (第九条(三), a general resolution of 第八条); the unit is a member from the day of the sitting and receives its
 * 《联盟成员证书》. The seeds name no such sittings, so the meetings, their dates and their minutes are generated.
 */
import { ALLIANCE_APPLICANTS } from './generated.js';

export interface DemoAdmissionMeeting {
  title: string;
  heldOn: string;
  location: string;
  /** The enterprises apply on this day, and the secretariat schedules the sitting and reviews them then. */
  appliedOn: string;
  /** The principal who chairs it for the chair unit of the year (简报第1期: 殷时余 of 曹杨, 2026). */
  chairedBy: string;
  applicants: string[];
}

const applicantsDecidedOn = (day: string) => ALLIANCE_APPLICANTS.filter((a) => a.decidedOn === day).map((a) => a.orgName);

export const ADMISSION_MEETINGS: DemoAdmissionMeeting[] = [
  {
    title: '联盟一届二次会议（审议企业加入）',
    heldOn: '2026-03-20',
    location: '上海市曹杨职业技术学校',
    appliedOn: '2026-02-27',
    chairedBy: '殷时余',
    applicants: applicantsDecidedOn('2026-03-20'),
  },
  {
    title: '联盟一届三次会议（审议企业加入）',
    heldOn: '2026-06-18',
    location: '上海市曹杨职业技术学校',
    appliedOn: '2026-05-29',
    chairedBy: '殷时余',
    applicants: applicantsDecidedOn('2026-06-18'),
  },
];

/** The application each enterprise files: its sector and why it joins. */
export function admissionApplication(orgName: string, industry: string) {
  return {
    legalPersonStatus: '企业法人（演示）',
    qualifications: {
      registeredLegalPerson: true,
      endorsesCharter: true,
      capacity: true,
      capacityStatement: `演示数据：${industry}领域骨干企业，可提供实习实训岗位与企业导师`,
      willingToCooperate: true,
    },
    reasons: `演示数据：${orgName}愿与联盟院校共建${industry}方向实习实训基地，参与课程开发与“双师型”教师企业实践。`,
    contactName: '赵演示',
    contactTitle: '人力资源部经理',
    contactPhone: '13800000999',
  };
}

/** The minutes of a sitting, from what it decided. */
export function admissionMinutes(meeting: DemoAdmissionMeeting, resolutions: { orgName: string; resolutionNo: number | null }[]): string {
  const [year, month, day] = meeting.heldOn.split('-').map(Number);
  return (
    `${meeting.title.replace(/（.*）$/, '')}纪要（演示数据）\n\n` +
    `时间：${year}年${month}月${day}日\n地点：${meeting.location}\n主持：${meeting.chairedBy}（轮值主席单位校长）\n出席：全体成员单位代表\n\n` +
    '会议听取了秘书处关于企业加入申请的初审情况报告，按章程第十九条逐项表决：\n' +
    resolutions.map((r) => `第 ${r.resolutionNo} 号决议：同意接纳${r.orgName}为联盟成员单位。`).join('\n') +
    '\n秘书处将向新成员单位颁发《联盟成员证书》。'
  );
}
