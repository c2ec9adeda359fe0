/**
 * The largest gaps of the table as bars (ECharts, the modular build so only the bar chart is bundled): demand and
 * supply side by side, the gap as a third bar, red for a shortage and green for a surplus.
 */
import type { TGapRow } from '@chanjiao/contracts/talent/index';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  rows: TGapRow[];
  labels: { demand: string; supply: string; gap: string };
}

export function GapChart({ rows, labels }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const names = rows.map((row) => row.name);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [labels.demand, labels.supply, labels.gap] },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        { name: labels.demand, type: 'bar', data: rows.map((row) => row.totalDemand), itemStyle: { color: '#5470c6' } },
        { name: labels.supply, type: 'bar', data: rows.map((row) => row.totalSupply), itemStyle: { color: '#91cc75' } },
        {
          name: labels.gap,
          type: 'bar',
          // The legend shows the series colour: a shortage's red, the sign most rows of a gap table are read for.
          itemStyle: { color: '#ee6666' },
          data: rows.map((row) => ({ value: row.totalGap, itemStyle: { color: row.totalGap > 0 ? '#ee6666' : '#3ba272' } })),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, labels]);
  return <div ref={element} role="img" aria-label={labels.gap} style={{ width: '100%', height: Math.max(240, rows.length * 44 + 60) }} />;
}
