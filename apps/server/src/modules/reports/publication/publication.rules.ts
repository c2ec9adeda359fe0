/**
 * When a quality report may be published, withdrawn, and whether it was published on time (上海年报 6.4: “实施‘市、
 * 区、校’三级公示制度，市教委、区教育局、中职学校都要设置专栏公示年报”; “市级、区级、校级年报分别在各自官方网站面向社会发布，
 * 覆盖率 100%”). Only what the chain approved is published: “学校年度质量报告须经学校法定代表人签字并加盖公章”.
 */
import type { Bilingual, PublicationForm, ReportLevel, ReportStatus } from '@chanjiao/contracts';

export interface PublicationInput {
  /** The participant's report status; null for the authority's own report of the cycle. */
  status: ReportStatus | null;
  /** For the authority's own report: how many participants' reports are approved (it is built from those only). */
  approvedParticipants: number;
  cycleOpen: boolean;
  alreadyPublished: boolean;
  /** The Shanghai date it is published on, and today. */
  publishedOn: string;
  today: string;
}

export type PublicationDecision = { allowed: true } | { allowed: false; reason: Bilingual };

const refuse = (zh: string, en: string): PublicationDecision => ({ allowed: false, reason: { 'zh-CN': zh, 'en-US': en } });

export function decidePublication(input: PublicationInput): PublicationDecision {
  if (!input.cycleOpen) return refuse('年报周期尚未开启', 'the cycle is not open');
  if (input.alreadyPublished) return refuse('该年报已公开发布；如需更改，请先撤回并说明原因', 'it is already published; withdraw it first');
  if (input.status !== null && input.status !== 'approved') {
    return refuse('只有经校长（法定代表人）审定并签署责任声明的年报才能公开发布', 'only a report approved with the statement is published');
  }
  if (input.status === null && input.approvedParticipants === 0) {
    return refuse('还没有审定的单位年报，区级/市级年报无数据可依', 'no participant’s report is approved yet to build it from');
  }
  if (input.publishedOn > input.today) return refuse('公开时间不能晚于今天', 'the publication date cannot be in the future');
  return { allowed: true };
}

/** On time: published on or before the cycle's publication deadline (the whole deadline day included). */
export function publishedOnTime(publishedOn: string, publishDeadline: string): boolean {
  return publishedOn <= publishDeadline;
}

/** The 公开形式 offered first: each unit publishes on its own official website (上海年报). */
export function suggestedForm(level: ReportLevel | 'authority', authorityIsCity: boolean): PublicationForm {
  const byLevel: Record<ReportLevel | 'authority', PublicationForm> = {
    school_secondary: 'school_website',
    school_higher: 'school_website',
    enterprise: 'enterprise_website',
    district: 'district_website',
    authority: authorityIsCity ? 'city_website' : 'district_website',
  };
  return byLevel[level];
}

/** A column is the city's when its cycles collect district reports (上海年报: “全市16个区教育行政部门 … 发布‘区级年报’”). */
export function columnKind(levelsCollected: ReportLevel[]): 'city' | 'district' {
  return levelsCollected.includes('district') ? 'city' : 'district';
}
