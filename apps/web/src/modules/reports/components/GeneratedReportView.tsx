/** A generated report as HTML: its table directory, its chapters, their text and tables with the computed 合计 row. */
import type { TGeneratedReport } from '@chanjiao/contracts/reports/index';
import { Alert, Card, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { REPORT_MESSAGES } from '../reports-messages';
import { StatedDifferencesAlert } from './StatedDifferencesAlert';

export function GeneratedReportView({ report }: { report: TGeneratedReport }) {
  const t = useT(REPORT_MESSAGES);
  // 表目录, as the DOCX and PDF open with it: the captions of the report's tables in reading order.
  const directory = report.chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((block) => (block.kind === 'table' ? [block.caption] : [])),
  );
  return (
    <Card>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {report.title}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} type="secondary">
        {report.subtitle}
      </Typography.Paragraph>
      {report.leftOut.length > 0 && (
        <Alert
          type={report.basis === 'all' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          message={
            report.basis === 'all'
              ? t('generated.preview', { units: report.leftOut.join('、') })
              : t('generated.leftOut', { units: report.leftOut.join('、') })
          }
        />
      )}
      <StatedDifferencesAlert differences={report.differences} gap={16} />
      {directory.length > 1 && (
        <section>
          <Typography.Title level={4}>{t('generated.directory')}</Typography.Title>
          {directory.map((caption) => (
            <Typography.Paragraph key={caption} style={{ marginBottom: 4 }}>
              {caption}
            </Typography.Paragraph>
          ))}
        </section>
      )}
      {report.chapters.map((chapter) => (
        <section key={chapter.heading}>
          <Typography.Title level={4}>{chapter.heading}</Typography.Title>
          {chapter.blocks.length === 0 && <Typography.Paragraph type="secondary">{t('generated.noBlocks')}</Typography.Paragraph>}
          {chapter.blocks.map((block, index) =>
            block.kind === 'text' ? (
              <Typography.Paragraph key={index} style={{ textIndent: '2em' }}>
                {block.text}
              </Typography.Paragraph>
            ) : (
              <div key={index} style={{ marginBottom: 16 }}>
                <Typography.Paragraph strong style={{ textAlign: 'center' }}>
                  {block.caption}
                </Typography.Paragraph>
                <Table
                  size="small"
                  bordered
                  pagination={false}
                  scroll={{ x: 720 }}
                  rowKey={(_, i) => String(i)}
                  dataSource={[...block.rows, ...(block.totals ? [block.totals] : [])].map((cells) => ({ cells }))}
                  columns={block.header.map((title, column) => ({
                    key: title,
                    title,
                    align: column >= block.labelColumns ? ('right' as const) : undefined,
                    render: (_: unknown, row: { cells: string[] }) =>
                      row.cells[0] === '合计' && block.totals ? <strong>{row.cells[column]}</strong> : row.cells[column],
                  }))}
                />
              </div>
            ),
          )}
        </section>
      ))}
    </Card>
  );
}
