/**
 * Benchmark of the talent exchange (issue 9): a consortium with 2,000 enterprises entering 20,000 demand rows and
 * 300 schools entering their majors' supply. Times, in this process against a fresh database (PGlite in memory, or
 * PostgreSQL when DATABASE_URL is set), the service calls the routes make:
 *   - the gap table of one city, by major and by 专业类 (target: < 300 ms);
 *   - matching one demand against every school, each match with its reasons (target: < 200 ms).
 * Before timing, the city's gap totals are checked against sums taken from the generated rows themselves.
 *
 *   node --import tsx bench/talent.ts [--runs=50]
 */
import { performance } from 'node:perf_hooks';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { flagOption, numberOption } from './lib/args.js';
import { openInProcessDeps } from './lib/in-process.js';
import { processCpuMs } from './lib/cpu-usage.js';
import { seededRandom } from './lib/random.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { type Executor, rowsOf } from '../apps/server/src/kernel/db/database.js';
import { makeBody } from '../apps/server/src/testing/factories.js';
import { insertOrgsInBulk } from '../apps/server/src/modules/organizations/organizations.repository.js';
import { orgValues } from '../apps/server/src/modules/organizations/index.js';
import { organizations } from '../apps/server/src/modules/organizations/organizations.table.js';
import { majors } from '../apps/server/src/modules/reference/reference.table.js';
import { type DemandInsert, insertDemands } from '../apps/server/src/modules/talent/demand/demand.repository.js';
import { talentDemands } from '../apps/server/src/modules/talent/demand/demand.table.js';
import { gapTable } from '../apps/server/src/modules/talent/gaps/gaps.service.js';
import { matchDemand } from '../apps/server/src/modules/talent/matching/matching.service.js';
import { insertSupplies, type SupplyInsert } from '../apps/server/src/modules/talent/supply/supply.repository.js';

const RUNS = numberOption('runs', 50);
const ENTERPRISES = 2000;
const DEMANDS = 20000;
const SCHOOLS = 300;
const MAJORS_PER_SCHOOL = 15;
const START_YEAR = 2027;
const TARGETS = { gapTable: 300, match: 200 };
/** Districts of six cities; the timed city is 连云港 (3207). */
const DISTRICTS = ['320703', '320706', '320707', '320505', '320506', '310107', '310112', '310115', '320106', '320111', '321102', '320211'];
const CITY = '320700';
/** 专业类 of 高职专科 the generated enterprises and schools draw their majors from (装备、电子信息、交通、财经 …). */
const CLASSES = ['4601', '4602', '4603', '4607', '4604', '5102', '5101', '5103', '5003', '5008', '5307', '5308', '5302', '4702', '4404'];
const POSITIONS = [
  { position: '数控加工技术员', occupation: '数控车工', skills: '数控编程、机床操作与维护' },
  { position: '工业机器人运维员', occupation: '工业机器人系统运维员', skills: '机器人示教编程、故障诊断' },
  { position: '港口物流调度员', occupation: '物流服务师', skills: '集装箱调度、仓储信息系统' },
  { position: '软件实施工程师', occupation: '软件开发工程技术人员', skills: '数据库、接口开发、现场实施' },
  { position: '电气设备装调工', occupation: '电工', skills: '电气控制、可编程控制器调试' },
  { position: '跨境电商运营专员', occupation: '电子商务师', skills: '跨境平台运营、数据分析' },
];

/**
 * CPU ms spent so far by this process and, on PostgreSQL, by the backends serving this database: on a shared machine
 * the wall-clock times move with the neighbours' load, the CPU a call costs mostly does not.
 */
