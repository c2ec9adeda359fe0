/** A unit's progress report on a task, with evidence files uploaded first and cited by the report. */
import { UploadOutlined } from '@ant-design/icons';
import {
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  type TWorkplanTask,
  ZWorkplanProgressInput,
} from '@chanjiao/contracts/governance/workplan';
import { App, Button, Form, Input, InputNumber, Modal, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { uploadEvidence, useReportProgress } from '../hooks/workplan-api';
import { WORKPLAN_MESSAGES } from '../workplan-messages';

interface Values {
  orgId?: string;
  reportedOn: string;
  note: string;
  progressPercent: number;
  status: 'in_progress' | 'done';
}

interface Props {
  bodyId: string;
  task: TWorkplanTask;
  /** Units the user reports for; the secretariat may also report for the body (no unit). */
  orgs: { id: string; name: string }[];
  forBody: boolean;
  onClose: () => void;
}

export function WorkplanProgressModal({ bodyId, task, orgs, forBody, onClose }: Props) {
  const t = useT(WORKPLAN_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm(ZWorkplanProgressInput);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const report = useReportProgress(bodyId, task.id);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  const submit = (values: Values) => {
    const evidenceIds = files.filter((file) => file.status === 'done').map((file) => (file.response as { id: string }).id);
    report.mutate(
      { ...values, evidenceIds },
      {
        onSuccess: () => {
          void message.success(t('report.saved'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={`${t('report')}：${task.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={report.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          orgId: forBody ? undefined : orgs[0]?.id,
          reportedOn: today,
          progressPercent: task.progressPercent,
          status: 'in_progress',
        }}
      >
        <Form.Item
          {...zod.field('orgId')}
          required={!forBody}
          label={t('report.org')}
          rules={[...zod.rules('orgId'), { required: !forBody }]}
        >
          <Select
            allowClear={forBody}
            placeholder={forBody ? t('report.orgBody') : undefined}
            options={orgs.map((org) => ({ value: org.id, label: org.name }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('reportedOn')} label={t('report.reportedOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('note')} label={t('report.note')}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item {...zod.field('progressPercent')} label={t('report.percent')}>
          <InputNumber min={0} max={100} addonAfter="%" />
        </Form.Item>
        <Form.Item {...zod.field('status')} label={t('report.status')}>
          <Select options={PROGRESS_STATUSES.map((value) => ({ value, label: bilingual(PROGRESS_STATUS_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item label={t('report.evidence')}>
          <Upload
            multiple
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadEvidence(bodyId, file as File)
                .then((uploaded) => onSuccess?.(uploaded))
                .catch((error: Error) => {
                  reportError(error);
                  onError?.(error);
                });
            }}
          >
            <Button icon={<UploadOutlined />}>{t('report.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
