/**
 * The ranking (S4) by the call's published rule. The server refuses to rank while an application has fewer
 * valid reviews than K and names them; that refusal is shown in place. The authority marks the 培育名单 and
 * those recommended to the province, publishes, and downloads the ranking, score sheets and published list.
 */
import { FileExcelOutlined, FilePdfOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { TResultRow, TResults } from '@chanjiao/contracts/selection/index';
import { Alert, App, Button, Card, Checkbox, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { downloadFile, isApiError } from '../../../app/api';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useResults, useSetDecisions } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';
import { ResultsPublishModal } from './ResultsPublishModal';

type Decision = { shortlisted: boolean; recommended: boolean };

const oneLine = { onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

function decisionsOf(results: TResults): Record<string, Decision> {
  return Object.fromEntries(results.rows.map((row) => [row.applicationId, { shortlisted: row.shortlisted, recommended: row.recommended }]));
}

function Exports({ results }: { results: TResults }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const base = `/api/selection/calls/${results.call.id}/results`;
  return (
    <Space>
      <Button
        icon={<FileExcelOutlined />}
        onClick={() => void downloadFile(`${base}/ranking.xlsx`, undefined, `${results.call.title}评审排名.xlsx`).catch(report)}
      >
        {t('export.ranking')}
      </Button>
      {results.publishedAt && (
        <Button
          icon={<FilePdfOutlined />}
          onClick={() => void downloadFile(`${base}/published.pdf`, undefined, `${results.call.title}结果公示.pdf`).catch(report)}
        >
          {t('export.published')}
        </Button>
      )}
    </Space>
  );
}

function Ranking({ results }: { results: TResults }) {
  const t = useT(REVIEW_MESSAGES);
  const locale = useLocale();
  const report = useReportError();
  const { message } = App.useApp();
  const save = useSetDecisions(results.call.id);
  const [publishing, setPublishing] = useState(false);
  const [decisions, setDecisions] = useState(() => decisionsOf(results));
  const [loadedVersion, setLoadedVersion] = useState(results.version);
  // Reset the marks when the server's decisions move (saved here, or elsewhere and reloaded).
  if (loadedVersion !== results.version) {
    setLoadedVersion(results.version);
    setDecisions(decisionsOf(results));
  }
  const published = results.publishedAt !== null;
  const mark = (id: string, change: Partial<Decision>) => setDecisions((current) => ({ ...current, [id]: { ...current[id]!, ...change } }));
  const saveDecisions = () =>
    save.mutate(
      { version: results.version, decisions: Object.entries(decisions).map(([applicationId, d]) => ({ applicationId, ...d })) },
      { onSuccess: () => void message.success(t('results.saved')), onError: (error) => report(error) },
    );
  const names = new Map(results.rows.map((row) => [row.applicationId, row.consortiumName]));
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('results.rule', {
          method: results.methodName,
          k: results.reviewsPerApplication,
          tieBreak: results.tieBreakIndicators.map((code) => t('settings.indicator', { code })).join('、') || '—',
        })}
      </Typography.Paragraph>
      {published && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('results.publishedAt', { at: formatDateTime(results.publishedAt, locale) })}
          description={
            results.notice &&
            t('notice.summary', {
              number: results.notice.documentNumber,
              from: results.notice.publicityFrom,
              to: results.notice.publicityTo,
              contact: results.notice.objectionContact,
              signatory: results.notice.signatory,
              issuedOn: results.notice.issuedOn,
            })
          }
        />
      )}
      {results.unresolvedTies.map((group) => (
        <Alert
          key={group.join()}
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('results.tie', { names: group.map((id) => names.get(id) ?? id).join('、') })}
        />
      ))}
      <Table<TResultRow>
        rowKey="applicationId"
        dataSource={results.rows}
        pagination={false}
        // Short headings over figures stay on one line; the consortium's long name takes what is left.
        columns={[
          { title: t('results.rank'), ...oneLine, render: (_, row) => (row.tied ? t('results.rankTied', { rank: row.rank }) : row.rank) },
          { title: t('column.application'), render: (_, row) => `${row.consortiumName}（${row.parkName}）` },
          { title: t('column.applicant'), dataIndex: 'applicantName' },
          { title: t('results.aggregate'), ...oneLine, dataIndex: 'aggregate' },
          { title: t('results.deduction'), ...oneLine, dataIndex: 'deduction' },
          { title: t('results.total'), ...oneLine, render: (_, row) => <Tooltip title={row.explanation}>{row.total}</Tooltip> },
          {
            title: (
              <Tooltip title={t('results.reviews.help')}>
                <span>
                  {t('results.reviews')} <QuestionCircleOutlined />
                </span>
              </Tooltip>
            ),
            ...oneLine,
            render: (_, row) => t('results.reviewsValue', { valid: row.validCount, excluded: row.excludedCount }),
          },
          ...(results.rows.some((row) => row.note)
            ? [{ title: t('results.note'), render: (_: unknown, row: TResultRow) => row.note ?? '' }]
            : []),
          {
            title: t('results.shortlisted'),
            ...oneLine,
            render: (_, row) => (
              <Checkbox
                disabled={published}
                checked={decisions[row.applicationId]?.shortlisted}
                onChange={(e) =>
                  mark(row.applicationId, e.target.checked ? { shortlisted: true } : { shortlisted: false, recommended: false })
                }
              />
            ),
          },
          {
            title: t('results.recommended'),
            ...oneLine,
            render: (_, row) => (
              <Checkbox
                disabled={published || !decisions[row.applicationId]?.shortlisted}
                checked={decisions[row.applicationId]?.recommended}
                onChange={(e) => mark(row.applicationId, { recommended: e.target.checked })}
              />
            ),
          },
        ]}
      />
      {!published && (
        <Space style={{ marginTop: 12 }}>
          <Button loading={save.isPending} onClick={saveDecisions}>
            {t('results.saveDecisions')}
          </Button>
          <Button type="primary" onClick={() => setPublishing(true)}>
            {t('results.publish')}
          </Button>
        </Space>
      )}
      {publishing && (
        <ResultsPublishModal
          callId={results.call.id}
          version={results.version}
          authorityName={results.call.authorityName}
          onClose={() => setPublishing(false)}
        />
      )}
    </>
  );
}

export function ResultsRankingCard({ callId }: { callId: string }) {
  const t = useT(REVIEW_MESSAGES);
  const results = useResults(callId, true);
  const refusal = isApiError(results.error) && results.error.status < 500 ? results.error : null;
  return (
    <Card title={t('results.title')} extra={results.data && <Exports results={results.data} />}>
      {results.isPending && <Skeleton active />}
      {refusal && (
        <Alert
          type="warning"
          showIcon
          message={refusal.message}
          action={<Button onClick={() => void results.refetch()}>{t('action.refresh')}</Button>}
        />
      )}
      {results.isError && !refusal && <QueryError error={results.error} onRetry={() => results.refetch()} />}
      {results.data && <Ranking results={results.data} />}
    </Card>
  );
}
