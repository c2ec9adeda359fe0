/** The signed learning records of one student: issue one, download its PDF and credential, open its verify page, withdraw it. */
import { CREDENTIAL_STATUSES, type TIssuedCredential } from '@chanjiao/contracts/resources/index';
import { App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { CREDENTIAL_MESSAGES } from '../credentials-messages';
import { downloadCredential, useCredentialActions, useIssuedCredentials } from '../hooks/credentials-api';

function WithdrawModal(props: { bodyId: string; studentId: string; credential: TIssuedCredential; onClose: () => void }) {
  const t = useT(CREDENTIAL_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const { withdraw } = useCredentialActions(props.bodyId, props.studentId);
  const submit = ({ reason }: { reason: string }) =>
    withdraw.mutate(
      { credentialId: props.credential.id, reason },
      {
        onSuccess: () => {
          void message.success(t('issued.withdrawn'));
          props.onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal open title={t('issued.withdrawTitle')} onCancel={props.onClose} onOk={() => form.submit()} confirmLoading={withdraw.isPending}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('issued.withdrawReason')} rules={[{ required: true, whitespace: true, message: '请写明原因' }]}>
          <Input.TextArea maxLength={300} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LearningRecordCredentials({ bodyId, studentId }: { bodyId: string; studentId: string }) {
  const t = useT(CREDENTIAL_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const issued = useIssuedCredentials(bodyId, studentId);
  const { issue } = useCredentialActions(bodyId, studentId);
  const [withdrawing, setWithdrawing] = useState<TIssuedCredential>();
  const download = (id: string, format: 'pdf' | 'json') => downloadCredential(bodyId, id, format).catch((error) => reportError(error));
  return (
    <Card
      title={t('issued.title')}
      style={{ marginTop: 16 }}
      extra={
        <Button
          type="primary"
          loading={issue.isPending}
          onClick={() =>
            issue.mutate(undefined, { onSuccess: () => void message.success(t('issued.issued')), onError: (e) => reportError(e) })
          }
        >
          {t('issued.issue')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('issued.hint')}</Typography.Paragraph>
      <List<TIssuedCredential>
        size="small"
        loading={issued.isPending}
        dataSource={issued.data?.items ?? []}
        locale={{ emptyText: t('issued.empty') }}
        renderItem={(c) => (
          <List.Item>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Tag color={c.status === 'issued' ? 'green' : 'default'}>{bilingual(CREDENTIAL_STATUSES[c.status])}</Tag>
                <span>{formatDateTime(c.issuedAt, locale)}</span>
                <span>{t('issued.summary', { courses: c.courses, credits: c.creditsRecognised })}</span>
                <Typography.Text type="secondary" copyable={{ text: c.id }} style={{ fontSize: 12 }}>
                  {`${t('issued.number')} ${c.id.slice(0, 8)}`}
                </Typography.Text>
              </Space>
              {c.withdrawReason && <Typography.Text type="secondary">{c.withdrawReason}</Typography.Text>}
              <Space wrap size={4}>
                {c.status === 'issued' && (
                  <>
                    <Button size="small" onClick={() => void download(c.id, 'pdf')}>
                      {t('issued.pdf')}
                    </Button>
                    <Button size="small" onClick={() => void download(c.id, 'json')}>
                      {t('issued.json')}
                    </Button>
                  </>
                )}
                <Button size="small" type="link" href={c.verifyPath} target="_blank" rel="noopener">
                  {t('issued.verify')}
                </Button>
                {c.status === 'issued' && (
                  <Button size="small" type="link" danger onClick={() => setWithdrawing(c)}>
                    {t('issued.withdraw')}
                  </Button>
                )}
              </Space>
            </Space>
          </List.Item>
        )}
      />
      {withdrawing && (
        <WithdrawModal bodyId={bodyId} studentId={studentId} credential={withdrawing} onClose={() => setWithdrawing(undefined)} />
      )}
    </Card>
  );
}
