/**
 * Changing one reminder's days: rows of days before the deadline (0 = on the day) and, where the reminder can
 * follow a deadline, rows of days overdue. The request's schema checks the rows as the server will, and the
 * server's answer is shown under the row or the summary it concerns.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { REMINDER_OFFSET_LIMITS, type TReminderRules, ZReminderRulesInput } from '@chanjiao/contracts/notifications/reminders';
import { App, Button, Form, type FormRule, InputNumber, Modal, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { type ReminderScope, useSaveReminderRules } from '../hooks/use-reminder-rules';
import { NOTIFICATION_MESSAGES } from '../messages';
import { describeOffsets, fieldOfOffsetPath, type OffsetRows, offsetsOfRows, rowsOfOffsets } from '../reminder-offsets';

const { maxDaysBefore, maxDaysOverdue, maxReminders } = REMINDER_OFFSET_LIMITS;

/** The form's values; a list the form does not show (overdue, for a reminder that cannot follow a deadline) is absent. */
const rowsOf = (values: Partial<OffsetRows>): OffsetRows => ({ before: values.before ?? [], overdue: values.overdue ?? [] });

/** `offsetsDays` holds no input: it is where a problem with the whole list is shown, under the summary. */
type OffsetFormValues = OffsetRows & { offsetsDays?: undefined };

/** The days the rows stand for, in words; the field under which a problem with the whole list is shown. */
function OffsetsSummary() {
  const t = useT(NOTIFICATION_MESSAGES);
  const before = (Form.useWatch('before') ?? []) as OffsetRows['before'];
  const overdue = (Form.useWatch('overdue') ?? []) as OffsetRows['overdue'];
  const offsets = offsetsOfRows({ before, overdue }).filter((offset): offset is number => offset !== undefined);
  return (
    <Typography.Text strong={offsets.length > 0} type={offsets.length > 0 ? undefined : 'warning'}>
      {offsets.length > 0 ? t('reminders.preview', { when: describeOffsets(offsets, t) }) : t('reminders.preview.empty')}
    </Typography.Text>
  );
}

interface OffsetListProps {
  name: 'before' | 'overdue';
  min: number;
  max: number;
  total: number;
  rules: (name: (string | number)[]) => FormRule[];
}

function OffsetList({ name, min, max, total, rules }: OffsetListProps) {
  const t = useT(NOTIFICATION_MESSAGES);
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" size={8}>
              <Form.Item name={field.name} rules={rules([name, field.name])} style={{ marginBottom: 0 }}>
                <InputNumber
                  aria-label={`${t(`reminders.field.${name}`)} ${index + 1}`}
                  min={min}
                  max={max}
                  precision={0}
                  suffix={t('reminders.unit')}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('reminders.remove')}
                title={t('reminders.remove')}
                disabled={total <= 1}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} disabled={total >= maxReminders} onClick={() => add(null)}>
            {t(`reminders.${name}.add`)}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

export function ReminderOffsetsModal(props: { scope: ReminderScope; rules: TReminderRules; onClose: () => void }) {
  const { scope, rules, onClose } = props;
  const t = useT(NOTIFICATION_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const save = useSaveReminderRules(scope);
  const [form] = Form.useForm<OffsetFormValues>();
  const total = (Form.useWatch('before', form)?.length ?? 0) + (Form.useWatch('overdue', form)?.length ?? 0);

  const options = useMemo(() => {
    const labels: Record<string, string> = { offsetsDays: t('reminders.field.all') };
    for (let index = 0; index < maxReminders; index += 1) {
      labels[`before.${index}`] = t('reminders.field.before');
      labels[`overdue.${index}`] = t('reminders.field.overdue');
    }
    return {
      toPayload: (values: Partial<OffsetRows>) => ({ offsetsDays: offsetsOfRows(rowsOf(values)), version: rules.version }),
      nameOf: (path: string) => fieldOfOffsetPath(path, rowsOf(form.getFieldsValue(true) as Partial<OffsetRows>)),
      labels,
    };
  }, [form, rules.version, t]);
  const zod = useZodForm<Partial<OffsetRows>>(ZReminderRulesInput, options);

  // The rules have passed, so every row holds a number.
  const submit = (values: Partial<OffsetRows>) =>
    save.mutate(
      { source: rules.source, input: { offsetsDays: offsetsOfRows(rowsOf(values)) as number[], version: rules.version } },
      {
        onSuccess: () => {
          void message.success(t('reminders.saved', { label: rules.label }));
          onClose();
        },
        onError: (error) => reportError(error, { form, nameOf: options.nameOf }),
      },
    );

  return (
    <Modal
      open
      title={t('reminders.modal.title', { label: rules.label })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={rowsOfOffsets(rules.offsetsDays)}
        onFinish={submit}
        // A problem the server found with the whole list no longer holds once a row changes.
        onValuesChange={() => form.setFields([{ name: ['offsetsDays'], errors: [] }])}
      >
        <Typography.Paragraph type="secondary">
          {t('reminders.limit', { max: maxReminders, before: maxDaysBefore, overdue: maxDaysOverdue })}
        </Typography.Paragraph>
        <Form.Item label={t('reminders.before')} extra={t('reminders.before.extra')}>
          <OffsetList name="before" min={0} max={maxDaysBefore} total={total} rules={zod.rules} />
        </Form.Item>
        <Form.Item label={t('reminders.overdue')}>
          {rules.overdueAllowed ? (
            <OffsetList name="overdue" min={1} max={maxDaysOverdue} total={total} rules={zod.rules} />
          ) : (
            <Typography.Text type="secondary">{t('reminders.overdue.none')}</Typography.Text>
          )}
        </Form.Item>
        <Form.Item name="offsetsDays" label={t('reminders.field.all')} rules={zod.rules('offsetsDays')} style={{ marginBottom: 0 }}>
          <OffsetsSummary />
        </Form.Item>
      </Form>
    </Modal>
  );
}
