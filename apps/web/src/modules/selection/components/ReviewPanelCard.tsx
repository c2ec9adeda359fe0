/** The call's expert panel (评审专家组): who reviews, where they work or worked, their load; add and remove experts. */
import type { TReviewBoard } from '@chanjiao/contracts/selection/index';
import { Button, Card, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useExperts, useSetPanel } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';
import { ExpertsAffiliationsModal } from './ExpertsAffiliationsModal';

type PanelExpert = TReviewBoard['panel'][number];

export function ReviewPanelCard({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const experts = useExperts();
  const setPanel = useSetPanel(board.call.id);
  const [adding, setAdding] = useState<string[]>([]);
  const [editing, setEditing] = useState<PanelExpert | null>(null);
  const panelIds = board.panel.map((e) => e.id);
  const candidates = (experts.data?.items ?? []).filter((e) => !panelIds.includes(e.id));
  const save = (expertIds: string[], done?: () => void) =>
    setPanel.mutate(expertIds, { onSuccess: done, onError: (error) => report(error) });

  return (
    <Card title={t('panel.title')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          mode="multiple"
          style={{ minWidth: 320 }}
          placeholder={t('panel.pick')}
          value={adding}
          onChange={setAdding}
          loading={experts.isPending}
          optionFilterProp="label"
          options={candidates.map((e) => ({ value: e.id, label: `${e.displayName}（${e.username}）` }))}
        />
        <Button
          type="primary"
          disabled={adding.length === 0}
          loading={setPanel.isPending}
          onClick={() => save([...panelIds, ...adding], () => setAdding([]))}
        >
          {t('panel.add')}
        </Button>
      </Space>
      <Table<PanelExpert>
        rowKey="id"
        dataSource={board.panel}
        pagination={false}
        columns={[
          { title: t('panel.expert'), render: (_, e) => `${e.displayName}（${e.username}）` },
          {
            title: t('panel.affiliations'),
            render: (_, e) =>
              e.affiliations.length === 0
                ? t('panel.noAffiliations')
                : e.affiliations.map((a) => <Tag key={a.id}>{a.uscc ? `${a.name}（${a.uscc}）` : a.name}</Tag>),
          },
          { title: t('panel.load'), render: (_, e) => t('panel.loadValue', { load: e.load, submitted: e.submitted }) },
          {
            title: t('column.actions'),
            render: (_, e) => (
              <Space>
                <Button size="small" onClick={() => setEditing(e)}>
                  {t('panel.editAffiliations')}
                </Button>
                <Popconfirm title={t('panel.remove.confirm')} onConfirm={() => save(panelIds.filter((id) => id !== e.id))}>
                  <Button size="small" danger>
                    {t('action.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <ExpertsAffiliationsModal expert={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
