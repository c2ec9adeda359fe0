/**
 * Bodies (联盟 / 市域产教联合体 / 行业产教融合共同体 / 区职教联盟), their member units with history,
 * and the liaisons each member names (章程第十一条).
 */
import { z } from 'zod';
import { optionalText, pageOf, requiredText, ZIsoDate, ZPageQuery, ZPhone } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';
import { ORG_TYPE_NAMES } from './organizations.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const BODY_KINDS = {
  alliance: l('联盟', 'Alliance'),
  consortium: l('市域产教联合体', 'City industry–education consortium'),
  community: l('行业产教融合共同体', 'Industry–education community'),
  district_alliance: l('区职教联盟', 'District vocational education alliance'),
} as const;
export type BodyKind = keyof typeof BODY_KINDS;
export const BODY_KIND_NAMES = Object.keys(BODY_KINDS) as [BodyKind, ...BodyKind[]];

/** How a unit takes part in a body; consortia name lead schools, enterprises and parks (表19/表20). */
export const MEMBER_ROLES = {
  founding: l('发起单位', 'Founding unit'),
  lead_school: l('牵头学校', 'Lead school'),
  lead_enterprise: l('牵头企业', 'Lead enterprise'),
  lead_park: l('依托园区', 'Host industrial park'),
  chair: l('轮值主席单位', 'Rotating chair unit'),
  member: l('成员单位', 'Member unit'),
} as const;
export type MemberRole = keyof typeof MEMBER_ROLES;
export const MEMBER_ROLE_NAMES = Object.keys(MEMBER_ROLES) as [MemberRole, ...MemberRole[]];

const ZRegionCode = z.string().regex(/^\d{6}$/);
const ZOptionalEmail = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.email().trim().max(200).optional(),
);
const ZOptionalPhone = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), ZPhone.optional());

export const ZBodyInput = z.object({
  name: requiredText(100),
  shortName: optionalText(40),
  kind: z.enum(BODY_KIND_NAMES),
  regionCode: ZRegionCode.optional(),
  secretariatOrgId: z.uuid().optional(),
  foundedOn: ZIsoDate.optional(),
  description: optionalText(2000),
});
export type TBodyInput = z.infer<typeof ZBodyInput>;

/** Omitted fields stay as they are; null clears an optional field. */
export const ZBodyUpdate = z.object({
  name: requiredText(100).optional(),
  shortName: optionalText(40).nullable(),
  kind: z.enum(BODY_KIND_NAMES).optional(),
  regionCode: ZRegionCode.nullable().optional(),
  secretariatOrgId: z.uuid().nullable().optional(),
  foundedOn: ZIsoDate.nullable().optional(),
  description: optionalText(2000).nullable(),
  version: z.number().int().positive(),
});
export type TBodyUpdate = z.infer<typeof ZBodyUpdate>;

export const ZBodyListQuery = ZPageQuery.extend({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(BODY_KIND_NAMES).optional(),
  region: ZRegionCode.optional(),
});
export type TBodyListQuery = z.infer<typeof ZBodyListQuery>;

const ZNamedRef = z.object({ id: z.string(), name: z.string() });

export const ZBodySummary = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(BODY_KIND_NAMES),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  secretariatOrg: ZNamedRef.nullable(),
  /** Current members only; former members keep their history but are not counted. */
  memberCount: z.number().int(),
  foundedOn: z.string().nullable(),
  isGenerated: z.boolean(),
  version: z.number().int(),
});
export type TBodySummary = z.infer<typeof ZBodySummary>;
export const ZBodyPage = pageOf(ZBodySummary);

export const ZBodyAbilities = z.object({
  update: z.boolean(),
  manageMembers: z.boolean(),
  /** True when the user may manage liaisons of the whole body or of at least one current member. */
  manageLiaisons: z.boolean(),
  unmask: z.boolean(),
});

export const ZBody = ZBodySummary.extend({
  description: z.string().nullable(),
  sourceNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: ZBodyAbilities.optional(),
});
export type TBody = z.infer<typeof ZBody>;

export const ZBodyMemberParams = z.object({ id: z.uuid(), memberId: z.uuid() });
/** Which memberships a member list shows: the current ones (default), those that ended, or both (current first). */
export const MEMBER_LIST_STATUSES = ['current', 'former', 'all'] as const;

/** Paged like every list: a body may have hundreds of members, and a table shows one page of them at a time. */
export const ZBodyMemberListQuery = ZPageQuery.extend({
  status: z.enum(MEMBER_LIST_STATUSES).default('current'),
  /** Part of the organisation's name or short name. */
  q: z.string().trim().max(50).optional(),
});
export type TBodyMemberListQuery = z.infer<typeof ZBodyMemberListQuery>;

