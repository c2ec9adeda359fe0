/**
 * An expert's score sheet for one application, beside the 推荐书 it scores (hidden from a conflicted expert).
 * Before submitting, the expert sees only their own scores; after, the others' (without names) and the average.
 * Site visits and the history of changes are shown.
 */
import type { TReview } from '@chanjiao/contracts/selection/index';
import { Alert, Button, Card, Col, Descriptions, Input, Modal, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { ReviewApplicationPanel } from '../components/ReviewApplicationPanel';
import { ReviewScoreForm } from '../components/ReviewScoreForm';
import { useDeclareConflict, useMyReview } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

type PanelScore = NonNullable<TReview['panel']>['scores'][number];

function DeclareConflict({ review }: { review: TReview }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const declare = useDeclareConflict(review.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('sheet.declare')}
      </Button>
      <Modal
        open={open}
        title={t('sheet.declare')}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: !reason.trim(), loading: declare.isPending }}
        onOk={() => declare.mutate(reason.trim(), { onSuccess: () => setOpen(false), onError: (error) => report(error) })}
      >
        <Typography.Paragraph>{t('sheet.declare.hint')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('conflicts.reason')}
        />
      </Modal>
    </>
  );
}

function PanelScores({ panel }: { panel: NonNullable<TReview['panel']> }) {
  const t = useT(REVIEW_MESSAGES);
  const codes = [...new Set(panel.scores.flatMap((s) => Object.keys(s.byIndicator)))].sort();
  return (
    <Card title={t('sheet.panel')} style={{ marginTop: 16 }} extra={panel.average && t('sheet.average', { average: panel.average })}>
      <Table<PanelScore>
        rowKey="label"
        size="small"
        dataSource={panel.scores}
        pagination={false}
        columns={[
          { title: t('panel.expert'), render: (_, s) => (s.own ? <Tag color="blue">{t('sheet.own', { label: s.label })}</Tag> : s.label) },
          { title: t('column.status'), render: (_, s) => t(`status.${s.status}`) },
          ...codes.map((code) => ({
            title: t('settings.indicator', { code }),
            render: (_: unknown, s: PanelScore) => s.byIndicator[code] ?? '',
          })),
          { title: t('results.total'), render: (_, s) => s.total ?? '' },
        ]}
      />
    </Card>
  );
}

function Sheet({ id }: { id: string }) {
  const t = useT(REVIEW_MESSAGES);
  const locale = useLocale();
  const review = useMyReview(id);
  if (review.isPending) return <Skeleton active />;
  if (review.isError) return <QueryError error={review.error} onRetry={() => review.refetch()} />;
  const r = review.data;
  return (
    <>
      <PageHeader
        title={r.consortiumName}
        subtitle={`${r.callTitle} · ${r.parkName}`}
        backTo="/selection/reviews"
        actions={
          <Space>
            <Tag color={r.status === 'submitted' ? 'green' : 'orange'}>{t(`status.${r.status}`)}</Tag>
            {r.total !== null && <Tag>{t('sheet.total', { total: r.total })}</Tag>}
            {!r.conflicted && r.status === 'assigned' && <DeclareConflict review={r} />}
          </Space>
        }
      />
      {r.conflicted && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('sheet.conflicted')} />}
      {r.status === 'assigned' && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('sheet.hiddenUntilSubmit')} />}
      {r.siteVisits.length > 0 && (
        <Card title={t('siteVisit.list')} style={{ marginBottom: 16 }}>
          {r.siteVisits.map((visit) => (
            <Descriptions
              key={visit.id}
              size="small"
              column={2}
              style={{ marginBottom: 8 }}
              items={[
                { key: 'date', label: t('siteVisit.date'), children: visit.visitedOn },
                { key: 'members', label: t('siteVisit.members'), children: visit.visitMembers },
                {
                  key: 'findings',
                  label: t('siteVisit.findings'),
                  span: 2,
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.findings}</span>,
                },
              ]}
            />
          ))}
        </Card>
      )}
      <Row gutter={16}>
        {r.application && (
          <Col xs={24} xl={11}>
            {/* The 推荐书 stays in view while the expert scrolls through the points. */}
            <div style={{ position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto', marginBottom: 16 }}>
              <ReviewApplicationPanel reviewId={r.id} application={r.application} />
            </div>
          </Col>
        )}
        <Col xs={24} xl={r.application ? 13 : 24}>
          <ReviewScoreForm key={r.version} review={r} />
        </Col>
      </Row>
      {r.panel && <PanelScores panel={r.panel} />}
      {r.history.length > 0 && (
        <Card title={t('sheet.history')} style={{ marginTop: 16 }}>
          <Table
            rowKey={(change) => `${change.changedAt}:${change.field}`}
            size="small"
            dataSource={r.history}
            pagination={false}
            columns={[
              { title: t('sheet.history.field'), dataIndex: 'field' },
              { title: t('sheet.history.from'), render: (_, c) => c.from ?? '' },
              { title: t('sheet.history.to'), render: (_, c) => c.to ?? '' },
              { title: t('conflicts.reason'), dataIndex: 'reason' },
              { title: t('sheet.history.at'), render: (_, c) => formatDateTime(c.changedAt, locale) },
            ]}
          />
        </Card>
      )}
    </>
  );
}

export default function ReviewSheetPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="selection.review.score">
      <Sheet id={id} />
    </RequirePermission>
  );
}
