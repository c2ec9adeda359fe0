/** Adds a major to a draft catalogue by hand; the reason is published with it as its evidence. */
import { type TShortageEntryInput, ZShortageEntryInput } from '@chanjiao/contracts/talent/index';
import { App, Form, Input, Modal, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useCatalogueActions } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { MajorSelect } from './MajorSelect';

const LEVELS = ['中职', '高职专科', '职业本科'] as const;

export function CatalogueEntryModal({
  bodyId,
  catalogueId,
  version,
  onClose,
}: {
  bodyId: string;
  catalogueId: string;
  version: number;
  onClose: () => void;
}) {
  const t = useT(TALENT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TShortageEntryInput>();
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('高职专科');
  const toPayload = useCallback((values: TShortageEntryInput) => ({ ...values, version }), [version]);
  const zod = useZodForm<TShortageEntryInput>(ZShortageEntryInput, { toPayload });
  const actions = useCatalogueActions(bodyId);
  const submit = (values: TShortageEntryInput) =>
    actions.add.mutate(
      { ...values, catalogueId, version },
      { onSuccess: () => (void message.success(t('saved')), onClose()), onError: (error) => reportError(error, { form }) },
    );
  return (
    <Modal open title={t('shortage.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={actions.add.isPending}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t('form.level')}>
          <Select
            value={level}
            onChange={(value) => (setLevel(value), form.setFieldValue('majorCode', undefined))}
            options={LEVELS.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('majorCode')} label={t('form.major')}>
          <MajorSelect level={level} />
        </Form.Item>
        <Form.Item {...zod.field('reason')} label={t('shortage.reason')}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
