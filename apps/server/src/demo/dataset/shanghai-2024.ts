/**
 * 上海年报 (上海职业教育质量报告 2024年度): 表19, the 14 city consortia (市域产教联合体) with the park,
 * lead school and lead enterprise of each, and 表20, the 15 industry communities (行业产教融合共同体) with
 * their lead enterprise, university and vocational school. Names are as the tables write them.
 */
import type { MemberRole, OrgType, SchoolLevel } from '@chanjiao/contracts';
import type { DemoBody, DemoMembership, DemoOrg } from './types.js';

const REPORT = '《上海职业教育质量报告（2024年度）》';
const SHANGHAI = '310100';
const BEIJING = '110100';
/** The tables list the bodies the city kept building in 2024; they do not say when each unit joined. */
const LISTED_ON = '2024-12-31';

/**
 * 表19 rows: [序号, 联合体名称, 申报园区, 牵头学校, 牵头企业, region of the park]. The region is the district
 * the body's or park's name places it in, and the city where a park spans districts or its name does not say.
 */
export const TABLE_19: [number, string, string, string, string, string][] = [
  [1, '上海闵行经济技术开发区产教联合体', '上海闵行经济技术开发区', '上海电子信息职业技术学院', '上海三菱电梯有限公司', '310112'],
  [2, '上海松江经济技术开发区产教联合体', '上海松江经济技术开发区', '上海工程技术大学', '正泰电气股份有限公司', '310117'],
  [3, '上海临港新片区生命蓝湾产教联合体', '临港新片区生命蓝湾', '上海农林职业技术学院', '上海临港奉贤经济发展有限公司', SHANGHAI],
  [4, '上海金桥经济技术开发区产教联合体', '上海金桥经济技术开发区', '上海第二工业大学', '中科新松有限公司', '310115'],
  [5, '上海漕河泾新兴技术开发区产教联合体', '上海漕河泾新兴技术开发区', '上海城建职业学院', '上海临港漕河泾人才有限公司', SHANGHAI],
  [6, '上海金山区产教联合体', '上海湾区高新技术产业开发区', '上海中侨职业技术大学', '上海和辉光电股份有限公司', '310116'],
  [7, '上海奉贤区产教联合体', '东方美谷上海金汇综合经济园区', '上海出版印刷高等专科学校', '上海文浩包装科技有限公司', '310120'],
  [
    8,
    '上海虹口区产教联合体',
    '上海北中环科创企业发展（集团）有限公司园区',
    '上海南湖职业技术学院',
    '上海北中环科创企业发展（集团）有限公司',
    '310109',
  ],
  [
    9,
    '上海临港新片区高端装备产业区产教联合体',
    '临港新片区高端装备产业区',
    '上海建桥学院有限责任公司',
    '上海临港经济发展有限公司（集团）有限公司',
    SHANGHAI,
  ],
  [10, '上海北斗产业园区产教联合体', '上海北斗新虹桥产业园', '上海建设管理职业技术学院', '上海联适导航技术股份有限公司', SHANGHAI],
  [11, '上海马桥人工智能创新试验区产教联合体', '上海马桥人工智能创新试验区', '上海闵行职业技术学院', '上海紫光数字科技有限公司', '310112'],
  [12, '上海嘉定区产教联合体', '上海嘉定工业区管理委员会', '上海工商职业技术学院', '上海嘉捷通电路科技股份有限公司', '310114'],
  [13, '上海国际汽车城产教联合体', '嘉定区上海国际汽车城管理委员会', '上海科学技术职业学院', '上海国际汽车城（集团）有限公司', '310114'],
  [14, '上海市北高新园区产教联合体', '上海市市北高新技术服务业园区', '上海行健职业学院', '上海市北高新（集团）有限公司', '310106'],
];

