/** Starts a 推荐书 for an open call: the consortium's name and its park (one application per park). */
import { type TCallSummary, ZApplicationCreate } from '@chanjiao/contracts/selection/index';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { SELECTION_MESSAGES } from '../messages';

const APPLICANT_ROLES = ['org_admin', 'data_collector'];

interface StartValues {
  applicantOrgId: string;
  consortiumName: string;
  parkName: string;
}

/** The form asks for the park's name only; the request carries it as `park.name`. */
const parkField = (path: string) => (path === 'park.name' ? ['parkName'] : path.split('.'));

export function StartApplication({ call }: { call: TCallSummary }) {
  const t = useT(SELECTION_MESSAGES);
  const me = useSession();
  const navigate = useNavigate();
  const report = useReportError();
  const [form] = Form.useForm<StartValues>();
  const startPayload = (values: StartValues) => ({
    callId: call.id,
    applicantOrgId: values.applicantOrgId,
    consortiumName: values.consortiumName,
    park: { name: values.parkName },
  });
  const zod = useZodForm(ZApplicationCreate, { toPayload: startPayload, nameOf: parkField });
  const [open, setOpen] = useState(false);
  const orgs = me.roles.filter((role) => APPLICANT_ROLES.includes(role.role) && role.scopeId);
  const create = async (values: StartValues) => {
    try {
      const created = await unwrap(client.POST('/api/selection/applications', { body: startPayload(values) }));
      void navigate(`/selection/applications/${created.id}`);
    } catch (error) {
      report(error, { form, codeFields: { PARK_ALREADY_APPLIED: 'parkName' }, nameOf: parkField });
    }
  };
  if (orgs.length === 0) return null;
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)}>
        {t('call.apply')}
      </Button>
      <Modal open={open} title={t('call.apply.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('form.create')}>
        <Form form={form} layout="vertical" onFinish={(values) => void create(values)} initialValues={{ applicantOrgId: orgs[0]!.scopeId }}>
          <Form.Item {...zod.field('applicantOrgId')} label={t('app.applicant')}>
            <Select options={orgs.map((role) => ({ value: role.scopeId!, label: role.scopeName ?? role.scopeId }))} />
          </Form.Item>
          <Form.Item {...zod.field('consortiumName')} label={t('call.apply.consortium')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="parkName"
            label={t('call.apply.park')}
            extra={t('call.apply.parkHint')}
            // The 推荐书 may leave the park's name blank until it is submitted; starting one needs it, to tell
            // one park's application from another's.
            rules={[
              ...zod.rules('parkName'),
              { required: true, whitespace: true, message: t('form.required', { field: t('call.apply.park') }) },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
