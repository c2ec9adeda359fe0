/** The frame the placement forms share: a modal form checked with the request's zod schema, errors in the user's language. */
import { App, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { PLACEMENT_MESSAGES } from '../placements-messages';

export interface Done {
  onSuccess: () => void;
  onError: (error: unknown) => void;
}

export function PlacementFormModal<Values extends object>({
  title,
  schema,
  initialValues,
  pending,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  schema: z.ZodType;
  initialValues: Partial<Values>;
  pending: boolean;
  onSubmit: (values: Values, done: Done) => void;
  onClose: () => void;
  children: (field: ReturnType<typeof useZodForm<Values>>['field'], form: FormInstance<Values>) => ReactNode;
}) {
  const t = useT(PLACEMENT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(schema);
  const submit = (values: Values) =>
    onSubmit(values, {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open width={640} title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {children(zod.field, form)}
      </Form>
    </Modal>
  );
}
