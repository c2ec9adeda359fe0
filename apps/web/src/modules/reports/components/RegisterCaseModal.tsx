/** Adds or changes a 案例: title, schools, chapter, text and its images (uploaded first, kept when the case is saved). */
import { UploadOutlined } from '@ant-design/icons';
import { REGISTER_LIMITS, type TRegisterCase, type TRegisterCaseInput, ZRegisterCaseInput } from '@chanjiao/contracts/reports/index';
import { App, Button, Form, Input, Modal, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useCaseActions } from '../hooks/registers-api';
import { REGISTER_MESSAGES } from '../registers-messages';

type CaseFormValues = Omit<TRegisterCaseInput, 'imageIds'>;

export function RegisterCaseModal({ cycleId, editing, onClose }: { cycleId: string; editing?: TRegisterCase; onClose: () => void }) {
  const t = useT(REGISTER_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<CaseFormValues>();
  const [images, setImages] = useState<{ id: string; filename: string }[]>(editing?.images ?? []);
  const toPayload = (values: CaseFormValues): TRegisterCaseInput => ({ ...values, imageIds: images.map((i) => i.id) });
  const zod = useZodForm<CaseFormValues>(ZRegisterCaseInput, { toPayload });
  const actions = useCaseActions(cycleId);

  const upload = (file: File) => {
    actions.uploadImage.mutate(file, {
      onSuccess: (image) => setImages((current) => [...current, image]),
      onError: (error) => reportError(error),
    });
    return false;
  };
  const submit = (values: CaseFormValues) => {
    const body = toPayload(values);
    const after = {
      onSuccess: () => {
        void message.success(t('entries.saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form }),
    };
    if (editing) actions.update.mutate({ caseId: editing.id, body: { ...body, version: editing.version } }, after);
    else actions.create.mutate(body, after);
  };

  return (
    <Modal
      open
      width={760}
      title={editing ? t('cases.edit') : t('cases.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending || actions.update.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          editing
            ? {
                title: editing.title,
                schools: editing.schools.map((s) => s.name),
                chapter: editing.chapter ?? undefined,
                text: editing.text,
              }
            : { schools: [] }
        }
      >
        <Form.Item {...zod.field('title')} label={t('cases.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('schools')} label={t('cases.schools')}>
          <Select mode="tags" open={false} tokenSeparators={['、']} />
        </Form.Item>
        <Form.Item {...zod.field('chapter')} label={t('cases.chapter')}>
          <Input maxLength={100} placeholder="中等职业教育篇 1 人才培养" />
        </Form.Item>
        <Form.Item {...zod.field('text')} label={t('cases.text')}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        <Form.Item label={t('cases.images')}>
          <Space wrap>
            {images.map((image) => (
              <Tag key={image.id} closable onClose={() => setImages((current) => current.filter((i) => i.id !== image.id))}>
                {image.filename}
              </Tag>
            ))}
            {images.length < REGISTER_LIMITS.caseImages && (
              <Upload accept="image/png,image/jpeg" showUploadList={false} beforeUpload={upload}>
                <Button size="small" icon={<UploadOutlined />} loading={actions.uploadImage.isPending}>
                  {t('cases.upload')}
                </Button>
              </Upload>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