/** 表20 rows: [序号, 共同体名称, 牵头企业, 牵头高校, 牵头职校]. */
export const TABLE_20: [number, string, string, string, string][] = [
  [1, '泛酒店业产教融合共同体', '锦江国际（集团）有限公司', '上海商学院', '上海南湖职业技术学院'],
  [2, '数字农业产教融合共同体', '上海华维可控农业科技集团股份有限公司', '上海交通大学', '上海农林职业技术学院'],
  [3, '智能新能源汽车行业产教融合共同体', '上海汽车集团股份有限公司', '同济大学', '上海南湖职业技术学院'],
  [4, '智能建造产教融合共同体', '上海建科集团股份有限公司', '上海应用技术大学', '上海城建职业学院'],
  [5, '公共交通行业产教融合共同体', '上海久事（集团）有限公司', '上海理工大学', '上海交通职业技术学院'],
  [6, '集成电路行业产教融合共同体', '北京华峰装备技术有限公司', '上海大学', '上海电子信息职业技术学院'],
  [7, '健身行业产教融合共同体', '舒华体育股份有限公司', '上海体育大学', '上海思博职业技术学院有限公司'],
  [8, '数字文化装备行业产教融合共同体', '上海世纪出版（集团）有限公司', '上海交通大学', '上海出版印刷高等专科学校'],
  [9, '城市设计数字化行业产教融合共同体', '壹仟零壹艺网络科技有限公司（北京）有限公司', '上海工程技术大学', '上海工艺美术职业学院'],
  [10, '泛定制旅游行业产教融合共同体', '携程旅游网络技术（上海）有限公司', '上海师范大学', '上海旅游高等专科学校'],
  [11, '元宇宙数字设计行业产教融合共同体', '优三缔科技（上海）有限公司', '上海大学', '上海电子信息职业技术学院'],
  [12, '建设管理行业产教融合共同体', '上海建筑设计研究院有限公司', '华东师范大学', '上海建设管理职业技术学院'],
  [13, '智能装备行业产教融合共同体', '上海电气自动化设计研究所有限公司', '上海交通大学', '上海科创职业技术学院'],
  [14, '传媒与创意行业产教融合共同体', '北京字跳网络技术有限公司', '中国传媒大学', '上海工艺美术职业学院'],
  [15, '健康美业行业产教融合共同体', '润芳可（上海）生物科技有限公司', '上海第二工业大学', '上海市第二轻工业学校'],
];

const HIGHER_VOCATIONAL: [OrgType, SchoolLevel] = ['higher_vocational', 'higher_associate'];
const UNIVERSITY: [OrgType, SchoolLevel] = ['university', 'bachelor'];

/** What kind of school each lead school of 表19–20 is. */
const SCHOOL_KINDS: Record<string, [OrgType, SchoolLevel]> = {
  上海电子信息职业技术学院: HIGHER_VOCATIONAL,
  上海农林职业技术学院: HIGHER_VOCATIONAL,
  上海城建职业学院: HIGHER_VOCATIONAL,
  上海出版印刷高等专科学校: HIGHER_VOCATIONAL,
  上海南湖职业技术学院: HIGHER_VOCATIONAL,
  上海建设管理职业技术学院: HIGHER_VOCATIONAL,
  上海闵行职业技术学院: HIGHER_VOCATIONAL,
  上海工商职业技术学院: HIGHER_VOCATIONAL,
  上海科学技术职业学院: HIGHER_VOCATIONAL,
  上海行健职业学院: HIGHER_VOCATIONAL,
  上海交通职业技术学院: HIGHER_VOCATIONAL,
  上海思博职业技术学院有限公司: HIGHER_VOCATIONAL,
  上海工艺美术职业学院: HIGHER_VOCATIONAL,
  上海旅游高等专科学校: HIGHER_VOCATIONAL,
  上海科创职业技术学院: HIGHER_VOCATIONAL,
  // The report counts one vocational university in Shanghai and names it here.
  上海中侨职业技术大学: ['vocational_undergraduate', 'higher_bachelor'],
  上海市第二轻工业学校: ['secondary_vocational', 'secondary'],
  上海工程技术大学: UNIVERSITY,
  上海第二工业大学: UNIVERSITY,
  上海建桥学院有限责任公司: UNIVERSITY,
  上海商学院: UNIVERSITY,
  上海交通大学: UNIVERSITY,
  同济大学: UNIVERSITY,
  上海应用技术大学: UNIVERSITY,
  上海理工大学: UNIVERSITY,
  上海大学: UNIVERSITY,
  上海体育大学: UNIVERSITY,
  上海师范大学: UNIVERSITY,
  华东师范大学: UNIVERSITY,
  中国传媒大学: UNIVERSITY,
};

