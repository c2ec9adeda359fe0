/**
 * The resources benchmarks' alliance: members with full survey answers — ten majors, four training bases and forty
 * enterprise partners each — accepted and published through the same `publishEntries` that accepting answers uses.
 */
import type { TSurveyContent } from '@chanjiao/contracts';
import { usccCheckCharacter } from '@chanjiao/contracts';
import { seededRandom } from '../lib/random.js';
import type { AppDeps } from '../../apps/server/src/kernel/deps.js';
import { makeBody } from '../../apps/server/src/testing/factories.js';
import { majorsByCodes } from '../../apps/server/src/modules/reference/index.js';
import { publishEntries } from '../../apps/server/src/modules/resources/database/database.service.js';
import { resourceSurveyResponses, resourceSurveyRounds } from '../../apps/server/src/modules/resources/survey/survey.table.js';

/** Majors of the catalogue the generated members offer (装备制造、电子信息、财经商贸、交通运输 …). */
const MAJOR_CODES = [
  '460103',
  '460104',
  '460105',
  '460301',
  '460303',
  '460305',
  '510101',
  '510102',
  '510201',
  '510202',
  '530701',
  '530702',
  '530802',
  '500201',
  '500211',
  '660103',
  '660301',
  '660601',
  '710102',
  '710201',
];
const FIELDS = [
  '数控机床装调与维修',
  '工业机器人集成',
  '智能制造产线运维',
  '跨境电商运营',
  '新能源汽车检测',
  '软件测试外包',
  '物流仓储管理',
];
const CITIES = ['310107', '320111', '320211', '320412', '320583', '321102', '320106', '321002', '320505'];

function surveyOf(i: number, random: ReturnType<typeof seededRandom>, codes: string[]): TSurveyContent {
  const majors = Array.from({ length: 10 }, (_, k) => codes[(i + k * 3) % codes.length]!);
  const partner = (k: number) => {
    const first17 = `91320${String(100000000 + i * 40 + k).slice(-9)}MA1X`.slice(0, 17);
    return {
      uscc: first17 + usccCheckCharacter(first17),
      name: `生成合作企业${i}-${k}有限公司`,
      fields: random.pick(FIELDS),
      agreementFrom: '2024-09-01',
      internsHosted: random.int(30),
      orderClass: random.int(2) === 0,
      apprenticeship: random.int(3) === 0,
    };
  };
  return {
    majors: [...new Set(majors)].map((majorCode) => ({ majorCode, mode: 'secondary', studentsPerGrade: [40, 40, 40] })),
    teachers: [],
    bases: Array.from({ length: 4 }, (_, k) => ({
      name: `生成实训基地${i}-${k}`,
      kind: 'open_centre' as const,
      majorCodes: [majors[k]!],
      workstations: 20 + random.int(80),
      openToMembers: random.int(2) === 0,
    })),
    partners: Array.from({ length: 40 }, (_, k) => partner(k)),
    courses: [],
    noneToReport: ['teachers', 'courses'],
  };
}

/** Creates the alliance and its members' published resources; returns the body's id. */
export async function seedResourceMembers(deps: AppDeps, members: number): Promise<string> {
  const db = deps.database.db;
  const codes = (await majorsByCodes(db, MAJOR_CODES)).map((m) => m.code);
  const body = await makeBody(deps, {
    name: '基准测试职业院校联盟',
    members: Array.from({ length: members }, (_, i) => ({ name: `基准测试职业学校${i}`, regionCode: CITIES[i % CITIES.length] })),
  });
  const [round] = await db
    .insert(resourceSurveyRounds)
    .values({ bodyId: body.bodyId, year: 2026, title: '基准资源调研', deadline: '2026-06-30', sections: ['majors', 'bases', 'partners'] })
    .returning();
  const random = seededRandom(20261207);
  for (const [i, member] of body.members.entries()) {
    const content = surveyOf(i, random, codes);
    const [response] = await db
      .insert(resourceSurveyResponses)
      .values({ roundId: round!.id, orgId: member.id, status: 'accepted', content, acceptedAt: new Date() })
      .returning();
    await publishEntries(db, { bodyId: body.bodyId, orgId: member.id, responseId: response!.id, year: 2026, content, isGenerated: true });
  }
  return body.bodyId;
}
