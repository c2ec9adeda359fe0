/**
 * Made-up organisations for the list benchmark: names built the way Chinese organisations are named
 * (place + brand + trade + legal form), spread over the Shanghai districts and Jiangsu cities of the
 * regions table, in type proportions similar to an alliance's directory (mostly enterprises).
 */
import type { OrgType, SchoolLevel, TOrgInput } from '@chanjiao/contracts';
import { REGIONS } from '../../apps/server/src/modules/reference/data/regions.data.js';
import type { Random } from '../lib/random.js';

const BRANDS = [
  '华泰',
  '恒瑞',
  '博远',
  '新创',
  '东方',
  '国信',
  '天成',
  '中科',
  '金桥',
  '瑞丰',
  '同方',
  '长江',
  '太湖',
  '明德',
  '启航',
  '卓越',
  '鼎盛',
  '德润',
  '海纳',
  '远景',
  '汇通',
  '晶华',
  '鸿运',
  '联创',
  '星辰',
  '永安',
  '嘉禾',
  '振华',
  '宏达',
  '立信',
  '凯盛',
  '正泰',
  '腾飞',
  '云帆',
  '锦程',
  '和信',
  '精工',
  '睿智',
  '盛世',
  '恒通',
] as const;

const TRADES = [
  '精密机械',
  '电子科技',
  '智能制造',
  '生物医药',
  '新材料',
  '软件',
  '物流',
  '汽车零部件',
  '集成电路',
  '纺织',
  '建筑工程',
  '环保科技',
  '数字科技',
  '光电',
  '医疗器械',
  '新能源',
  '化工',
  '食品',
  '信息技术',
  '工业机器人',
  '航空装备',
  '船舶',
  '电气',
  '检测技术',
  '文化传媒',
] as const;

const SCHOOL_FIELDS = [
  '工业',
  '信息',
  '经贸',
  '农林',
  '卫生',
  '交通',
  '建筑',
  '旅游',
  '财经',
  '电子',
  '机电',
  '艺术',
  '城市',
  '科技',
  '商业',
] as const;

const DEPARTMENTS = ['人力资源和社会保障局', '工业和信息化局', '发展和改革委员会', '财政局', '科学技术局', '商务局'] as const;

const TYPE_WEIGHTS: { value: OrgType; weight: number }[] = [
  { value: 'enterprise', weight: 55 },
  { value: 'secondary_vocational', weight: 8 },
  { value: 'higher_vocational', weight: 6 },
  { value: 'vocational_undergraduate', weight: 1 },
  { value: 'university', weight: 3 },
  { value: 'industry_association', weight: 5 },
  { value: 'education_authority', weight: 2 },
  { value: 'government', weight: 3 },
  { value: 'park', weight: 3 },
  { value: 'research_institute', weight: 5 },
  { value: 'training_institution', weight: 7 },
  { value: 'other', weight: 2 },
];

const SCHOOL_LEVEL_OF: Partial<Record<OrgType, SchoolLevel>> = {
  secondary_vocational: 'secondary',
  higher_vocational: 'higher_associate',
  vocational_undergraduate: 'higher_bachelor',
  university: 'bachelor',
};

interface Place {
  code: string;
  /** The name as an organisation would carry it: 苏州, 上海, 苏州相城. */
  prefix: string;
  /** The full administrative name, for authorities: 苏州市, 相城区. */
  fullName: string;
}

const byCode = new Map(REGIONS.map((region) => [region.code, region]));
const shortCityName = (name: string) => name.replace(/市(市辖区)?$/, '');
const shortDistrictName = (name: string) => (name.length > 2 ? name.replace(/(新区|区|县|市)$/, '') : name);

/** Shanghai's districts and every Jiangsu city and district of the regions table. */
function placesFromRegions(): { value: Place; weight: number }[] {
  const places: { value: Place; weight: number }[] = [];
  for (const region of REGIONS) {
    if (region.level === 'province' || region.code === '310100') continue;
    const parent = region.parentCode ? byCode.get(region.parentCode) : undefined;
    if (region.code.startsWith('31')) {
      const prefix = `上海${shortDistrictName(region.name)}`;
      places.push({ value: { code: region.code, prefix, fullName: `上海市${region.name}` }, weight: 2 });
    } else if (region.level === 'city') {
      const prefix = shortCityName(region.name);
      places.push({ value: { code: region.code, prefix, fullName: region.name }, weight: 3 });
    } else {
      const city = shortCityName(parent?.name ?? '');
      places.push({ value: { code: region.code, prefix: `${city}${shortDistrictName(region.name)}`, fullName: region.name }, weight: 1 });
    }
  }
  return places;
}

const PLACES = placesFromRegions();

function nameFor(type: OrgType, place: Place, random: Random): { name: string; shortName?: string } {
  const brand = random.pick(BRANDS);
  const trade = random.pick(TRADES);
  const field = random.pick(SCHOOL_FIELDS);
  switch (type) {
    case 'enterprise': {
      const form = random.pick(['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'] as const);
      return {
        name: `${place.prefix}${brand}${trade}${form}`,
        shortName: random.next() < 0.5 ? `${brand}${trade.slice(0, 2)}` : undefined,
      };
    }
    case 'secondary_vocational':
      return {
        name: random.pick([`${place.prefix}${field}中等专业学校`, `${place.prefix}职业教育中心校`, `${place.prefix}${brand}职业学校`]),
      };
    case 'higher_vocational':
      return { name: `${place.prefix}${field}职业技术学院`, shortName: `${place.prefix.slice(0, 2)}${field}职院` };
    case 'vocational_undergraduate':
      return { name: `${place.prefix}${field}职业技术大学` };
    case 'university':
      return { name: random.pick([`${place.prefix}${field}大学`, `${place.prefix}${field}学院`]) };
    case 'industry_association':
      return { name: `${place.prefix}${trade}行业协会` };
    case 'education_authority':
      return { name: `${place.fullName}教育局` };
    case 'government':
      return { name: `${place.fullName}${random.pick(DEPARTMENTS)}` };
    case 'park':
      return {
        name: `${place.prefix}${brand}${random.pick(['高新技术产业开发区', '经济技术开发区', '产业园', '科技园'] as const)}管理委员会`,
      };
    case 'research_institute':
      return { name: random.pick([`${place.prefix}${trade}研究院`, `${place.prefix}${brand}${trade}研究所`]) };
    case 'training_institution':
      return { name: random.pick([`${place.prefix}${brand}职业技能培训学校`, `${place.prefix}${brand}${trade}培训中心`]) };
    case 'other':
      return { name: `${place.prefix}${brand}产教融合服务中心` };
  }
}

export function generatedOrganisation(random: Random): TOrgInput {
  const type = random.weighted(TYPE_WEIGHTS);
  const place = random.weighted(PLACES);
  const { name, shortName } = nameFor(type, place, random);
  return {
    name,
    shortName,
    type,
    level: SCHOOL_LEVEL_OF[type] ?? null,
    regionCode: place.code,
    address: `${place.fullName}${random.pick(BRANDS)}路${1 + random.int(999)}号`,
  };
}
