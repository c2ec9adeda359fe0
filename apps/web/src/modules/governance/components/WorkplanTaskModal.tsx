/** The secretariat adds a task to the year's plan or edits one: either is saved as a new version of the plan. */
import { type TWorkplanTask, ZWorkplanTaskInput } from '@chanjiao/contracts/governance/workplan';
import { App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useTaskChanges } from '../hooks/workplan-api';
import { WORKPLAN_MESSAGES } from '../workplan-messages';

interface Values {
  section: string;
  title: string;
  windowText: string;
  content: string;
  expectedOutcome: string;
  unitsText: string;
}

interface Props {
  bodyId: string;
  year: number;
  /** Null to add a task. */
  task: TWorkplanTask | null;
  onClose: () => void;
}

/** The cell as the plan wrote it: the units in order, the lead first. */
const unitsTextOf = (task: TWorkplanTask) => task.units.map((unit) => unit.name).join(' ');

export function WorkplanTaskModal({ bodyId, year, task, onClose }: Props) {
  const t = useT(WORKPLAN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(ZWorkplanTaskInput);
  const changes = useTaskChanges(bodyId);
  const saving = changes.add.isPending || changes.edit.isPending;

  const submit = (values: Values) => {
    const handlers = {
      onSuccess: () => {
        void message.success(t('task.saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form }),
    };
    if (task) changes.edit.mutate({ ...values, taskId: task.id, version: task.version }, handlers);
    else changes.add.mutate({ ...values, year }, handlers);
  };

  return (
    <Modal
      open
      width={680}
      title={task ? t('task.editTitle') : `${t('task.add')}（${year}）`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={task ? { ...task, unitsText: unitsTextOf(task) } : undefined}>
        <Form.Item {...zod.field('section')} label={t('task.section')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('task.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('windowText')} label={t('task.window')} extra={t('task.windowHint')}>
          <Input maxLength={40} placeholder={`${year}年1-6月`} />
        </Form.Item>
        <Form.Item {...zod.field('content')} label={t('content')}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item {...zod.field('expectedOutcome')} label={t('outcome')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item {...zod.field('unitsText')} label={t('task.units')} extra={t('task.unitsHint')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
