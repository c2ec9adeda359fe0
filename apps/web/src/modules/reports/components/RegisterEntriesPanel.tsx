/** The 项目与荣誉 register of a cycle: filters, the list, add/edit/delete, Excel template, import with row errors, export. */
import { DownloadOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import type { TImportRowsInvalid } from '@chanjiao/contracts/files';
import {
  REGISTER_KINDS,
  REGISTER_LEVELS,
  REGISTER_SCHOOL_LEVELS,
  type TRegisterEntry,
  type TRegisterFilter,
} from '@chanjiao/contracts/reports/index';
import { App, Button, Col, Input, InputNumber, Popconfirm, Row, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile, isApiError } from '../../../app/api';
import { ImportRowErrors } from '../../../app/components/ImportRowErrors';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useRegisterActions, useRegisterEntries } from '../hooks/registers-api';
import { registerOptions } from '../register-options';
import { REGISTER_MESSAGES } from '../registers-messages';
import { RegisterEntryModal } from './RegisterEntryModal';

export function RegisterEntriesPanel({ cycleId, title }: { cycleId: string; title: string }) {
  const t = useT(REGISTER_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [filter, setFilter] = useState<TRegisterFilter>({});
  const [editing, setEditing] = useState<TRegisterEntry | 'new' | null>(null);
  const [refused, setRefused] = useState<TImportRowsInvalid | null>(null);
  const entries = useRegisterEntries(cycleId, filter);
  const actions = useRegisterActions(cycleId);
  const data = entries.data;
  const set = (patch: Partial<TRegisterFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const options = registerOptions(bilingual);
  const base = `/api/reports/cycles/${cycleId}/registers/entries`;

  const importFile = (file: File) => {
    setRefused(null);
    actions.import.mutate(file, {
      onSuccess: (result) => void message.success(t('entries.imported', { count: result.imported })),
      onError: (error) => {
        if (isApiError(error, 'IMPORT_ROWS_INVALID')) setRefused(error.body as TImportRowsInvalid);
        else reportError(error);
      },
    });
    return false;
  };

  return (
    <>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={4}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('filter.kind')}
            options={options.kinds}
            onChange={(kind) => set({ kind })}
          />
        </Col>
        <Col xs={12} md={4}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('filter.level')}
            options={options.levels}
            onChange={(level) => set({ level })}
          />
        </Col>
        <Col xs={12} md={3}>
          <InputNumber
            style={{ width: '100%' }}
            min={2000}
            max={2100}
            placeholder={t('filter.year')}
            onChange={(year) => set({ year: year ?? undefined })}
          />
        </Col>
        <Col xs={12} md={3}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('filter.schoolLevel')}
            options={options.schoolLevels}
            onChange={(schoolLevel) => set({ schoolLevel })}
          />
        </Col>
        <Col xs={24} md={4}>
          <Select
            allowClear
            showSearch
            style={{ width: '100%' }}
            placeholder={t('filter.source')}
            options={(data?.sourceTables ?? []).map((value) => ({ value, label: value }))}
            onChange={(sourceTable) => set({ sourceTable })}
          />
        </Col>
        <Col xs={24} md={6}>
          <Input.Search
            allowClear
            placeholder={t('filter.keyword')}
            onSearch={(keyword) => set({ keyword: keyword.trim() || undefined })}
          />
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        {data?.mayManage && (
          <>
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('entries.add')}
            </Button>
            <Button onClick={() => void downloadFile(`${base}/template.xlsx`, undefined, '项目与荣誉导入模板.xlsx').catch(reportError)}>
              {t('entries.template')}
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={importFile}>
              <Button icon={<UploadOutlined />} loading={actions.import.isPending}>
                {t('entries.import')}
              </Button>
            </Upload>
          </>
        )}
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void downloadFile(`${base}/export.xlsx`, undefined, `${title}-项目与荣誉.xlsx`).catch(reportError)}
        >
          {t('entries.export')}
        </Button>
        {data && <Typography.Text type="secondary">{t('entries.count', { count: data.items.length })}</Typography.Text>}
      </Space>
      {refused && (
        // The refused rows stand apart from the register's own table below them.
        <div style={{ marginBottom: 24, paddingBottom: 8, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
          <ImportRowErrors report={refused} reportFilename={t('import.reportName')} />
        </div>
      )}
      {entries.isError && <QueryError error={entries.error} onRetry={entries.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={entries.isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('entries.empty') }}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'index', title: '序号', width: 60, render: (_, __, index) => index + 1 },
          {
            key: 'kind',
            title: `${t('filter.kind')} / ${t('filter.level')}`,
            width: 120,
            render: (_, e) => (
              <>
                <Tag>{bilingual(REGISTER_KINDS[e.kind])}</Tag>
                <Tag color="blue">{bilingual(REGISTER_LEVELS[e.level])}</Tag>
              </>
            ),
          },
          {
            key: 'year',
            title: t('filter.year'),
            width: 70,
            render: (_, e) => `${e.year} ${bilingual(REGISTER_SCHOOL_LEVELS[e.schoolLevel])}`,
          },
          { key: 'name', title: t('col.name'), width: 240, render: (_, e) => e.name },
          {
            key: 'school',
            title: t('col.school'),
            width: 200,
            render: (_, e) =>
              e.holder.orgId ? (
                <Tooltip title={t('col.linked')}>
                  {e.holder.name} <LinkOutlined />
                </Tooltip>
              ) : (
                e.holder.name
              ),
          },
          {
            key: 'major',
            title: t('col.major'),
            width: 140,
            render: (_, e) => [e.majorCode, e.majorName].filter(Boolean).join(' ') || '—',
          },
          { key: 'people', title: t('col.people'), width: 120, render: (_, e) => e.people.join('、') || '—' },
          {
            key: 'extra',
            title: t('col.extra'),
            width: 160,
            render: (_, e) => Object.entries(e.extra).map(([k, v]) => <div key={k}>{`${k}：${v}`}</div>),
          },
          { key: 'source', title: t('col.source'), width: 130, render: (_, e) => e.sourceTable ?? '—' },
          {
            key: 'actions',
            width: 110,
            fixed: 'right',
            render: (_, e) =>
              data?.mayManage && (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(e)}>
                    {t('edit')}
                  </Button>
                  <Popconfirm
                    title={t('entries.delete.confirm')}
                    onConfirm={() =>
                      actions.remove.mutate(e.id, {
                        onSuccess: () => void message.success(t('entries.deleted')),
                        onError: (error) => reportError(error),
                      })
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && <RegisterEntryModal cycleId={cycleId} entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
