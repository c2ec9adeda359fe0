/**
 * Benchmark of the quarterly trend report's documents (docs/sources.md §9 T4): a consortium of 2,000 enterprises
 * with 20,000 three-year demand rows over 150 majors and 300 schools supplying 10 majors each. Times, in this
 * process against a fresh database (PGlite in memory, or PostgreSQL when DATABASE_URL is set), what the download
 * route does for a draft — read the figures from the rows, build the document, render it — as DOCX (target < 2 s)
 * and, for information, as PDF.
 *
 *   node --import tsx bench/talent-report.ts [--runs=10]
 */
import { performance } from 'node:perf_hooks';
import { numberOption } from './lib/args.js';
import { openInProcessDeps } from './lib/in-process.js';
import { seededRandom } from './lib/random.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { SYSTEM_ACTOR } from '../apps/server/src/kernel/audit/audit.service.js';
import { renderDocx, renderPdf } from '../apps/server/src/kernel/documents/index.js';
import type { Grant } from '../apps/server/src/kernel/rbac/rbac.rules.js';
import { shanghaiDayStart } from '../apps/server/src/kernel/time/shanghai.js';
import { insertOrgs, orgValues } from '../apps/server/src/modules/organizations/index.js';
import { readMajorsCatalogue } from '../apps/server/src/modules/reference/index.js';
import { talentDemands } from '../apps/server/src/modules/talent/demand/demand.table.js';
import { reportBlocks } from '../apps/server/src/modules/talent/reports/report-document.js';
import { createReport, getReport } from '../apps/server/src/modules/talent/reports/reports.service.js';
import { talentSupplies } from '../apps/server/src/modules/talent/supply/supply.table.js';
import { makeBody } from '../apps/server/src/testing/factories.js';

const RUNS = numberOption('runs', 10);
const ENTERPRISES = 2_000;
const DEMAND_ROWS = 20_000;
const SCHOOLS = 300;
const MAJORS = 150;
const TARGET_MS = 2_000;
const TODAY = '2026-12-07';
const CITIES = ['320703', '320706', '320707', '320722', '320723', '320724'];

/** Wall time and this process's CPU time per run: on a busy machine the CPU time is the fairer figure. */
async function timed(work: () => Promise<unknown>, runs: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await work();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

async function main() {
  const machineBefore = printLoadWarning();
  const { database, deps, engine } = await openInProcessDeps();
  const db = deps.database.db;
  try {
    console.log(`Preparing ${ENTERPRISES} enterprises, ${DEMAND_ROWS} demand rows and ${SCHOOLS} schools on ${engine} …`);
    const random = seededRandom(20261207);
    const majors = readMajorsCatalogue()
      .filter((m) => m.level === '高职专科')
      .filter((_, i) => i % 5 === 0)
      .slice(0, MAJORS)
      .map((m) => m.code);
    const { bodyId } = await makeBody(deps, {
      name: '基准测试连云港市域产教联合体',
      kind: 'consortium',
      regionCode: '320700',
      members: [],
    });
    const orgs = async (count: number, type: 'enterprise' | 'higher_vocational', name: string) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 500) {
        const values = Array.from({ length: Math.min(500, count - i) }, (_, k) =>
          orgValues({ name: `${name}${i + k}`, type, regionCode: CITIES[(i + k) % CITIES.length]! }, { isGenerated: true }),
        );
        ids.push(...(await insertOrgs(db, values)).map((org) => org.id));
      }
      return ids;
    };
    const enterprises = await orgs(ENTERPRISES, 'enterprise', '基准测试港口物流有限公司');
    const schools = await orgs(SCHOOLS, 'higher_vocational', '基准测试职业技术学院');
    for (let i = 0; i < DEMAND_ROWS; i += 1000) {
      await db.insert(talentDemands).values(
        Array.from({ length: 1000 }, (_, k) => ({
          bodyId,
          orgId: enterprises[(i + k) % ENTERPRISES]!,
          position: `基准岗位${i + k}`,
          occupation: '物流服务师',
          majorCodes:
            random.int(4) === 0
              ? [random.pick(majors), random.pick(majors)].filter((c, n, all) => all.indexOf(c) === n)
              : [random.pick(majors)],
          educationLevel: 'higher_associate',
          startYear: 2027,
          headcounts: [1 + random.int(10), 1 + random.int(10), 1 + random.int(10)],
          locationRegionCode: random.pick(CITIES),
          isGenerated: true,
        })),
      );
    }
    const supplies = schools.flatMap((orgId, s) =>
      Array.from({ length: 10 }, (_, k) => ({
        bodyId,
        orgId,
        majorCode: majors[(s * 7 + k * 13) % majors.length]!,
        mode: 'full_time',
        startYear: 2027,
        plannedEnrolment: [40, 40, 40],
        expectedGraduates: [20 + random.int(40), 20 + random.int(40), 20 + random.int(40)],
        isGenerated: true,
      })),
    );
    for (let i = 0; i < supplies.length; i += 1000) {
      await db
        .insert(talentSupplies)
        .values(supplies.slice(i, i + 1000))
        .onConflictDoNothing();
    }

    const at = { now: shanghaiDayStart(TODAY), today: TODAY };
    const draft = await createReport(db, SYSTEM_ACTOR, bodyId, { kind: 'quarterly', year: 2026, quarter: 4 }, at);
    const grants: Grant[] = [{ role: 'body_secretariat', permission: 'talent.report.manage', scopeType: 'body', scopeId: bodyId }];
    const documentOf = (render: typeof renderDocx) => async () => {
      const report = await getReport(db, grants, bodyId, draft.id, TODAY);
      return render(reportBlocks(report), { title: report.title, pageNumbers: true });
    };
    // The renderers and the CJK font load once per process (the server warms them up after it listens).
    const docx = await documentOf(renderDocx)();
    const pdf = await documentOf(renderPdf)();
    const report = await getReport(db, grants, bodyId, draft.id, TODAY);
    console.log(
      `\nReport: ${report.figures.totals.demand} people wanted by ${report.figures.totals.enterprises} enterprises over ${report.figures.totals.majors} majors; ` +
        `${report.figures.byClass.length} classes, ${report.figures.gaps.length} gap rows; DOCX ${Math.round(docx.length / 1024)} KB, PDF ${Math.round(pdf.length / 1024)} KB\n`,
    );
    const figureTimes = await timed(() => getReport(db, grants, bodyId, draft.id, TODAY), RUNS);
    const docxTimes = await timed(documentOf(renderDocx), RUNS);
    const pdfTimes = await timed(documentOf(renderPdf), Math.ceil(RUNS / 2));
    const rows = [
      { step: 'figures of the draft (read + compute)', times: figureTimes, target: null },
      { step: 'quarterly report DOCX (figures + render)', times: docxTimes, target: TARGET_MS },
      { step: 'quarterly report PDF (figures + render)', times: pdfTimes, target: null },
    ].map(({ step, times, target }) => ({
      step,
      runs: times.wall.length,
      'median ms': Math.round(median(times.wall)),
      'max ms': Math.round(Math.max(...times.wall)),
      'median CPU ms': Math.round(median(times.cpu)),
      'target ms': target ? `max < ${target}` : '—',
      verdict: target ? verdict(Math.max(...times.wall) < target) : '—',
    }));
    printTable(rows);
    console.log(
      `\nRaw results: ${writeResults('talent-report', { engine, machineBefore, enterprises: ENTERPRISES, demandRows: DEMAND_ROWS, schools: SCHOOLS, runs: RUNS, rows })}`,
    );
  } finally {
    await database.dispose();
  }
}

await main();
