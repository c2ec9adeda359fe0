/** 导出个人数据: on the person's request, as JSON or a readable workbook; the server audits each export. */
import { type PersonKind, type TPersonExportQuery, ZPersonExportQuery } from '@chanjiao/contracts/resources/index';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { downloadPersonData } from '../hooks/people-api';
import { PEOPLE_MESSAGES } from '../people-messages';

export function ExportPersonModal(props: { bodyId: string; kind: PersonKind; personId: string; onClose: () => void }) {
  const t = useT(PEOPLE_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TPersonExportQuery>();
  const zod = useZodForm<TPersonExportQuery>(ZPersonExportQuery);
  const [pending, setPending] = useState(false);
  const submit = async (values: TPersonExportQuery) => {
    setPending(true);
    try {
      await downloadPersonData(props.bodyId, props.kind, props.personId, values);
      void message.success(t('export.done'));
      props.onClose();
    } catch (error) {
      reportError(error, { form });
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal
      open
      title={t('export.title')}
      okText={t('export.action')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Alert type="info" showIcon message={t('export.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ format: 'xlsx' }}>
        <Form.Item {...zod.field('request')} label={t('export.request')} extra={t('export.requestHelp')}>
          <Input maxLength={200} placeholder="2026-12-01 本人书面申请" />
        </Form.Item>
        <Form.Item {...zod.field('format')} label={t('export.format')}>
          <Radio.Group
            options={[
              { value: 'xlsx', label: t('export.xlsx') },
              { value: 'json', label: t('export.json') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
