/**
 * Benchmark of the quality annual reports (issue 8): a city cycle like 上海's — 80 secondary schools, 16 district
 * authorities and 46 enterprises, every report holding a full form and approved, half of them published. Against a
 * fresh database (PGlite in memory, or PostgreSQL when DATABASE_URL is set), in this process:
 *   - the city report's tables built from the approved data (generateForCycle, target < 2 s);
 *   - a school report as DOCX (target < 1 s) and as PDF (target < 3 s), model and rendering;
 *   - the coverage page over HTTP (the application listening on 127.0.0.1, signed in as the city's authority),
 *     autocannon at a fixed 50 requests/s (latencies corrected for coordinated omission): p99 < 100 ms.
 * Each step's answer is checked before it is timed, so the figures time the work a user gets.
 *
 *   node --import tsx bench/reports.ts [--runs=20] [--duration=20] [--rate=50] [--connections=10]
 */
import { performance } from 'node:perf_hooks';
import { emptyReportData, type TCoverage, type TReportData } from '@chanjiao/contracts';
import { numberOption } from './lib/args.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';
import { assertAllSucceeded, runLoad } from './lib/load.js';
import { seededRandom } from './lib/random.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { inArray } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../apps/server/src/kernel/audit/audit.service.js';
import { renderDocx, renderPdf, warmUpDocuments } from '../apps/server/src/kernel/documents/index.js';
import { insertOrgs, orgValues } from '../apps/server/src/modules/organizations/index.js';
import { createCycle, importReportData, openCycle } from '../apps/server/src/modules/reports/index.js';
import { documentBlocks, generateForCycle, generateOfLoaded } from '../apps/server/src/modules/reports/generation/generation.service.js';
import { reportPublications } from '../apps/server/src/modules/reports/publication/publication.table.js';
import { findReport, listReportsOfCycle } from '../apps/server/src/modules/reports/review/reports.repository.js';
import { qualityReports } from '../apps/server/src/modules/reports/review/reports.table.js';
import { createTestContext, createTestUser, currentTotpCode } from '../apps/server/src/testing/test-app.js';

const RUNS = numberOption('runs', 20);
const LOAD = {
  duration: numberOption('duration', 20),
  rate: numberOption('rate', 50),
  connections: numberOption('connections', 10),
};
const SIZE = { schools: 80, districts: 16, enterprises: 46 };
const TARGETS = { cityTables: 2000, schoolDocx: 1000, schoolPdf: 3000, coverageP99: 100 };
/** 上海's 16 districts (GB/T 2260), the regions the generated units sit in. */
const DISTRICTS = [
  '310101',
  '310104',
  '310105',
  '310106',
  '310107',
  '310109',
  '310110',
  '310112',
  '310113',
  '310114',
  '310115',
  '310116',
  '310117',
  '310118',
  '310120',
  '310151',
];