/** Lead units registered outside Shanghai; every other unit of the tables is a Shanghai one. */
const REGISTERED_ELSEWHERE: Record<string, string> = {
  北京华峰装备技术有限公司: BEIJING,
  '壹仟零壹艺网络科技有限公司（北京）有限公司': BEIJING,
  北京字跳网络技术有限公司: BEIJING,
  中国传媒大学: BEIJING,
  舒华体育股份有限公司: '350000',
};

function school(name: string): DemoOrg {
  const kind = SCHOOL_KINDS[name];
  if (!kind) throw new Error(`demo data: no school type for ${name}`);
  return { name, type: kind[0], level: kind[1], regionCode: REGISTERED_ELSEWHERE[name] ?? SHANGHAI };
}

const enterprise = (name: string): DemoOrg => ({ name, type: 'enterprise', regionCode: REGISTERED_ELSEWHERE[name] ?? SHANGHAI });
const park = (name: string, regionCode: string): DemoOrg => ({ name, type: 'park', regionCode });

/** `asWritten` is the table's column heading, which says more than the member role (牵头高校 vs 牵头职校). */
function listed(table: string, bodyName: string, orgName: string, memberRole: MemberRole, asWritten: string): DemoMembership {
  return {
    bodyName,
    orgName,
    memberRole,
    isFounding: false,
    joinedOn: LISTED_ON,
    joinReason: `${REPORT}${table}所列${asWritten}（文件未载明加入日期，按报告年度末记）`,
  };
}

/** The consortium of 表19 第1行 whose lists (清单) the demo fills, with its lead school and lead enterprise. */
export const MINHANG_CONSORTIUM = { name: TABLE_19[0]![1], school: TABLE_19[0]![3], enterprise: TABLE_19[0]![4] };

export const CONSORTIUM_BODIES: DemoBody[] = TABLE_19.map(([row, name, parkName, schoolName, enterpriseName, regionCode]) => ({
  name,
  shortName: null,
  kind: 'consortium',
  regionCode,
  secretariatOrgName: null,
  foundedOn: null,
  description: '上海市市域产教联合体立项建设项目，2024年继续推进建设。',
  sourceNote: `${REPORT}表19 第${row}行：申报园区 ${parkName}；牵头学校 ${schoolName}；牵头企业 ${enterpriseName}。`,
}));

export const COMMUNITY_BODIES: DemoBody[] = TABLE_20.map(([row, name, enterpriseName, universityName, vocationalName]) => ({
  name,
  shortName: null,
  kind: 'community',
  regionCode: SHANGHAI,
  secretariatOrgName: null,
  foundedOn: null,
  description: '上海市行业产教融合共同体立项建设项目，2024年继续推进建设。',
  sourceNote: `${REPORT}表20 第${row}行：牵头企业 ${enterpriseName}；牵头高校 ${universityName}；牵头职校 ${vocationalName}。`,
}));

export const SHANGHAI_2024_MEMBERSHIPS: DemoMembership[] = [
  ...TABLE_19.flatMap(([, name, parkName, schoolName, enterpriseName]) => [
    listed('表19', name, parkName, 'lead_park', '申报园区'),
    listed('表19', name, schoolName, 'lead_school', '牵头学校'),
    listed('表19', name, enterpriseName, 'lead_enterprise', '牵头企业'),
  ]),
  ...TABLE_20.flatMap(([, name, enterpriseName, universityName, vocationalName]) => [
    listed('表20', name, enterpriseName, 'lead_enterprise', '牵头企业'),
    listed('表20', name, universityName, 'lead_school', '牵头高校'),
    listed('表20', name, vocationalName, 'lead_school', '牵头职校'),
  ]),
];

/** Each unit once, although several lead more than one body. */
export const SHANGHAI_2024_ORGS: DemoOrg[] = [
  ...new Map(
    [
      ...TABLE_19.flatMap(([, , parkName, schoolName, enterpriseName, regionCode]) => [
        park(parkName, regionCode),
        school(schoolName),
        enterprise(enterpriseName),
      ]),
      ...TABLE_20.flatMap(([, , enterpriseName, universityName, vocationalName]) => [
        enterprise(enterpriseName),
        school(universityName),
        school(vocationalName),
      ]),
    ].map((org) => [org.name, org] as const),
  ).values(),
];
