/** Starts a 推荐书 for an open call: the consortium's name and its park (one application per park). */
import type { TCallSummary } from '@chanjiao/contracts/selection/index';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';

const APPLICANT_ROLES = ['org_admin', 'data_collector'];

export function StartApplication({ call }: { call: TCallSummary }) {
  const t = useT(SELECTION_MESSAGES);
  const me = useSession();
  const navigate = useNavigate();
  const report = useReportError();
  const [form] = Form.useForm<{ applicantOrgId: string; consortiumName: string; parkName: string }>();
  const [open, setOpen] = useState(false);
  const orgs = me.roles.filter((role) => APPLICANT_ROLES.includes(role.role) && role.scopeId);
  const create = async (values: { applicantOrgId: string; consortiumName: string; parkName: string }) => {
    try {
      const created = await unwrap(client.POST('/api/selection/applications', { body: {
        callId: call.id,
        applicantOrgId: values.applicantOrgId,
        consortiumName: values.consortiumName,
        park: { name: values.parkName },
      } }));
      void navigate(`/selection/applications/${created.id}`);
    } catch (error) {
      report(error, { form, codeFields: { PARK_ALREADY_APPLIED: 'parkName' } });
    }
  };
  if (orgs.length === 0) return null;
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)}>{t('call.apply')}</Button>
      <Modal open={open} title={t('call.apply.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('form.create')}>
        <Form form={form} layout="vertical" onFinish={(values) => void create(values)} initialValues={{ applicantOrgId: orgs[0]!.scopeId }}>
          <Form.Item name="applicantOrgId" label={t('app.applicant')} rules={[{ required: true }]}>
            <Select options={orgs.map((role) => ({ value: role.scopeId!, label: role.scopeName ?? role.scopeId }))} />
          </Form.Item>
          <Form.Item name="consortiumName" label={t('call.apply.consortium')} rules={[{ required: true, message: t('form.required', { field: t('call.apply.consortium') }) }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="parkName"
            label={t('call.apply.park')}
            extra={t('call.apply.parkHint')}
            rules={[{ required: true, message: t('form.required', { field: t('call.apply.park') }) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
