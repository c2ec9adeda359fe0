/**
 * The public view of a body's lists (docs/sources.md §9 T1 “public view of published lists per body”): what is published and
 * not expired today, the enterprises on the list, the shortage catalogue published last, and the student information summed — read without signing in,
 * so it carries no history, no usernames and only masked contacts.
 */
import type { TPublicTalentLists } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { requireBody } from '../../bodies/index.js';
import { listEnterprises } from '../enterprises/enterprise-list.service.js';
import { listIssues, listItems } from '../items/items.service.js';
import { listJobs } from '../jobs/jobs.service.js';
import { getCatalogue, listCatalogues } from '../shortage/shortage.service.js';
import { listAggregates } from '../students/students.service.js';
import { type StudentFigure, sumStudentsBy } from '../students/students.rules.js';

/** Nobody's grants: each list then shows only what everyone may see. */
const PUBLIC = [] as const;

/** The shortage catalogue published last (《本期聚焦：市域产教联合体》: 发布紧缺人才目录), or null before the first. */
async function publishedCatalogue(db: Executor, bodyId: string): Promise<TPublicTalentLists['shortage']> {
  const published = (await listCatalogues(db, [...PUBLIC], bodyId)).items
    .filter((c) => c.status === 'published')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  if (!published[0]) return null;
  const catalogue = await getCatalogue(db, [...PUBLIC], bodyId, published[0].id);
  return {
    title: catalogue.title,
    startYear: catalogue.startYear,
    publishedAt: catalogue.publishedAt,
    rule: catalogue.rule,
    entries: catalogue.entries
      .filter((e) => !e.removed)
      .map((e) => ({
        majorCode: e.majorCode,
        majorName: e.majorName,
        level: e.level,
        className: e.className,
        categoryName: e.categoryName,
        demand: e.demand,
        supply: e.supply,
        gap: e.gap,
        enterprises: e.enterprises,
      })),
  };
}

export async function publicLists(db: Executor, bodyId: string, today: string): Promise<TPublicTalentLists> {
  const body = await requireBody(db, bodyId);
  const [enterprises, jobs, items, issues, students, shortage] = await Promise.all([
    listEnterprises(db, [...PUBLIC], bodyId),
    listJobs(db, [...PUBLIC], bodyId, today),
    listItems(db, [...PUBLIC], bodyId, undefined, today),
    listIssues(db, bodyId),
    listAggregates(db, [...PUBLIC], bodyId),
    publishedCatalogue(db, bodyId),
  ]);
  const figures: StudentFigure[] = students.items
    .filter((s) => s.status === 'published')
    .map((s) => ({
      majorCode: s.major.code,
      majorName: s.major.name,
      level: s.major.level,
      graduationYear: s.graduationYear,
      students: s.students,
      seekingPlacement: s.seekingPlacement,
    }));
  const names = new Map(figures.map((f) => [f.majorCode, f.majorName]));
  const named = (sums: ReturnType<typeof sumStudentsBy>, name: (key: string) => string) => sums.map((s) => ({ ...s, name: name(s.key) }));
  return {
    body: { id: body.id, name: body.name },
    shortage,
    enterprises: enterprises.items.map((e) => ({ org: e.org, region: e.region, listedOn: e.listedOn })),
    jobs: jobs.items
      .filter((j) => j.status === 'published')
      .map(({ adjustments: _a, history: _h, version: _v, isGenerated: _g, ...job }) => job),
    items: items.items.filter((i) => i.status === 'published').map(({ history: _h, version: _v, isGenerated: _g, ...item }) => item),
    issues: issues.items,
    students: {
      byMajor: named(
        sumStudentsBy(figures, (f) => f.majorCode),
        (code) => names.get(code) ?? code,
      ),
      byLevel: named(
        sumStudentsBy(figures, (f) => f.level),
        (level) => level,
      ),
      byYear: named(
        sumStudentsBy(figures, (f) => String(f.graduationYear)),
        (year) => `${year}届`,
      ),
    },
  };
}
