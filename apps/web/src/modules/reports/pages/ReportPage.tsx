/**
 * A unit's quality report: the collector fills in and submits; the reviewer passes it or returns fields with
 * comments; the principal approves it with the 责任声明; the authority may send it back.
 */
import {
  REPORT_LABELS,
  REPORT_LEVELS,
  REPORT_STATUSES,
  REVIEW_ACTIONS,
  type TReportData,
  type TReportDetail,
} from '@chanjiao/contracts/reports/index';
import type { Bilingual } from '@chanjiao/contracts/i18n';
import { Alert, App, Button, Card, Col, Form, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { ApproveModal } from '../components/ApproveModal';
import { PublicationCard } from '../components/PublicationCard';
import { RatesCard } from '../components/RatesCard';
import { ReturnModal } from '../components/ReturnModal';
import { SectionCard } from '../components/SectionCard';
import { useReport, useReportActions, useReportSuggestions } from '../hooks/reports-api';
import { fieldCommentList, problemsByField, SECTION_NAMES } from '../report-fields';
import { REPORT_MESSAGES } from '../reports-messages';
import { STATUS_COLORS } from '../status-colors';

type Returner = 'reviewerReturn' | 'principalReturn' | 'authorityReturn';

function ReportView({ report }: { report: TReportDetail }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ data: TReportData }>();
  const actions = useReportActions(report.id);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState<Returner | null>(null);
  const [approving, setApproving] = useState(false);
  const { abilities } = report;
  const suggestions = useReportSuggestions(report.id, abilities.edit);
  const mayComment = abilities.review || abilities.approve || abilities.authorityReturn;
  const problems = useMemo(() => problemsByField(report.problems), [report.problems]);
  const returned = useMemo(() => new Map(report.fieldComments.map((c) => [c.path, c.comment])), [report.fieldComments]);
  const labelOf = (path: string) => bilingual(REPORT_LABELS[path.split('.').pop()!] as Bilingual);
  const onComment = (path: string, comment: string | null) =>
    setComments((current) => {
      const next = { ...current };
      if (comment === null) delete next[path];
      else next[path] = comment;
      return next;
    });

  const save = (then?: () => void) =>
    actions.save.mutate(
      { data: form.getFieldsValue(true).data as TReportData, version: report.version },
      { onSuccess: () => (then ? then() : void message.success(t('report.saved'))), onError: (error) => reportError(error, { form }) },
    );
  const submit = () =>
    save(() =>
      actions.submit.mutate(report.version + 1, {
        onSuccess: () => void message.success(t('report.submitted')),
        onError: (error) => reportError(error, { form }),
      }),
    );
  const pass = () =>
    actions.pass.mutate(
      { version: report.version },
      { onSuccess: () => void message.success(t('report.passed')), onError: (error) => reportError(error) },
    );

  return (
    <>
      {report.returnComment || report.fieldComments.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('report.returned')}
          description={
            <>
              {report.returnComment && <div>{report.returnComment}</div>}
              {report.fieldComments.map((c) => (
                <div key={c.path}>
                  {labelOf(c.path)}：{c.comment}
                </div>
              ))}
            </>
          }
        />
      ) : null}
      {abilities.edit && report.problems.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('report.problems', { count: report.problems.length })}
          description={report.problems.slice(0, 5).map((p, i) => (
            <div key={i}>{bilingual(p.message)}</div>
          ))}
        />
      )}
      {report.statement && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('report.statement', { name: report.statement.signatoryName, at: report.statement.signedAt.slice(0, 10) })}
          description={report.statement.text}
        />
      )}
      {report.status === 'approved' && <PublicationCard subject={{ reportId: report.id }} />}
      <Form key={report.version} form={form} layout="vertical" initialValues={{ data: report.data }}>
        {SECTION_NAMES.map((section) => (
          <SectionCard
            key={section}
            section={section}
            data={report.data}
            previous={report.previous}
            editable={abilities.edit}
            problems={problems}
            returned={returned}
            comments={mayComment ? comments : undefined}
            onComment={mayComment ? onComment : undefined}
            suggestions={suggestions.data}
          />
        ))}
        <RatesCard rates={report.rates} editable={abilities.edit} />
      </Form>
      <Card size="small" title={t('report.history')} style={{ marginBottom: 72 }}>
        {report.history.length === 0 ? (
          <Typography.Text type="secondary">{t('report.history.empty')}</Typography.Text>
        ) : (
          <Timeline
            items={report.history.map((h) => ({
              children: (
                <>
                  <Typography.Text strong>{bilingual(REVIEW_ACTIONS[h.action])}</Typography.Text> · {h.actorName ?? '—'} ·{' '}
                  {h.at.slice(0, 16).replace('T', ' ')}
                  {h.comment && <div>{h.comment}</div>}
                  {h.fieldComments.map((c) => (
                    <div key={c.path} style={{ color: '#888' }}>
                      {labelOf(c.path)}：{c.comment}
                    </div>
                  ))}
                </>
              ),
            }))}
          />
        )}
      </Card>
      <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '12px 0', borderTop: '1px solid #f0f0f0', zIndex: 2 }}>
        <Space wrap>
          {abilities.edit && report.previous && (
            <Button onClick={() => form.setFieldsValue({ data: { ...report.previous!, statedRates: {} } })}>
              {t('report.fromPrevious')}
            </Button>
          )}
          {abilities.edit && (
            <Button onClick={() => save()} loading={actions.save.isPending}>
              {t('report.save')}
            </Button>
          )}
          {abilities.submit && (
            <Button type="primary" onClick={submit} loading={actions.submit.isPending}>
              {t('report.submit')}
            </Button>
          )}
          {abilities.review && (
            <>
              <Button type="primary" onClick={pass} loading={actions.pass.isPending}>
                {t('report.pass')}
              </Button>
              <Button danger onClick={() => setReturning('reviewerReturn')}>
                {t('report.return')}
              </Button>
            </>
          )}
          {abilities.approve && (
            <>
              <Button type="primary" onClick={() => setApproving(true)}>
                {t('report.approve')}
              </Button>
              <Button danger onClick={() => setReturning('principalReturn')}>
                {t('report.return')}
              </Button>
            </>
          )}
          {abilities.authorityReturn && (
            <Button danger onClick={() => setReturning('authorityReturn')}>
              {t('report.authorityReturn')}
            </Button>
          )}
          {mayComment && fieldCommentList(comments).length > 0 && (
            <Typography.Text type="secondary">{t('report.comment.pending', { count: fieldCommentList(comments).length })}</Typography.Text>
          )}
          {!abilities.edit && !mayComment && <Typography.Text type="secondary">{t('report.locked')}</Typography.Text>}
        </Space>
      </div>
      {returning && (
        <ReturnModal
          version={report.version}
          fieldComments={fieldCommentList(comments).map((c) => ({ ...c, label: labelOf(c.path) }))}
          pending={actions[returning].isPending}
          onClose={() => setReturning(null)}
          onSend={(input, onError) =>
            actions[returning].mutate(input, {
              onSuccess: () => {
                void message.success(t('report.returnDone'));
                setReturning(null);
                setComments({});
              },
              onError,
            })
          }
        />
      )}
      {approving && (
        <ApproveModal
          version={report.version}
          statement={report.statementTemplate}
          pending={actions.approve.isPending}
          onClose={() => setApproving(false)}
          onSend={(input, onError) =>
            actions.approve.mutate(input, {
              onSuccess: () => {
                void message.success(t('report.approved'));
                setApproving(false);
              },
              onError,
            })
          }
        />
      )}
    </>
  );
}

export default function ReportPage() {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { id } = useParams();
  const report = useReport(id);
  const r = report.data;
  return (
    <>
      <PageHeader
        title={
          r ? (
            <>
              {r.org.name} <Tag color={STATUS_COLORS[r.status]}>{bilingual(REPORT_STATUSES[r.status])}</Tag>
            </>
          ) : (
            '…'
          )
        }
        subtitle={r && `${r.cycle.title} · ${bilingual(REPORT_LEVELS[r.level])} · ${t('report.deadline', r.cycle.deadlines)}`}
        actions={
          id && (
            <Link to={`/reports/${id}/generated`}>
              <Button>{t('generated.open')}</Button>
            </Link>
          )
        }
      />
      {report.isError && <QueryError error={report.error} onRetry={report.refetch} />}
      {r && (
        <Row>
          <Col span={24}>
            <ReportView report={r} />
          </Col>
        </Row>
      )}
    </>
  );
}