export const ZBodyMemberInput = z.object({
  orgId: z.uuid(),
  joinedOn: ZIsoDate,
  reason: requiredText(500),
  memberRole: z.enum(MEMBER_ROLE_NAMES).optional(),
  isFounding: z.boolean().optional(),
});
export type TBodyMemberInput = z.infer<typeof ZBodyMemberInput>;

export const ZBodyMemberRemoval = z.object({ leftOn: ZIsoDate, reason: requiredText(500) });
export type TBodyMemberRemoval = z.infer<typeof ZBodyMemberRemoval>;

export const ZBodyMember = z.object({
  id: z.string(),
  org: z.object({ id: z.string(), name: z.string(), type: z.enum(ORG_TYPE_NAMES), regionName: z.string().nullable() }),
  memberRole: z.enum(MEMBER_ROLE_NAMES),
  isFounding: z.boolean(),
  joinedOn: z.string(),
  joinReason: z.string().nullable(),
  leftOn: z.string().nullable(),
  leaveReason: z.string().nullable(),
  liaisonCount: z.number().int(),
});
export type TBodyMember = z.infer<typeof ZBodyMember>;
export const ZBodyMemberPage = pageOf(ZBodyMember);
export type TBodyMemberPage = z.infer<typeof ZBodyMemberPage>;

/**
 * A current member unit as a picker offers it (choose the unit a bulletin, project or appointment is for): the
 * organisation's id and name and nothing else, so that all of a large body's members stay cheap to send.
 */
export const ZMemberUnit = z.object({ id: z.string(), name: z.string() });
export type TMemberUnit = z.infer<typeof ZMemberUnit>;

export const ZOrgMembership = z.object({
  bodyId: z.string(),
  bodyName: z.string(),
  kind: z.enum(BODY_KIND_NAMES),
  memberRole: z.enum(MEMBER_ROLE_NAMES),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});
export type TOrgMembership = z.infer<typeof ZOrgMembership>;

export const ZLiaisonParams = z.object({ id: z.uuid(), liaisonId: z.uuid() });

export const ZLiaisonInput = z.object({
  orgId: z.uuid(),
  name: requiredText(40),
  /** 职务: 第十一条 asks for a mid-level cadre, so the position is always given. */
  title: requiredText(60),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
});
export type TLiaisonInput = z.infer<typeof ZLiaisonInput>;

/** The organisation a liaison acts for cannot change; name another liaison instead. */
export const ZLiaisonUpdate = z.object({
  name: requiredText(40).optional(),
  title: requiredText(60).optional(),
  phone: ZOptionalPhone.nullable(),
  email: ZOptionalEmail.nullable(),
  version: z.number().int().positive(),
});
export type TLiaisonUpdate = z.infer<typeof ZLiaisonUpdate>;

export const ZLiaison = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  /** Masked (138****5678); the full value needs `personal.unmask` and the reveal endpoint. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), reveal: z.boolean() }).optional(),
});
export type TLiaison = z.infer<typeof ZLiaison>;

export const ZLiaisonList = z.object({
  liaisons: z.array(ZLiaison),
  /** Current members that have named no liaison, which 章程第十一条 requires. */
  membersWithoutLiaison: z.array(z.object({ orgId: z.string(), orgName: z.string() })),
});
export type TLiaisonList = z.infer<typeof ZLiaisonList>;

export const ZLiaisonContact = z.object({ id: z.string(), phone: z.string().nullable(), email: z.string().nullable() });

export const BODY_ERRORS = defineErrors({
  BODY_NAME_TAKEN: {
    status: 409,
    message: {
      'zh-CN': '名称“{name}”已被另一个联盟/联合体使用，请核对是否重复登记，或换用全称',
      'en-US': 'The name “{name}” is already used by another body; check for a duplicate or use the full name',
    },
  },
  BODY_MEMBER_ALREADY_LEFT: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已于 {leftOn} 退出，无需再次办理；如其重新加入，请新增成员单位',
      'en-US': '“{org}” already left on {leftOn}; if it rejoins, add it as a member again',
    },
  },
  LIAISON_ORG_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是该联盟/联合体的现有成员单位，只能为现有成员单位登记联络员；请先将其加入成员单位',
      'en-US': '“{org}” is not a current member of this body; liaisons are named by current members, so add it as a member first',
    },
  },
});

export const BODY_LABELS: Record<string, Bilingual> = {
  memberRole: l('成员身份', 'Member role'),
  isFounding: l('发起单位', 'Founding unit'),
  region: l('地区', 'Region'),
  memberId: l('成员记录', 'Membership record'),
  liaisonId: l('联络员记录', 'Liaison record'),
};