/** A full form whose parts fit their wholes, as a school's collector would submit it. */
function fullData(random: ReturnType<typeof seededRandom>, i: number): TReportData {
  const data = emptyReportData();
  const students = 600 + random.int(2400);
  const fullTime = 60 + random.int(140);
  const professional = Math.floor(fullTime / 2);
  const graduates = Math.floor(students / 3);
  const matched = graduates - random.int(Math.ceil(graduates / 10));
  const further = Math.floor(matched / 2);
  data.structure = {
    studentsTotal: students,
    newIntake: Math.floor(students / 3),
    staffInPost: fullTime + 20 + random.int(60),
    majorsSecondary: 3 + random.int(14),
    majorsThroughHigher: random.int(10),
    majorsThroughBachelor: random.int(4),
    majorsFiveYear: random.int(3),
  };
  data.facilities = {
    equipmentValue: 2000 + random.int(8000) + 0.36,
    equipmentValueIncrease: random.int(500) + 0.43,
    workstations: Math.floor(students * 0.8),
    openCentres: Array.from({ length: 1 + (i % 3) }, (_, k) => ({ centreName: `生成开放实训中心${i}-${k}`, star: 'three' as const })),
  };
  data.teachers = {
    fullTimeTeachers: fullTime,
    professionalTeachers: professional,
    foundationTeachers: fullTime - professional,
    seniorTitleTeachers: Math.floor(fullTime / 4),
    masterTeachers: Math.floor(fullTime / 3),
    dualQualifiedTeachers: Math.floor(professional * 0.8),
    partTimeTeachers: random.int(20),
    exchangeDaysSent: null,
    exchangeHoursSent: null,
    exchangeDaysReceived: null,
    exchangeHoursReceived: null,
  };
  data.outcomes = { graduates, matchedEmployment: matched, directEmployment: matched - further, furtherStudy: further, startingWage: 4500 };
  data.cooperation = { partnerEnterprises: 10 + random.int(40), interns: Math.floor(graduates / 2), orderClassStudents: random.int(100) };
  data.service = {
    trainingCourses: 20 + random.int(90),
    trainingPersonTimes: 1000 + random.int(9000),
    trainingHours: 20000 + random.int(100000),
    experienceActivities: null,
    experienceParticipants: null,
  };
  data.funding = { fundingPerStudent: 5.96, specialFunding: 300 + random.int(900) };
  data.statedRates = { matchedEmploymentRate: 97, partTimeShare: 3.3 };
  return data;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;

async function timed(work: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

async function signIn(origin: string, username: string, password: string, totpSecret: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session-transport': 'bearer' },
    body: JSON.stringify({ username, password, totpCode: currentTotpCode(totpSecret) }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Sign-in as ${username} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

async function prepare(ctx: Awaited<ReturnType<typeof createTestContext>>) {
  const db = ctx.deps.database.db;
  const unit = (name: string, type: 'education_authority' | 'secondary_vocational' | 'enterprise', regionCode: string) =>
    orgValues({ name, type, regionCode, address: `${name}地址` } as Parameters<typeof orgValues>[0], { isGenerated: true });
  const [city] = await insertOrgs(db, [unit('基准市教育委员会', 'education_authority', '310100')]);
  const districts = await insertOrgs(
    db,
    DISTRICTS.map((code, i) => unit(`基准第${i + 1}区教育局`, 'education_authority', code)),
  );
  const schools = await insertOrgs(
    db,
    Array.from({ length: SIZE.schools }, (_, i) => unit(`基准中等职业学校${i + 1}`, 'secondary_vocational', DISTRICTS[i % 16]!)),
  );
  const enterprises = await insertOrgs(
    db,
    Array.from({ length: SIZE.enterprises }, (_, i) => unit(`基准合作企业${i + 1}有限公司`, 'enterprise', DISTRICTS[i % 16]!)),
  );
  const cycle = await createCycle(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId: city!.id,
      reportYear: 2024,
      title: '基准职业教育质量报告（2024年度）',
      noticeNumber: '沪教委职〔2025〕1号',
      levels: ['school_secondary', 'district', 'enterprise'],
      reportingUnits: [
        ...schools.map((o) => ({ orgId: o.id, level: 'school_secondary' as const })),
        ...districts.map((o) => ({ orgId: o.id, level: 'district' as const })),
        ...enterprises.map((o) => ({ orgId: o.id, level: 'enterprise' as const })),
      ],
      deadlines: { submit: '2025-01-15', review: '2025-01-25', approve: '2025-02-10', publish: '2025-03-31' },
      outline: ['1. 基本情况', '2. 学生发展', '3. 教学改革', '4. 政策保障', '5. 国际合作', '6. 服务贡献', '7. 面临挑战'],
    },
    { isGenerated: true },
  );
  await openCycle(db, SYSTEM_ACTOR, cycle.id, cycle.version, new Date('2025-01-02T01:00:00Z'));
  const random = seededRandom(20261207);
  const all = [...schools, ...districts, ...enterprises];
  for (const [i, org] of all.entries()) await importReportData(db, SYSTEM_ACTOR, cycle.id, org.id, fullData(random, i), '基准数据');
  // Approved and half published: the chain's own steps are timed by the route tests, not here.
  await db
    .update(qualityReports)
    .set({ status: 'approved', submittedAt: new Date('2025-01-10T02:00:00Z'), approvedAt: new Date('2025-02-01T02:00:00Z') })
    .where(
      inArray(
        qualityReports.orgId,
        all.map((o) => o.id),
      ),
    );
  const reports = await listReportsOfCycle(db, cycle.id);
  await db.insert(reportPublications).values(
    reports
      .filter((_, i) => i % 2 === 0)
      .map(({ report }) => ({
        cycleId: cycle.id,
        reportId: report.id,
        orgId: report.orgId,
        form: 'school_website' as const,
        publishedOn: '2025-03-20',
        url: `https://u${report.id.slice(0, 8)}.bench.example/zlnb`,
        createdAt: new Date('2025-03-20T02:00:00Z'),
      })),
  );
  const schoolReport = reports.find((r) => r.report.level === 'school_secondary')!.report.id;
  return { cityId: city!.id, cycleId: cycle.id, schoolReport, reports: reports.length };
}

async function main() {
  installBenchAuditKeys();
  const machineBefore = printLoadWarning();
  const ctx = await createTestContext();
  const db = ctx.deps.database.db;
  try {
    const engine = ctx.database.url ? 'PostgreSQL' : 'PGlite (in memory)';
    console.log(
      `Preparing a city cycle of ${SIZE.schools} schools, ${SIZE.districts} districts, ${SIZE.enterprises} enterprises on ${engine} …`,
    );
    const prepared = await prepare(ctx);

    const city = await generateForCycle(db, prepared.cycleId, 'approved');
    const table = city.chapters.flatMap((c) => c.blocks).find((b) => b.kind === 'table');
    if (table?.kind !== 'table' || table.rows.length !== prepared.reports || city.leftOut.length > 0) {
      throw new Error(`the city report's 表1 has ${table?.kind === 'table' ? table.rows.length : 0} rows, not ${prepared.reports}`);
    }
    const loaded = (await findReport(db, prepared.schoolReport))!;
    const schoolModel = async () => documentBlocks(await generateOfLoaded(db, loaded));
    const docx = await renderDocx(await schoolModel(), { title: 'bench', pageNumbers: true });
    const pdf = await renderPdf(await schoolModel(), { title: 'bench', pageNumbers: true });
    if (docx.subarray(0, 2).toString() !== 'PK' || pdf.subarray(0, 5).toString() !== '%PDF-') {
      throw new Error('a document is not what it says');
    }
    // The first rendering of a process loads the fonts; a server warms them up at start (warmUpDocuments).
    await warmUpDocuments();

    const cityTimes = await timed(() => generateForCycle(db, prepared.cycleId, 'approved'), RUNS);
    const cityDocTimes = await timed(
      async () =>
        renderDocx(documentBlocks(await generateForCycle(db, prepared.cycleId, 'approved')), { title: 'bench', pageNumbers: true }),
      Math.ceil(RUNS / 4),
    );
    const docxTimes = await timed(async () => renderDocx(await schoolModel(), { title: 'bench', pageNumbers: true }), RUNS);
    const pdfTimes = await timed(async () => renderPdf(await schoolModel(), { title: 'bench', pageNumbers: true }), RUNS);

    const address = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const user = await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: prepared.cityId }]);
    const token = await signIn(address, user.username, 'Ceshi-mima-2026', user.totpSecret!);
    const path = `/api/reports/cycles/${prepared.cycleId}/coverage`;
    const check = await fetch(`${address}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const coverage = (await check.json()) as TCoverage;
    if (!check.ok || coverage.participants.length !== prepared.reports) throw new Error(`coverage answered ${check.status}`);
    console.log(
      `Coverage: ${coverage.levels.map((l) => `${l.level} ${l.approved}/${l.participants} approved, ${l.published} published`).join('; ')}`,
    );
    // A short warm-up at the same rate, then the measured run.
    const load = (durationSeconds: number) =>
      runLoad({
        label: 'coverage',
        origin: address,
        nextPath: () => path,
        headers: { authorization: `Bearer ${token}` },
        connections: LOAD.connections,
        durationSeconds,
        overallRate: LOAD.rate,
      });
    // One request at a time first: what a request costs without queueing behind others.
    const one = await timed(async () => {
      const response = await fetch(`${address}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`coverage answered ${response.status}`);
      await response.arrayBuffer();
    }, RUNS * 5);
    await load(3);
    // CPU of this process (the application, PGlite when in memory, and autocannon) per answered request.
    const cpuBefore = process.cpuUsage();
    const figures = await load(LOAD.duration);
    const cpu = process.cpuUsage(cpuBefore);
    assertAllSucceeded(figures);
    const cpuMsPerRequest = Math.round(((cpu.user + cpu.system) / 1000 / figures.completed) * 10) / 10;

    const row = (step: string, times: number[], target: number | null) => ({
      step,
      runs: times.length,
      'median ms': Math.round(median(times)),
      'max ms': Math.round(Math.max(...times)),
      'target ms': target === null ? '—' : `max < ${target}`,
      verdict: target === null ? '—' : verdict(Math.max(...times) < target),
    });
    const rows = [
      row(`city report tables (${prepared.reports} reports)`, cityTimes, TARGETS.cityTables),
      row('city report DOCX (model + rendering)', cityDocTimes, null),
      row('school report DOCX', docxTimes, TARGETS.schoolDocx),
      row('school report PDF', pdfTimes, TARGETS.schoolPdf),
    ];
    printTable(rows);
    const sequential = {
      step: 'coverage over HTTP, one at a time',
      'requests/s': Math.round((1000 / median(one)) * 10) / 10,
      'p50 ms': Math.round(median(one)),
      'p99 ms': Math.round(p99(one)),
      'max ms': Math.round(Math.max(...one)),
      'CPU ms/request': '—',
      'target ms': '—',
      verdict: '—',
    };
    const http = {
      step: `coverage over HTTP at ${LOAD.rate}/s`,
      'requests/s': Math.round(figures.requestsPerSecond * 10) / 10,
      'p50 ms': figures.latencyP50Ms,
      'p99 ms': figures.latencyP99Ms,
      'max ms': figures.latencyMaxMs,
      'CPU ms/request': cpuMsPerRequest,
      'target ms': `p99 < ${TARGETS.coverageP99}`,
      verdict: verdict(figures.latencyP99Ms < TARGETS.coverageP99),
    };
    console.log('');
    printTable([sequential, http]);
    console.log(
      `\nRaw results: ${writeResults('reports', { engine, machineBefore, size: SIZE, runs: RUNS, load: LOAD, rows, sequential, http, figures })}`,
    );
  } finally {
    await ctx.close();
  }
}

await main();
