/** The secretariat's forms on the organs page: set up an organ, record an appointment, submit a document. */
import { UploadOutlined } from '@ant-design/icons';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  OFFICE_KIND_LABELS,
  OFFICE_KINDS,
  POST_LABELS,
  POSTS_OF_KIND,
  type TOffice,
  ZAppointmentInput,
  ZOfficeDocumentInput,
  ZOfficeInput,
} from '@chanjiao/contracts/governance/offices';
import { App, Button, Form, Input, InputNumber, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { uploadOfficeFile, useAppoint, useCreateOffice, useSaveOfficeDocument } from '../hooks/offices-api';
import { OFFICE_MESSAGES } from '../offices-messages';

function useDone(onClose: () => void) {
  const { message } = App.useApp();
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  return () => {
    void message.success(common('common.saved'));
    onClose();
  };
}

export function OfficeCreateModal({ bodyId, onClose }: { bodyId: string; onClose: () => void }) {
  const t = useT(OFFICE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm();
  const create = useCreateOffice(bodyId);
  const zod = useZodForm(ZOfficeInput);
  const done = useDone(onClose);
  return (
    <Modal open title={t('add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'standing_committee' }}
        onFinish={(values) => create.mutate(values, { onSuccess: done, onError: (e) => reportError(e, { form }) })}
      >
        <Form.Item {...zod.field('kind')} label={t('field.kind')}>
          <Select options={OFFICE_KINDS.map((value) => ({ value, label: bilingual(OFFICE_KIND_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item {...zod.field('name')} label={t('field.name')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item {...zod.field('duties')} label={t('field.duties')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AppointModal(props: { bodyId: string; office: TOffice; orgs: { id: string; name: string }[]; onClose: () => void }) {
  const { bodyId, office, orgs, onClose } = props;
  const t = useT(OFFICE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm();
  const appoint = useAppoint(bodyId, office.id);
  const zod = useZodForm(ZAppointmentInput);
  const done = useDone(onClose);
  const posts = POSTS_OF_KIND[office.kind];
  return (
    <Modal open title={`${t('appoint')}：${office.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={appoint.isPending}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ post: posts[0] }}
        onFinish={(values) => appoint.mutate(values, { onSuccess: done, onError: (e) => reportError(e, { form }) })}
      >
        <Form.Item {...zod.field('post')} label={t('appoint.post')}>
          <Select options={posts.map((value) => ({ value, label: bilingual(POST_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item {...zod.field('holderName')} label={t('appoint.holderName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item {...zod.field('holderOrgId')} label={t('appoint.holderOrg')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={orgs.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.Item {...zod.field('startOn')} label={t('appoint.startOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('appointedBy')} label={t('appoint.appointedBy')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function OfficeDocumentModal({ bodyId, office, onClose }: { bodyId: string; office: TOffice; onClose: () => void }) {
  const t = useT(OFFICE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm();
  const [file, setFile] = useState<{ id: string; filename: string } | null>(null);
  const save = useSaveOfficeDocument(bodyId, office.id);
  const zod = useZodForm(ZOfficeDocumentInput);
  const done = useDone(onClose);
  return (
    <Modal
      open
      width={720}
      title={`${t('document.add')}：${office.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), kind: 'work_rules' }}
        onFinish={(values) => save.mutate({ ...values, fileId: file?.id }, { onSuccess: done, onError: (e) => reportError(e, { form }) })}
      >
        <Form.Item {...zod.field('year')} label={t('document.year')}>
          <InputNumber min={2000} max={2200} />
        </Form.Item>
        <Form.Item {...zod.field('kind')} label={t('document.kind')}>
          <Select options={DOCUMENT_KINDS.map((value) => ({ value, label: bilingual(DOCUMENT_KIND_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('document.title')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('content')} label={t('document.content')}>
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item label={t('document.file')}>
          <Upload
            maxCount={1}
            customRequest={({ file: chosen, onSuccess, onError }) => {
              uploadOfficeFile(bodyId, chosen as File)
                .then((uploaded) => {
                  setFile(uploaded);
                  onSuccess?.(uploaded);
                })
                .catch((error: Error) => {
                  reportError(error);
                  onError?.(error);
                });
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>{t('document.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
