/**
 * Assignment (分配) and progress: automatic assignment shows its explanation, or why it is impossible, in
 * place rather than as a passing toast; assignment by hand; per application the valid reviews against K.
 */
import { FileExcelOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { type TManualAssignment, type TReviewBoard, ZManualAssignment } from '@chanjiao/contracts/selection/index';
import { Alert, Button, Card, Form, Popconfirm, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadFile, isApiError } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useZodForm } from '../../../app/zod-form';
import { useT } from '../../../app/i18n';
import { useAssignAutomatically, useAssignByHand, useUnassign } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';
import { ReviewSiteVisitModal } from './ReviewSiteVisitModal';

type BoardApplication = TReviewBoard['applications'][number];
type BoardReview = BoardApplication['reviews'][number];

function AutomaticAssignment({ callId }: { callId: string }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const assign = useAssignAutomatically(callId);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const run = () =>
    assign.mutate(undefined, {
      onSuccess: (result) =>
        setOutcome({ type: 'success', text: t('assign.auto.done', { added: result.added, explanation: result.explanation }) }),
      onError: (error) => (isApiError(error) && error.status === 409 ? setOutcome({ type: 'error', text: error.message }) : report(error)),
    });
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Button type="primary" loading={assign.isPending} onClick={run}>
        {t('assign.auto')}
      </Button>
      {outcome && <Alert type={outcome.type} showIcon message={outcome.text} closable onClose={() => setOutcome(null)} />}
    </Space>
  );
}

function ManualAssignment({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [form] = Form.useForm<TManualAssignment>();
  const assign = useAssignByHand(board.call.id);
  const zod = useZodForm<TManualAssignment>(ZManualAssignment, {
    labels: { expertId: t('panel.expert'), applicationId: t('column.application') },
  });
  const submit = (values: TManualAssignment) =>
    assign.mutate(values, { onSuccess: () => form.resetFields(), onError: (error) => report(error, { form }) });
  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item {...zod.field('expertId')}>
        <Select
          placeholder={t('panel.expert')}
          style={{ width: 180 }}
          options={board.panel.map((e) => ({ value: e.id, label: e.displayName }))}
        />
      </Form.Item>
      <Form.Item {...zod.field('applicationId')}>
        <Select
          placeholder={t('column.application')}
          style={{ width: 260 }}
          options={board.applications.map((a) => ({ value: a.id, label: a.consortiumName }))}
        />
      </Form.Item>
      <Button htmlType="submit" loading={assign.isPending}>
        {t('assign.manual')}
      </Button>
    </Form>
  );
}

function ReviewTag({ review }: { review: BoardReview }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const unassign = useUnassign();
  const label = `${review.expertName} · ${t(`status.${review.status}`)}${review.total === null ? '' : ` ${review.total}`}`;
  const color = review.conflicted ? 'red' : review.status === 'submitted' ? 'green' : 'default';
  return (
    <Space size={2}>
      <Tag color={color}>
        {label}
        {review.conflicted && ` · ${t('progress.conflicted')}`}
      </Tag>
      {review.status === 'assigned' && (
        <Popconfirm
          title={t('assign.unassign.confirm')}
          onConfirm={() => unassign.mutate(review.id, { onError: (error) => report(error) })}
        >
          <Button size="small" type="link" danger>
            {t('assign.unassign')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

export function ReviewAssignmentCard({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [visiting, setVisiting] = useState<BoardApplication | null>(null);
  const k = board.settings.limits.reviewsPerApplication;
  const sheet = (a: BoardApplication) =>
    downloadFile(
      `/api/selection/calls/${board.call.id}/review/applications/${a.id}/score-sheet.xlsx`,
      undefined,
      `${a.consortiumName}评分表.xlsx`,
    ).catch(report);
  return (
    <Card title={t('assign.title')}>
      {!board.published && (
        <>
          <AutomaticAssignment callId={board.call.id} />
          <ManualAssignment board={board} />
        </>
      )}
      <Table<BoardApplication>
        rowKey="id"
        dataSource={board.applications}
        pagination={false}
        columns={[
          { title: t('column.application'), render: (_, a) => `${a.consortiumName}（${a.parkName}）` },
          { title: t('column.applicant'), dataIndex: 'applicantName' },
          {
            title: (
              <Tooltip title={t('progress.reviews.help')}>
                <span>
                  {t('progress.reviews')} <QuestionCircleOutlined />
                </span>
              </Tooltip>
            ),
            render: (_, a) => (
              <Space direction="vertical" size={2}>
                {a.reviews.length === 0 ? t('progress.none') : a.reviews.map((review) => <ReviewTag key={review.id} review={review} />)}
              </Space>
            ),
          },
          {
            // "有效评分 / K" and a bare "1 / 2" mean nothing to a first-time reader: both say what they count.
            title: (
              <Tooltip title={t('progress.valid.help', { k })}>
                <span style={{ whiteSpace: 'nowrap' }}>
                  {t('progress.valid')} <QuestionCircleOutlined />
                </span>
              </Tooltip>
            ),
            render: (_, a) => (
              <Tooltip title={t('progress.validValue.help', { valid: a.validCount, k })}>
                <Tag color={a.validCount >= k ? 'green' : 'orange'}>{t('progress.validValue', { valid: a.validCount, k })}</Tag>
              </Tooltip>
            ),
          },
          {
            title: t('column.actions'),
            render: (_, a) => (
              <Space wrap>
                <Button size="small" icon={<FileExcelOutlined />} onClick={() => void sheet(a)}>
                  {t('export.scoreSheet')}
                </Button>
                <Button size="small" onClick={() => setVisiting(a)}>
                  {t('siteVisit.record')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {visiting && <ReviewSiteVisitModal application={visiting} onClose={() => setVisiting(null)} />}
    </Card>
  );
}
