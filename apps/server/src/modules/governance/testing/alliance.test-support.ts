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
    members: FOUNDER_REGIONS.map(([, name, regionCode]) => ({ name: `${name}${tag}`, type: 'secondary_vocational', regionCode, reason: '共同发起单位', isFounding: true })),
  });
  const founders: Founders = Object.fromEntries(FOUNDER_REGIONS.map(([key], index) => [key, { id: members[index]!.id, name: members[index]!.name }]));
  return { bodyId, founders };
}
