/**
 * The register tables of the cycle's report (上海年报 表1–20 are such tables): which entries each lists, under which
 * chapter, in which order. Every change saves the whole list from the revision it was read at, so an editor who
 * saved in between is never overwritten.
 */
import { ArrowDownOutlined, ArrowUpOutlined, WarningOutlined } from '@ant-design/icons';
import type { TRegisterBlock } from '@chanjiao/contracts/reports/index';
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useRegisterBlocks, useRegisterEntries, useSaveRegisterBlocks } from '../hooks/registers-api';
import { filterConditions } from '../register-options';
import { REGISTER_MESSAGES } from '../registers-messages';
import { RegisterBlockModal } from './RegisterBlockModal';

type Editing = { index: number } | 'new' | null;

export function RegisterBlocksPanel({ cycleId, outline }: { cycleId: string; outline: string[] }) {
  const t = useT(REGISTER_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [editing, setEditing] = useState<Editing>(null);
  const blocks = useRegisterBlocks(cycleId);
  const sourceTables = useRegisterEntries(cycleId, {}).data?.sourceTables ?? [];
  const save = useSaveRegisterBlocks(cycleId);
  const data = blocks.data;
  const list: TRegisterBlock[] = (data?.blocks ?? []).map(({ chapter, caption, filter }) => ({ chapter, caption, filter }));

  const saveList = (next: TRegisterBlock[], after?: () => void) => {
    if (!data) return;
    save.mutate(
      { blocks: next, revision: data.revision },
      {
        onSuccess: () => {
          void message.success(t('blocks.saved'));
          after?.();
        },
        onError: (error) => reportError(error),
      },
    );
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...list];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    saveList(next);
  };
  const words = { source: t('filter.source'), keyword: t('blocks.keyword') };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('blocks.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {data?.mayManage && (
          <Button type="primary" onClick={() => setEditing('new')} disabled={save.isPending}>
            {t('blocks.add')}
          </Button>
        )}
        <Link to={`/reports/cycles/${cycleId}/generated`}>{t('blocks.generated')}</Link>
      </Space>
      {blocks.isError && <QueryError error={blocks.error} onRetry={blocks.refetch} />}
      <Table
        rowKey={(_, index) => String(index)}
        size="small"
        loading={blocks.isPending || save.isPending}
        dataSource={data?.blocks ?? []}
        locale={{ emptyText: t('blocks.empty') }}
        scroll={{ x: 880 }}
        pagination={false}
        columns={[
          { key: 'index', title: '序号', width: 56, render: (_, __, index) => index + 1 },
          { key: 'caption', title: t('blocks.caption'), width: 280, render: (_, b) => b.caption },
          {
            key: 'chapter',
            title: t('blocks.chapter'),
            width: 150,
            render: (_, b) =>
              outline.includes(b.chapter) ? (
                b.chapter
              ) : (
                <Tooltip title={t('blocks.chapter.missing')}>
                  <Typography.Text type="warning">
                    {b.chapter} <WarningOutlined />
                  </Typography.Text>
                </Tooltip>
              ),
          },
          {
            key: 'filter',
            title: t('blocks.filter'),
            width: 260,
            render: (_, b) => {
              const conditions = filterConditions(b.filter, bilingual, words);
              return conditions.length > 0 ? conditions.map((c) => <Tag key={c}>{c}</Tag>) : <Tag>{t('blocks.filter.all')}</Tag>;
            },
          },
          {
            key: 'rows',
            title: t('blocks.rows'),
            width: 70,
            align: 'right',
            render: (_, b) =>
              b.entryCount > 0 ? (
                b.entryCount
              ) : (
                <Tooltip title={t('blocks.rows.none')}>
                  <Typography.Text type="warning">0</Typography.Text>
                </Tooltip>
              ),
          },
          ...(data?.mayManage
            ? [
                {
                  key: 'actions',
                  width: 210,
                  render: (_: unknown, __: unknown, index: number) => (
                    <Space size={0} wrap>
                      <Tooltip title={t('blocks.up')}>
                        <Button
                          size="small"
                          type="text"
                          aria-label={t('blocks.up')}
                          icon={<ArrowUpOutlined />}
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                        />
                      </Tooltip>
                      <Tooltip title={t('blocks.down')}>
                        <Button
                          size="small"
                          type="text"
                          aria-label={t('blocks.down')}
                          icon={<ArrowDownOutlined />}
                          disabled={index === list.length - 1}
                          onClick={() => move(index, 1)}
                        />
                      </Tooltip>
                      <Button size="small" type="link" onClick={() => setEditing({ index })}>
                        {t('edit')}
                      </Button>
                      <Popconfirm title={t('blocks.delete.confirm')} onConfirm={() => saveList(list.filter((_, i) => i !== index))}>
                        <Button size="small" type="link" danger>
                          {t('delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== null && (
        <RegisterBlockModal
          cycleId={cycleId}
          outline={outline}
          sourceTables={sourceTables}
          block={editing === 'new' ? undefined : list[editing.index]}
          pending={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(block) =>
            saveList(editing === 'new' ? [...list, block] : list.map((b, i) => (i === editing.index ? block : b)), () => setEditing(null))
          }
        />
      )}
    </>
  );
}