async function cpuNow(db: Executor, postgres: boolean): Promise<number> {
  const own = process.cpuUsage();
  let backends = 0;
  if (postgres) {
    const pids = rowsOf<{ pid: number }>(await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`));
    for (const { pid } of pids) backends += processCpuMs(pid) ?? 0;
  }
  return (own.user + own.system) / 1000 + backends;
}

async function timed(db: Executor, postgres: boolean, work: () => Promise<unknown>, runs: number) {
  const times: number[] = [];
  const cpuBefore = await cpuNow(db, postgres);
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { times, cpuPerCall: ((await cpuNow(db, postgres)) - cpuBefore) / runs };
}

/** The plans of a city's reads (`--explain`): what the database does for the gap table's two queries. */
async function explainCityReads(db: Executor, bodyId: string) {
  const plans = [
    sql`explain analyze select d.id, d.major_codes, d.start_year, d.headcounts, d.location_region_code, o.name from talent_demands d
        join organizations o on o.id = d.org_id
        where d.body_id = ${bodyId} and left(d.location_region_code, 4) = ${CITY.slice(0, 4)} and d.start_year between ${START_YEAR - 2} and ${START_YEAR + 2}`,
    sql`explain analyze select s.org_id, s.major_code, s.start_year, s.expected_graduates, o.region_code from talent_supplies s
        join organizations o on o.id = s.org_id
        where s.body_id = ${bodyId} and o.city_code = ${CITY} and s.start_year between ${START_YEAR - 2} and ${START_YEAR + 2}`,
  ];
  for (const plan of plans) {
    const lines = rowsOf<Record<string, string>>(await db.execute(plan)).map((row) => Object.values(row)[0]);
    console.log(`${lines.join('\n')}\n`);
  }
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;
const cityOf = (district: string) => `${district.slice(0, 4)}00`;

async function main() {
  const machineBefore = printLoadWarning();
  const { database, deps, engine } = await openInProcessDeps();
  const db = deps.database.db;
  try {
    console.log(`Preparing ${ENTERPRISES} enterprises, ${DEMANDS} demand rows and ${SCHOOLS} schools on ${engine} …`);
    const prepareStart = performance.now();
    const random = seededRandom(20261207);
    const codes = (await db.select({ code: majors.code }).from(majors).where(inArray(majors.classCode, CLASSES))).map((m) => m.code).sort();
    const body = await makeBody(deps, { name: '基准测试市域产教联合体', kind: 'consortium' });
    const orgRows = [
      ...Array.from({ length: ENTERPRISES }, (_, i) =>
        orgValues(
          { name: `基准生成企业${i}有限公司`, type: 'enterprise', regionCode: DISTRICTS[i % DISTRICTS.length]! },
          { isGenerated: true },
        ),
      ),
      ...Array.from({ length: SCHOOLS }, (_, i) =>
        orgValues(
          { name: `基准生成职业技术学院${i}`, type: 'higher_vocational', regionCode: DISTRICTS[(i * 7) % DISTRICTS.length]! },
          { isGenerated: true },
        ),
      ),
    ];
    await insertOrgsInBulk(db, orgRows);
    const ids = new Map(
      (
        await db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(
            inArray(
              organizations.name,
              orgRows.map((o) => o.name),
            ),
          )
      ).map((o) => [o.name, o.id]),
    );
    const enterpriseIds = orgRows.slice(0, ENTERPRISES).map((o) => ids.get(o.name)!);
    const schoolIds = orgRows.slice(ENTERPRISES).map((o) => ids.get(o.name)!);

    const demands: DemandInsert[] = Array.from({ length: DEMANDS }, (_, i) => {
      const enterprise = i % ENTERPRISES;
      const text = random.pick(POSITIONS);
      const wanted = [...new Set(Array.from({ length: 1 + random.int(3) }, () => random.pick(codes)))];
      return {
        bodyId: body.bodyId,
        orgId: enterpriseIds[enterprise]!,
        ...text,
        majorCodes: wanted,
        educationLevel: 'higher_associate',
        startYear: START_YEAR - random.int(2),
        headcounts: [random.int(12), random.int(12), random.int(12)],
        locationRegionCode: DISTRICTS[enterprise % DISTRICTS.length]!,
        isGenerated: true,
      };
    });
    await insertDemands(db, demands);
    const schoolDistrict = new Map(schoolIds.map((id, i) => [id, orgRows[ENTERPRISES + i]!.regionCode]));
    const supplies: SupplyInsert[] = schoolIds.flatMap((orgId) =>
      [...new Set(Array.from({ length: MAJORS_PER_SCHOOL }, () => random.pick(codes)))].map((majorCode) => ({
        bodyId: body.bodyId,
        orgId,
        majorCode,
        mode: 'full_time',
        startYear: START_YEAR,
        plannedEnrolment: [45, 45, 45],
        expectedGraduates: [random.int(50), random.int(50), random.int(50)],
        placementsOffered: random.int(10),
        isGenerated: true,
      })),
    );
    await insertSupplies(db, supplies);
    const prepareMs = Math.round(performance.now() - prepareStart);
    console.log(`Prepared ${demands.length} demand rows and ${supplies.length} supply rows in ${Math.round(prepareMs / 1000)} s`);

    // The city's totals, summed from the generated rows without the gap rules: every person counted once.
    const years = [START_YEAR, START_YEAR + 1, START_YEAR + 2];
    const expectedDemand = years.map((year) =>
      demands.filter((d) => cityOf(d.locationRegionCode) === CITY).reduce((sum, d) => sum + (d.headcounts[year - d.startYear] ?? 0), 0),
    );
    const expectedSupply = years.map((year) =>
      supplies
        .filter((s) => cityOf(schoolDistrict.get(s.orgId)!) === CITY)
        .reduce((sum, s) => sum + (s.expectedGraduates[year - s.startYear] ?? 0), 0),
    );
    const cityTable = await gapTable(db, body.bodyId, { groupBy: 'major', startYear: START_YEAR, cityCode: CITY });
    if (JSON.stringify(cityTable.totals.demand) !== JSON.stringify(expectedDemand)) {
      throw new Error(`the city's demand ${cityTable.totals.demand.join('/')} is not the rows' ${expectedDemand.join('/')}`);
    }
    if (JSON.stringify(cityTable.totals.supply) !== JSON.stringify(expectedSupply)) {
      throw new Error(`the city's supply ${cityTable.totals.supply.join('/')} is not the rows' ${expectedSupply.join('/')}`);
    }
    console.log(
      `Gap table of ${CITY}: ${cityTable.rows.length} majors, demand ${cityTable.totals.demand.join('/')}, supply ${cityTable.totals.supply.join('/')} — as summed from the rows`,
    );

    // A demand of the timed city, as a secretariat there would open it.
    const [probe] = await db
      .select({ id: talentDemands.id })
      .from(talentDemands)
      .where(eq(talentDemands.locationRegionCode, '320706'))
      .orderBy(asc(talentDemands.id))
      .limit(1);
    const matches = await matchDemand(db, body.bodyId, probe!.id);
    const explained = matches.results.every((m) => m.reasons.length >= 2 && m.codeMatches.length + m.termMatches.length > 0);
    if (!explained) throw new Error('a match without its reasons');
    console.log(`Matching one demand: ${matches.results.length} of ${SCHOOLS} schools listed, each with its reasons\n`);

    const cases = [
      {
        step: `gap table of ${CITY} by major`,
        measured: await timed(
          db,
          !!database.url,
          () => gapTable(db, body.bodyId, { groupBy: 'major', startYear: START_YEAR, cityCode: CITY }),
          RUNS,
        ),
        target: TARGETS.gapTable,
      },
      {
        step: `gap table of ${CITY} by class`,
        measured: await timed(
          db,
          !!database.url,
          () => gapTable(db, body.bodyId, { groupBy: 'class', startYear: START_YEAR, cityCode: CITY }),
          RUNS,
        ),
        target: TARGETS.gapTable,
      },
      {
        step: 'match one demand, all schools',
        measured: await timed(db, !!database.url, () => matchDemand(db, body.bodyId, probe!.id), RUNS),
        target: TARGETS.match,
      },
    ];
    const ratio = (ms: number, target: number) => Math.round((ms / target) * 100) / 100;
    if (flagOption('explain')) await explainCityReads(db, body.bodyId);
    const rows = cases.map(({ step, measured: { times, cpuPerCall }, target }) => ({
      step,
      runs: times.length,
      'median ms': Math.round(median(times)),
      'p99 ms': Math.round(p99(times)),
      'CPU ms/call': Math.round(cpuPerCall),
      'median/target': ratio(median(times), target),
      'p99/target': ratio(p99(times), target),
      'CPU/target': ratio(cpuPerCall, target),
      'target ms': `< ${target}`,
      verdict: verdict(p99(times) < target),
    }));
    printTable(rows);
    console.log(
      `\nRaw results: ${writeResults('talent', { engine, machineBefore, enterprises: ENTERPRISES, demands: DEMANDS, schools: SCHOOLS, supplies: supplies.length, prepareMs, runs: RUNS, rows })}`,
    );
  } finally {
    await database.dispose();
  }
}

await main();
