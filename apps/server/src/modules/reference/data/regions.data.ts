/**
 * 行政区划 (GB/T 2260) needed by the demo and the documents: Shanghai and its 16 districts, Jiangsu and
 * its 13 prefecture-level cities (with the districts the demo's organisations sit in), and the few other
 * provinces where demo enterprises are registered. Shanghai and Beijing have a 市辖区 level (310100, 110100)
 * between the municipality and its districts, as in the standard.
 */
import type { TRegion } from '@chanjiao/contracts';

type Row = readonly [code: string, name: string];

const province = ([code, name]: Row): TRegion => ({ code, name, level: 'province', parentCode: null });
const city = (parentCode: string) => ([code, name]: Row): TRegion => ({ code, name, level: 'city', parentCode });
const district = (parentCode: string) => ([code, name]: Row): TRegion => ({ code, name, level: 'district', parentCode });

const SHANGHAI_DISTRICTS: Row[] = [
  ['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310106', '静安区'],
  ['310107', '普陀区'], ['310109', '虹口区'], ['310110', '杨浦区'], ['310112', '闵行区'],
  ['310113', '宝山区'], ['310114', '嘉定区'], ['310115', '浦东新区'], ['310116', '金山区'],
  ['310117', '松江区'], ['310118', '青浦区'], ['310120', '奉贤区'], ['310151', '崇明区'],
];

const JIANGSU_CITIES: Row[] = [
  ['320100', '南京市'], ['320200', '无锡市'], ['320300', '徐州市'], ['320400', '常州市'],
  ['320500', '苏州市'], ['320600', '南通市'], ['320700', '连云港市'], ['320800', '淮安市'],
  ['320900', '盐城市'], ['321000', '扬州市'], ['321100', '镇江市'], ['321200', '泰州市'],
  ['321300', '宿迁市'],
];

/** Only the districts demo organisations are registered in; the rest of Jiangsu is reachable by city. */
const JIANGSU_DISTRICTS: Row[] = [
  ['320106', '鼓楼区'], ['320111', '浦口区'], ['320205', '锡山区'], ['320412', '武进区'],
  ['320507', '相城区'], ['320583', '昆山市'], ['320612', '通州区'], ['320703', '连云区'],
  ['320706', '海州区'], ['320707', '赣榆区'], ['321012', '江都区'], ['321112', '丹徒区'], ['321282', '靖江市'],
];

export const REGIONS: TRegion[] = [
  province(['310000', '上海市']),
  city('310000')(['310100', '上海市市辖区']),
  ...SHANGHAI_DISTRICTS.map(district('310100')),
  province(['320000', '江苏省']),
  ...JIANGSU_CITIES.map(city('320000')),
  ...JIANGSU_DISTRICTS.map((row) => district(`${row[0].slice(0, 4)}00`)(row)),
  province(['110000', '北京市']),
  city('110000')(['110100', '北京市市辖区']),
  province(['330000', '浙江省']),
  province(['350000', '福建省']),
  city('350000')(['350100', '福州市']),
  district('350100')(['350102', '鼓楼区']),
];
