/** The figures of a report read from the body's current demand, supply, shortage catalogue and earlier reports. */
import type { TTalentReportFigures } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { SHARING_RULE } from '../gaps/gaps.rules.js';
import { bodyGapCells } from '../gaps/gaps.service.js';
import { majorsByCode } from '../majors/majors.js';
import { listCatalogues, listEntries } from '../shortage/shortage.repository.js';
import { describeShortageRule } from '../shortage/shortage.rules.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { publishedQuarterlies } from './reports.repository.js';
import { numberLabel, type ReportPeriod, reportFigures, trendPoints, windowYears } from './reports.rules.js';

/** The body's latest published shortage catalogue, as its entries stand (removed ones left out). */
async function publishedShortage(db: Executor, bodyId: string): Promise<TTalentReportFigures['shortage']> {
  const catalogue = (await listCatalogues(db, bodyId))
    .map((row) => row.catalogue)
    .filter((c) => c.status === 'published' && c.publishedAt)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())[0];
  if (!catalogue) return null;
  const entries = (await listEntries(db, catalogue.id)).filter((e) => !e.removedAt);
  return {
    title: catalogue.title,
    publishedOn: shanghaiDate(catalogue.publishedAt!),
    rule: describeShortageRule(catalogue.thresholds)['zh-CN'],
    entries: entries.map((e) => ({
      code: e.majorCode,
      name: e.majorName,
      level: e.level,
      demand: e.demand,
      supply: e.supply,
      gap: e.gap,
      enterprises: e.enterprises,
    })),
  };
}

export async function currentFigures(db: Executor, bodyId: string, period: ReportPeriod, asOf: string): Promise<TTalentReportFigures> {
  const years = windowYears(period);
  const [{ cells }, shortage, earlier] = await Promise.all([
    bodyGapCells(db, bodyId, years[0]!),
    publishedShortage(db, bodyId),
    publishedQuarterlies(db, bodyId, period.year),
  ]);
  const majors = await majorsByCode(
    db,
    cells.map((cell) => cell.majorCode),
  );
  const figures = reportFigures({ years, asOf, cells, majors, shortage, trend: [], notes: [SHARING_RULE['zh-CN']] });
  const trend = trendPoints(
    period,
    earlier
      .filter((r) => r.figures && r.number)
      .map((r) => ({ quarter: r.quarter!, numberLabel: numberLabel(r.year, r.number!), totals: r.figures!.totals })),
    figures.totals,
  );
  return { ...figures, trend };
}
