/** A new call (S1): notice, deadline in Beijing time; the indicator system starts from 附件1. */
import { ZCallInput } from '@chanjiao/contracts/selection/index';
import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { RequirePermission, useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useInvalidateSelection } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

interface CallValues {
  authorityOrgId: string;
  title: string;
  documentNumber?: string;
  deadline: Dayjs;
  noticeText?: string;
  eligibility?: string;
}

/** The picker shows Beijing wall-clock time; the server takes it as written. */
function callPayload(values: CallValues) {
  return { ...values, deadline: values.deadline?.format('YYYY-MM-DDTHH:mm:ss') };
}

function CallForm() {
  const t = useT(SELECTION_MESSAGES);
  const me = useSession();
  const navigate = useNavigate();
  const report = useReportError();
  const invalidate = useInvalidateSelection();
  const [form] = Form.useForm<CallValues>();
  const authorities = me.roles.filter((role) => role.role === 'authority_admin' && role.scopeId);
  const zod = useZodForm(ZCallInput, { toPayload: callPayload });
  const create = async (values: CallValues) => {
    try {
      const created = await unwrap(client.POST('/api/selection/calls', { body: callPayload(values) }));
      await invalidate();
      void navigate(`/selection/calls/${created.id}`);
    } catch (error) {
      report(error, { form });
    }
  };
  return (
    <Card>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void create(values)}
        initialValues={{ authorityOrgId: authorities[0]?.scopeId }}
      >
        <Form.Item {...zod.field('authorityOrgId')} label={t('call.authority')}>
          <Select options={authorities.map((role) => ({ value: role.scopeId!, label: role.scopeName ?? role.scopeId }))} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('call.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('documentNumber')} label={t('call.documentNumber')}>
          <Input maxLength={100} placeholder="连教职函〔2026〕6号" />
        </Form.Item>
        <Form.Item {...zod.field('deadline')} label={t('call.deadline')}>
          <DatePicker
            showTime
            format="YYYY-MM-DD HH:mm:ss"
            // Enter takes the typed date and time (the picker does that first); it must not also submit the call.
            onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          />
        </Form.Item>
        <Form.Item {...zod.field('noticeText')} label={t('call.notice')}>
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item {...zod.field('eligibility')} label={t('call.eligibility')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('form.create')}
        </Button>
      </Form>
    </Card>
  );
}

export default function CallCreatePage() {
  const t = useT(SELECTION_MESSAGES);
  return (
    <RequirePermission permission="selection.call.manage">
      <PageHeader title={t('call.new')} backTo="/selection" />
      <CallForm />
    </RequirePermission>
  );
}
