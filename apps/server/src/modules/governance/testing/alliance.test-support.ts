/** Fixtures for the chair, offices, work plan and bulletin tests: the alliance's nine founders in their cities. */
import type { AppDeps } from '../../../kernel/deps.js';
import { makeBody, uniqueTag } from '../../../testing/factories.js';

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
  const tag = uniqueTag();
  const { bodyId, members } = await makeBody(deps, {
    name: `沿沪宁产业创新带职业院校联盟${tag}`,
    kind: 'alliance',
    joinedOn: '2025-12-12',
    members: FOUNDER_REGIONS.map(([, name, regionCode]) => ({
      name: `${name}${tag}`,
      type: 'secondary_vocational',
      regionCode,
      reason: '共同发起单位',
      isFounding: true,
    })),
  });
  const founders: Founders = Object.fromEntries(
    FOUNDER_REGIONS.map(([key], index) => [key, { id: members[index]!.id, name: members[index]!.name }]),
  );
  return { bodyId, founders };
}

/** 普陀区 (普陀区年报 表1): a district alliance whose member schools all sit in one city, 上海. */
export const PUTUO_SCHOOL_KEYS: [key: string, name: string][] = [
  ['caoyang', '上海市曹杨职业技术学校'],
  ['xinxi', '上海信息技术学校'],
  ['jingguan', '上海市经济管理学校'],
  ['maoyi', '上海市贸易学校'],
];

/** A fresh 区职教联盟 with four 普陀区 schools as members since 2022-12-31, and no charter on record. */
export async function makeDistrictAlliance(deps: AppDeps): Promise<{ bodyId: string; schools: Founders }> {
  const tag = uniqueTag();
  const { bodyId, members } = await makeBody(deps, {
    name: `普陀区职业教育联盟${tag}`,
    kind: 'district_alliance',
    joinedOn: '2022-12-31',
    members: PUTUO_SCHOOL_KEYS.map(([, name]) => ({
      name: `${name}${tag}`,
      type: 'secondary_vocational',
      regionCode: '310107',
      reason: '区内中职学校',
    })),
  });
  const schools: Founders = Object.fromEntries(
    PUTUO_SCHOOL_KEYS.map(([key], index) => [key, { id: members[index]!.id, name: members[index]!.name }]),
  );
  return { bodyId, schools };
}
