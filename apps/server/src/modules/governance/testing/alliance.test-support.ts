/** Fixtures for the chair, offices, work plan and bulletin tests: the alliance's nine founders in their cities. */
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { addMember, createBody } from '../../bodies/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';

let sequence = 0;

/** 章程序言 order; the region is the founder's district or city (so the city is 上海市, 南京市 …). */
export const FOUNDER_REGIONS: [key: string, name: string, regionCode: string][] = [
  ['caoyang', '上海市曹杨职业技术学校', '310107'],
  ['pukou', '南京浦口中等专业学校', '320111'],
  ['yangzhou', '江苏省扬州旅游商贸学校', '321000'],
  ['zhenjiang', '镇江高等职业技术学校', '321100'],
  ['jingjiang', '江苏省靖江中等专业学校', '321282'],
  ['changzhou', '常州市高级职业技术学校', '320400'],
  ['xishan', '江苏省锡山中等专业学校', '320205'],
  ['nantong', '江苏省南通中等专业学校', '320600'],
  ['xiangcheng', '江苏省相城中等专业学校', '320507'],
];

export type Founders = Record<string, { id: string; name: string }>;

/** A fresh alliance with the nine founders as members from 2025-12-12. */
export async function makeAlliance(deps: AppDeps): Promise<{ bodyId: string; founders: Founders }> {
  sequence += 1;
  const tag = `${Date.now().toString(36)}${sequence}`;
  const db = deps.database.db;
  const body = await createBody(db, SYSTEM_ACTOR, { name: `沿沪宁产业创新带职业院校联盟${tag}`, kind: 'alliance' });
  const founders: Founders = {};
  for (const [key, name, regionCode] of FOUNDER_REGIONS) {
    const [org] = await insertOrgs(db, [orgValues({ name: `${name}${tag}`, type: 'secondary_vocational', regionCode })]);
    await addMember(db, SYSTEM_ACTOR, body.id, { orgId: org!.id, joinedOn: '2025-12-12', reason: '共同发起单位', isFounding: true });
    founders[key] = { id: org!.id, name: org!.name };
  }
  return { bodyId: body.id, founders };
}

/** 普陀区 (seed 003 表1): a district alliance whose member schools all sit in one city, 上海. */
export const PUTUO_SCHOOL_KEYS: [key: string, name: string][] = [
  ['caoyang', '上海市曹杨职业技术学校'],
  ['xinxi', '上海信息技术学校'],
  ['jingguan', '上海市经济管理学校'],
  ['maoyi', '上海市贸易学校'],
];

/** A fresh 区职教联盟 with four 普陀区 schools as members since 2022-12-31, and no charter on record. */
export async function makeDistrictAlliance(deps: AppDeps): Promise<{ bodyId: string; schools: Founders }> {
  sequence += 1;
  const tag = `${Date.now().toString(36)}${sequence}`;
  const db = deps.database.db;
  const body = await createBody(db, SYSTEM_ACTOR, { name: `普陀区职业教育联盟${tag}`, kind: 'district_alliance' });
  const schools: Founders = {};
  for (const [key, name] of PUTUO_SCHOOL_KEYS) {
    const [org] = await insertOrgs(db, [orgValues({ name: `${name}${tag}`, type: 'secondary_vocational', regionCode: '310107' })]);
    await addMember(db, SYSTEM_ACTOR, body.id, { orgId: org!.id, joinedOn: '2022-12-31', reason: '区内中职学校' });
    schools[key] = { id: org!.id, name: org!.name };
  }
  return { bodyId: body.id, schools };
}
