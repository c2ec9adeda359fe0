/**
 * The demo's report registers: 上海市教育委员会's 2024 city cycle (opened here when missing, with the chapters of
 * 上海年报) holds 上海年报 表1–20 and its 案例, and the city report lists each table from the registers under the
 * chapter the report prints it in; 普陀区教育局's 2022 cycle holds 普陀区年报 表4 (名师基地) and lists it under 3 教学改革.
 * Each table is loaded once, marked with its source table (“上海年报2024 表3”); the tables and cases are parameters
 * so the loader does not depend on how much of the dataset is transcribed. Idempotent: a table the cycle holds rows
 * of, a case title it holds, and register blocks once set are left as people left them.
 */
import type { TRegisterBlock } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { AppDeps } from '../kernel/deps.js';
import { createCycle, cycleIdOfYear, loadRegisterCases, loadRegisterTables, setRegisterBlocksOnce } from '../modules/reports/index.js';
import { PUTUO_EDUCATION_BUREAU, SHANGHAI_EDUCATION_COMMISSION } from './dataset/authorities.js';
import { PUTUO_2022_CYCLE } from './dataset/putuo-2022-report.js';
import { PUTUO_2022_REGISTER_TABLES } from './dataset/putuo-2022-registers.js';
import type { DemoCase, DemoRegisterTable } from './dataset/register-types.js';
import { SHANGHAI_2024_CASES, SHANGHAI_2024_REGISTER_TABLES } from './dataset/shanghai-2024-registers.js';
import { orgIdsByName } from './demo.repository.js';

export interface RegistersOfReport {
  /** Names the report in the source-table label: “上海年报2024” gives “上海年报2024 表3”. */
  label: string;
  tables: DemoRegisterTable[];
  cases?: DemoCase[];
  /** The outline chapter the report prints a table in. */
  chapterOf: (table: number) => string;
}

const SECONDARY = '中等职业教育篇';
const HIGHER = '高等职业教育篇';
const PARTS = ['1 人才培养', '2 服务贡献', '3 文化传承', '4 国际合作', '5 产教融合', '6 发展保障'];

/**
 * 上海年报 2024: its two parts of six chapters each, and the chapter each table stands in (表1–9 中职 人才培养, 表10
 * 文化传承, 表11 产教融合, 表12 发展保障; 表13–18 高职 人才培养, 表19–20 产教融合). The deadlines are the demo's.
 */
export const SHANGHAI_2024_CITY_CYCLE = {
  reportYear: 2024,
  title: '上海职业教育质量报告（2024年度）',
  deadlines: { submit: '2025-01-15', review: '2025-01-25', approve: '2025-02-10', publish: '2025-03-31' },
  outline: [...PARTS.map((p) => `${SECONDARY} ${p}`), ...PARTS.map((p) => `${HIGHER} ${p}`)],
};
const SHANGHAI_2024_CHAPTER_OF_TABLE: [number, string][] = [
  [9, `${SECONDARY} 1 人才培养`],
  [10, `${SECONDARY} 3 文化传承`],
  [11, `${SECONDARY} 5 产教融合`],
  [12, `${SECONDARY} 6 发展保障`],
  [18, `${HIGHER} 1 人才培养`],
  [20, `${HIGHER} 5 产教融合`],
];
export const shanghai2024ChapterOf = (table: number) =>
  SHANGHAI_2024_CHAPTER_OF_TABLE.find(([last]) => table <= last)?.[1] ?? SHANGHAI_2024_CITY_CYCLE.outline[0]!;

export const sourceTableOf = (label: string, table: number) => `${label} 表${table}`;

/** The register tables of the report, in the report's numbering. */
export function registerBlocksOf(registers: RegistersOfReport): TRegisterBlock[] {
  return [...registers.tables]
    .sort((a, b) => a.table - b.table)
    .map((t) => ({
      chapter: registers.chapterOf(t.table),
      caption: `表${t.table} ${t.title}`,
      filter: { sourceTable: sourceTableOf(registers.label, t.table) },
    }));
}

/** Loads one report's tables, cases and register blocks into a cycle; what the cycle holds already stays. */
export async function loadRegistersOfReport(deps: AppDeps, cycleId: string, registers: RegistersOfReport) {
  const { db } = deps.database;
  const loaded = await loadRegisterTables(
    db,
    SYSTEM_ACTOR,
    cycleId,
    registers.tables.map((t) => ({
      sourceTable: sourceTableOf(registers.label, t.table),
      kind: t.kind,
      level: t.level,
      year: t.year,
      schoolLevel: t.schoolLevel,
      rows: t.rows,
    })),
  );
  const cases = await loadRegisterCases(
    db,
    SYSTEM_ACTOR,
    cycleId,
    (registers.cases ?? []).map((c) => ({ title: c.title, chapter: c.chapter, schools: c.schools, text: c.summary })),
  );
  const blocks = await setRegisterBlocksOnce(db, SYSTEM_ACTOR, cycleId, registerBlocksOf(registers));
  return { tables: loaded, cases, blocks };
}

/** 上海市教委's 2024 city cycle: small, with the 普陀 district report as its one participant. */
async function ensureShanghaiCityCycle(deps: AppDeps, commissionId: string, putuoId: string) {
  const { db } = deps.database;
  const existing = await cycleIdOfYear(db, commissionId, SHANGHAI_2024_CITY_CYCLE.reportYear);
  if (existing) return existing;
  const cycle = await createCycle(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId: commissionId,
      ...SHANGHAI_2024_CITY_CYCLE,
      levels: ['district'],
      reportingUnits: [{ orgId: putuoId, level: 'district' }],
    },
    { isGenerated: true },
  );
  return cycle.id;
}

export async function ensureRegistersDemo(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const orgIds = await orgIdsByName(db, [SHANGHAI_EDUCATION_COMMISSION, PUTUO_EDUCATION_BUREAU]);
  const commissionId = orgIds.get(SHANGHAI_EDUCATION_COMMISSION);
  const putuoId = orgIds.get(PUTUO_EDUCATION_BUREAU);
  if (!commissionId || !putuoId) return;
  const cityCycleId = await ensureShanghaiCityCycle(deps, commissionId, putuoId);
  await loadRegistersOfReport(deps, cityCycleId, {
    label: '上海年报2024',
    tables: SHANGHAI_2024_REGISTER_TABLES,
    cases: SHANGHAI_2024_CASES,
    chapterOf: shanghai2024ChapterOf,
  });
  // 普陀区年报 prints 表4 in 3.3 梯队培养, chapter 3 of its outline.
  const putuoCycleId = await cycleIdOfYear(db, putuoId, PUTUO_2022_CYCLE.reportYear);
  if (putuoCycleId) {
    await loadRegistersOfReport(deps, putuoCycleId, {
      label: '普陀年报2022',
      tables: PUTUO_2022_REGISTER_TABLES,
      chapterOf: () => PUTUO_2022_CYCLE.outline.find((h) => h.includes('教学改革')) ?? PUTUO_2022_CYCLE.outline[0]!,
    });
  }
}
