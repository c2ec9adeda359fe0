/**
 * The report's figures as charts (ECharts): demand by industry and by major class, the largest gaps either way, and
 * demand, supply and gap over the year's quarters — the same numbers as the tables below them.
 */
import type { TTalentReportFigures } from '@chanjiao/contracts/talent/index';
import { Card, Col, Row } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { useEChart } from '../hooks/use-echart';
import { REPORT_MESSAGES } from '../report-messages';

const TOP = 12;
const COLORS = { demand: '#5470c6', supply: '#91cc75', shortage: '#ee6666', surplus: '#3ba272' };

function Chart({ option, label, height }: { option: EChartsCoreOption; label: string; height: number }) {
  const element = useEChart(option);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

const barHeight = (rows: number) => Math.max(220, rows * 30 + 60);

function bars(names: string[], series: object[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, bottom: 8, top: 32, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
    series,
  };
}

export function ReportCharts({ figures }: { figures: TTalentReportFigures }) {
  const t = useT(REPORT_MESSAGES);
  const charts = useMemo(() => {
    const classes = figures.byClass.slice(0, TOP);
    const gaps = [...figures.gaps].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)).slice(0, TOP);
    const known = figures.trend.filter((point) => point.source !== 'none');
    return {
      industry: {
        rows: figures.byIndustry.length,
        option: bars(
          figures.byIndustry.map((row) => row.name),
          [{ name: t('col.demand'), type: 'bar', data: figures.byIndustry.map((row) => row.total), itemStyle: { color: COLORS.demand } }],
        ),
      },
      classes: {
        rows: classes.length,
        option: bars(
          classes.map((row) => `${row.name}（${row.level ?? ''}）`),
          [{ name: t('col.demand'), type: 'bar', data: classes.map((row) => row.total), itemStyle: { color: COLORS.demand } }],
        ),
      },
      gaps: {
        rows: gaps.length,
        option: bars(
          gaps.map((row) => row.name),
          [
            { name: t('col.demand'), type: 'bar', data: gaps.map((row) => row.demand), itemStyle: { color: COLORS.demand } },
            { name: t('col.supply'), type: 'bar', data: gaps.map((row) => row.supply), itemStyle: { color: COLORS.supply } },
            {
              name: t('col.gap'),
              type: 'bar',
              data: gaps.map((row) => ({ value: row.gap, itemStyle: { color: row.gap > 0 ? COLORS.shortage : COLORS.surplus } })),
            },
          ],
        ),
      },
      trend: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, bottom: 8, top: 32, containLabel: true },
        xAxis: { type: 'category', data: known.map((point) => t('quarter.option', { quarter: point.quarter })) },
        yAxis: { type: 'value' },
        series: [
          { name: t('col.demand'), type: 'line', data: known.map((p) => p.demand), itemStyle: { color: COLORS.demand } },
          { name: t('col.supply'), type: 'line', data: known.map((p) => p.supply), itemStyle: { color: COLORS.supply } },
          { name: t('col.gap'), type: 'bar', data: known.map((p) => p.gap), itemStyle: { color: COLORS.shortage } },
        ],
      },
    };
  }, [figures, t]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('chart.industry')}>
          <Chart option={charts.industry.option} label={t('chart.industry')} height={barHeight(charts.industry.rows)} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('chart.classes', { count: charts.classes.rows })}>
          <Chart
            option={charts.classes.option}
            label={t('chart.classes', { count: charts.classes.rows })}
            height={barHeight(charts.classes.rows)}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('chart.gaps', { count: charts.gaps.rows })}>
          <Chart
            option={charts.gaps.option}
            label={t('chart.gaps', { count: charts.gaps.rows })}
            height={barHeight(charts.gaps.rows * 2)}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('chart.trend')}>
          <Chart option={charts.trend} label={t('chart.trend')} height={260} />
        </Card>
      </Col>
    </Row>
  );
}
