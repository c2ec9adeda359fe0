/**
 * Benchmark of the dynamic resource database (issue 10): an alliance of 500 members with full survey answers —
 * about 5,000 majors, 2,000 training bases and 20,000 enterprise partners published through the same
 * `publishEntries` that accepting answers uses. Times, in this process against a fresh database (PGlite in memory,
 * or PostgreSQL when DATABASE_URL is set), the service calls the routes make:
 *   - a search with words, with a filter, and without (target: p99 < 100 ms);
 *   - "who can train X" for a major, a major class and free words (target < 300 ms).
 *
 *   node --import tsx bench/resources.ts [--runs=100]
 */
import { performance } from 'node:perf_hooks';
import type { TSurveyContent } from '@chanjiao/contracts';
import { usccCheckCharacter } from '@chanjiao/contracts';
import { numberOption } from './lib/args.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';
import { seededRandom } from './lib/random.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { testConfig } from '../apps/server/src/kernel/config.js';
import type { AppDeps } from '../apps/server/src/kernel/deps.js';
import { systemClock } from '../apps/server/src/kernel/time/clock.js';
import type { Grant } from '../apps/server/src/kernel/rbac/rbac.rules.js';
import { makeBody } from '../apps/server/src/testing/factories.js';
import { createTestDatabase } from '../apps/server/src/testing/test-database.js';
import { majorsByCodes } from '../apps/server/src/modules/reference/index.js';
import { whoCanTrain } from '../apps/server/src/modules/resources/capability/capability.service.js';
import { publishEntries, searchResources } from '../apps/server/src/modules/resources/database/database.service.js';
import { resourceSurveyResponses, resourceSurveyRounds } from '../apps/server/src/modules/resources/survey/survey.table.js';

const RUNS = numberOption('runs', 100);
const MEMBERS = 500;
const TARGETS = { searchP99: 100, whoCanTrain: 300 };
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

async function timed(work: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;

async function main() {
  installBenchAuditKeys();
  const machineBefore = printLoadWarning();
  const database = await createTestDatabase();
  const deps: AppDeps = {
    config: testConfig(),
    database: database.handle,
    secretKey: 'bench-secret-key-0123456789abcdef012345',
    clock: systemClock,
  };
  const db = deps.database.db;
  try {
    const engine = database.url ? 'PostgreSQL' : 'PGlite (in memory)';
    console.log(`Preparing ${MEMBERS} members with full survey answers on ${engine} …`);
    const codes = (await majorsByCodes(db, MAJOR_CODES)).map((m) => m.code);
    const body = await makeBody(deps, {
      name: '基准测试职业院校联盟',
      members: Array.from({ length: MEMBERS }, (_, i) => ({ name: `基准测试职业学校${i}`, regionCode: CITIES[i % CITIES.length] })),
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
    const grants: Grant[] = [{ role: 'body_secretariat', permission: 'resources.database.read', scopeType: 'body', scopeId: body.bodyId }];
    const search = (query: object) => () =>
      searchResources(db, grants, body.bodyId, { page: 1, pageSize: 20, ...query } as Parameters<typeof searchResources>[3]);
    const train = (query: object) => () =>
      whoCanTrain(db, grants, body.bodyId, { limit: 20, ...query } as Parameters<typeof whoCanTrain>[3]);
    const cases = [
      { step: 'search “数控”', times: await timed(search({ q: '数控' }), RUNS), target: TARGETS.searchP99, p: 'p99' },
      {
        step: 'search kind=base, class 4601',
        times: await timed(search({ kind: 'base', classCode: '4601' }), RUNS),
        target: TARGETS.searchP99,
        p: 'p99',
      },
      { step: 'search, no filter', times: await timed(search({}), RUNS), target: TARGETS.searchP99, p: 'p99' },
      {
        step: 'who can train 460103',
        times: await timed(train({ majorCode: '460103' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
      {
        step: 'who can train class 4601',
        times: await timed(train({ classCode: '4601' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
      {
        step: 'who can train “机器人”',
        times: await timed(train({ q: '机器人' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
    ];
    const rows = cases.map(({ step, times, target, p }) => {
      const measured = p === 'p99' ? p99(times) : Math.max(...times);
      return {
        step,
        runs: times.length,
        'median ms': Math.round(median(times)),
        'p99 ms': Math.round(p99(times)),
        'max ms': Math.round(Math.max(...times)),
        'target ms': `${p} < ${target}`,
        verdict: verdict(measured < target),
      };
    });
    const count = await train({ majorCode: '460103' })();
    console.log(
      `\n“who can train 460103”: ${count.items.length} members listed, the first with ${count.items[0]?.reasons.length ?? 0} reasons\n`,
    );
    printTable(rows);
    console.log(`\nRaw results: ${writeResults('resources', { engine, machineBefore, members: MEMBERS, runs: RUNS, rows })}`);
  } finally {
    await database.dispose();
  }
}

await main();
