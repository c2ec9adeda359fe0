/** The secretariat records an award, a certificate or a note, with evidence uploaded first and cited by it. */
import { UploadOutlined } from '@ant-design/icons';
import {
  OUTCOME_KIND_NAMES,
  OUTCOME_KINDS,
  type TActivity,
  type TOutcomeInput,
  ZOutcomeInput,
} from '@chanjiao/contracts/governance/activities';
import { App, Button, Form, Input, Modal, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { uploadActivityEvidence, useActivityActions } from '../hooks/activities-api';

interface Props {
  bodyId: string;
  activity: TActivity;
  onClose: () => void;
}

export function ActivitiesOutcomeModal({ bodyId, activity, onClose }: Props) {
  const t = useT(ACTIVITIES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TOutcomeInput>();
  const zod = useZodForm(ZOutcomeInput);
  const { outcome } = useActivityActions(bodyId, activity.id);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const units = [...new Map(activity.participants.map((p) => [p.org.id, p.org])).values()];

  const submit = (values: TOutcomeInput) => {
    const evidenceIds = files.filter((file) => file.status === 'done').map((file) => (file.response as { id: string }).id);
    outcome.mutate(
      { ...values, evidenceIds },
      {
        onSuccess: () => {
          void message.success(t('outcome.add'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  };

  return (
    <Modal open width={640} title={t('outcome.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={outcome.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: activity.kind === 'competition' ? 'award' : 'certificate' }}
      >
        <Form.Item {...zod.field('kind')} label={t('outcome.kind')}>
          <Select options={OUTCOME_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(OUTCOME_KINDS[kind]) }))} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('outcome.title')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('participantId')} label={t('outcome.participant')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={activity.participants.map((p) => ({ value: p.id, label: `${p.name}（${p.org.name}）` }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('orgId')} label={t('outcome.unit')}>
          <Select allowClear options={units.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.Item {...zod.field('note')} label={t('outcome.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('outcome.evidence')}>
          <Upload
            multiple
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadActivityEvidence(bodyId, file as File)
                .then((uploaded) => onSuccess?.(uploaded))
                .catch((error: Error) => {
                  reportError(error);
                  onError?.(error);
                });
            }}
          >
            <Button icon={<UploadOutlined />}>{t('outcome.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
