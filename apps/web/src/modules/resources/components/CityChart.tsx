/**
 * The city view of the resource database as bars per city (ECharts, modular build, no map tiles): majors, training
 * bases and enterprise partners of the entries found.
 */
import type { TCityCount } from '@chanjiao/contracts/resources/index';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  cities: TCityCount[];
  labels: { title: string; majors: string; bases: string; partners: string; courses: string };
}

export function CityChart({ cities, labels }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const series = (name: string, pick: (city: TCityCount) => number) => ({
      name,
      type: 'bar' as const,
      stack: 'all',
      data: cities.map(pick),
    });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: cities.map((city) => city.cityName), inverse: true },
      series: [
        series(labels.majors, (c) => c.majors),
        series(labels.bases, (c) => c.bases),
        series(labels.partners, (c) => c.partners),
        series(labels.courses, (c) => c.courses),
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [cities, labels]);
  return (
    <div ref={element} role="img" aria-label={labels.title} style={{ width: '100%', height: Math.max(200, cities.length * 36 + 60) }} />
  );
}
