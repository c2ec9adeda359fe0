/** A report's evaluation in detail: the result of each item with its counts, the experts' findings and the send-backs. */
import { COMPLIANCE_VERDICTS, EVALUATION_STATUSES, type TComplianceReportRow } from '@chanjiao/contracts/reports/index';
import { Col, List, Row, Tag, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { VERDICT_COLORS } from '../compliance-colors';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';

export function ComplianceDetails({ report }: { report: TComplianceReportRow }) {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  // On a phone the expanded row keeps to the screen's width instead of widening the table.
  const compact = useCompactScreen();
  return (
    <Row gutter={[16, 8]} style={compact ? { maxWidth: 'calc(100vw - 72px)' } : undefined}>
      {report.evaluations.length > 0 && (
        <Col span={24}>
          <Typography.Text strong>{t('details.experts')}</Typography.Text>
          {report.evaluations.map((e) => (
            <Typography.Text key={e.id} style={{ marginLeft: 8 }}>
              {e.expert.name}（{bilingual(EVALUATION_STATUSES[e.status])}
              {e.conflictReason ? `：${e.conflictReason}` : ''}）
            </Typography.Text>
          ))}
        </Col>
      )}
      <Col xs={24} lg={10}>
        <Typography.Text strong>{t('details.items')}</Typography.Text>
        <List
          size="small"
          dataSource={report.items}
          renderItem={(item) => (
            <List.Item style={{ flexWrap: 'wrap', gap: 4 }}>
              <span>{bilingual(item.title)}</span>
              <span>
                {item.verdict ? <Tag color={VERDICT_COLORS[item.verdict]}>{bilingual(COMPLIANCE_VERDICTS[item.verdict])}</Tag> : '—'}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('details.counts', item.counts)}
                </Typography.Text>
              </span>
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} lg={14}>
        <Typography.Text strong>{t('details.findings')}</Typography.Text>
        {report.findings.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('details.noFindings')}</Typography.Paragraph>
        ) : (
          <ol style={{ paddingLeft: 20 }}>
            {report.findings.map((f, i) => (
              <li key={i}>
                <Typography.Text strong>{bilingual(f.title)}</Typography.Text>（{f.expertName}，{f.verdict}）：{f.text}
              </li>
            ))}
          </ol>
        )}
        {report.sentBack.length > 0 && (
          <>
            <Typography.Text strong>{t('details.sentBack')}</Typography.Text>
            {report.sentBack.map((s) => (
              <Typography.Paragraph key={s.at} style={{ whiteSpace: 'pre-wrap', fontSize: 12 }} type="secondary">
                {s.at.slice(0, 10)} {s.actorName}
                {'\n'}
                {s.reason}
              </Typography.Paragraph>
            ))}
          </>
        )}
      </Col>
    </Row>
  );
}
