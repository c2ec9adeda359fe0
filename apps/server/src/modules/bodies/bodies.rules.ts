/** Rules of 《沿沪宁产业创新带职业院校联盟章程》 about membership records. */
import type { MemberRole } from '@chanjiao/contracts';

/**
 * 章程第二十条 lets a member withdraw; the record keeps both dates, so the leaving date may equal the joining
 * date but never precede it. ISO dates (YYYY-MM-DD) order correctly as text.
 */
export function leavesBeforeJoining(joinedOn: string, leftOn: string): boolean {
  return leftOn < joinedOn;
}

/**
 * 章程第十九条: founding units (发起单位) are members by right. A unit entered with the founding role is a founding
 * unit unless the caller says otherwise; a founding unit may also hold another role (e.g. 牵头学校).
 */
export function isFoundingMember(memberRole: MemberRole, isFounding: boolean | undefined): boolean {
  return isFounding ?? memberRole === 'founding';
}
