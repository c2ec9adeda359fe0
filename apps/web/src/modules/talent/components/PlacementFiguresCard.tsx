/** The three 推荐书 figures per year for the consortium and each enterprise, with the formulas they follow. */
import type { TPlacementFigures, TPlacementSummary } from '@chanjiao/contracts/talent/index';
import { Card, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { PLACEMENT_MESSAGES } from '../placements-messages';

interface Row extends TPlacementFigures {
  key: string;
  unit: string;
  first: boolean;
  span: number;
  total: boolean;
}

function rowsOf(summary: TPlacementSummary, consortiumLabel: string): Row[] {
  const units = [{ name: consortiumLabel, total: true, figures: summary.consortium }].concat(
    summary.enterprises.map((e) => ({ name: e.org.name, total: false, figures: e.figures })),
  );
  return units.flatMap((unit, u) =>
    unit.figures.map((f, i) => ({
      ...f,
      key: `${u}-${f.year}`,
      unit: unit.name,
      first: i === 0,
      span: unit.figures.length,
      total: unit.total,
    })),
  );
}

export function PlacementFiguresCard({ summary }: { summary: TPlacementSummary }) {
  const t = useT(PLACEMENT_MESSAGES);
  return (
    <Card title={t('figures.title')} style={{ marginBottom: 16 }}>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={rowsOf(summary, t('figures.consortium'))}
        columns={[
          {
            key: 'unit',
            title: t('figures.unit'),
            width: 150,
            // Kept in view while a phone scrolls the figures sideways.
            fixed: 'left',
            onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
            render: (_, r) => (r.total ? <strong>{r.unit}</strong> : r.unit),
          },
          { key: 'year', title: t('figures.year'), width: 70, render: (_, r) => r.year },
          { key: 'internship', title: t('figures.internship'), width: 120, render: (_, r) => r.internshipPersonMonths.toFixed(1) },
          { key: 'teacher', title: t('figures.teacher'), width: 120, render: (_, r) => r.teacherPersonMonths.toFixed(1) },
          {
            key: 'ratio',
            title: t('figures.ratio'),
            render: (_, r) =>
              r.apprenticeRatio === null ? (
                <Typography.Text type="secondary">{t('figures.noJobs')}</Typography.Text>
              ) : (
                <>
                  {r.apprenticeRatio.toFixed(1)}
                  <div style={{ color: '#888' }}>{t('figures.ratioDetail', { places: r.apprenticePlaces, headcount: r.jobHeadcount })}</div>
                </>
              ),
          },
        ]}
      />
      <ul style={{ margin: '12px 0 0', paddingLeft: 20, color: '#555' }}>
        <li>{summary.formulas.internship}</li>
        <li>{summary.formulas.teacher}</li>
        <li>{summary.formulas.ratio}</li>
      </ul>
    </Card>
  );
}
