/** The 案例 of a cycle as cards: title, schools, chapter, text and images; the authority adds, changes and deletes them. */
import type { TRegisterCase } from '@chanjiao/contracts/reports/index';
import { App, Button, Card, Empty, Flex, Image, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { caseImageUrl, useCaseActions, useRegisterCases } from '../hooks/registers-api';
import { REGISTER_MESSAGES } from '../registers-messages';
import { RegisterCaseModal } from './RegisterCaseModal';

export function RegisterCasesPanel({ cycleId }: { cycleId: string }) {
  const t = useT(REGISTER_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const cases = useRegisterCases(cycleId);
  const actions = useCaseActions(cycleId);
  const [editing, setEditing] = useState<TRegisterCase | 'new' | null>(null);
  const mayManage = cases.data?.mayManage ?? false;
  return (
    <>
      {mayManage && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('cases.add')}
        </Button>
      )}
      {cases.isError && <QueryError error={cases.error} onRetry={cases.refetch} />}
      {cases.data?.items.length === 0 && <Empty description={t('cases.empty')} />}
      <Flex vertical gap={12}>
        {cases.data?.items.map((c, index) => (
          <Card
            key={c.id}
            size="small"
            title={<Typography.Text style={{ whiteSpace: 'normal' }}>{`案例${index + 1} ${c.title}`}</Typography.Text>}
            extra={
              mayManage && (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(c)}>
                    {t('edit')}
                  </Button>
                  <Popconfirm
                    title={t('cases.delete.confirm')}
                    onConfirm={() =>
                      actions.remove.mutate(c.id, {
                        onSuccess: () => void message.success(t('entries.deleted')),
                        onError: (e) => reportError(e),
                      })
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              )
            }
          >
            <Space wrap style={{ marginBottom: 8 }}>
              {c.chapter && <Tag color="blue">{c.chapter}</Tag>}
              {c.schools.map((s) => (
                <Tag key={s.name}>{s.name}</Tag>
              ))}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: true }}>
              {c.text}
            </Typography.Paragraph>
            {c.images.length > 0 && (
              <Image.PreviewGroup>
                <Space wrap>
                  {c.images.map((image) => (
                    <Image key={image.id} width={120} src={caseImageUrl(cycleId, c.id, image.id)} alt={image.filename} />
                  ))}
                </Space>
              </Image.PreviewGroup>
            )}
          </Card>
        ))}
      </Flex>
      {editing && (
        <RegisterCaseModal cycleId={cycleId} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
