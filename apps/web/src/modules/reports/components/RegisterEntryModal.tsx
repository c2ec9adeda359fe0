/** Adds or changes one 项目与荣誉 entry; the school links to the platform's organisation of that name on the server. */
import { type TRegisterEntry, ZRegisterEntryInput } from '@chanjiao/contracts/reports/index';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useRegisterActions } from '../hooks/registers-api';
import { registerOptions } from '../register-options';
import { REGISTER_MESSAGES } from '../registers-messages';
import { type EntryFormValues, entryFormValues, entryPayload, extraTextWellFormed } from '../registers-payload';

const nameOf = (path: string) => (path.startsWith('extra') ? ['extraText'] : path.split('.').slice(0, 1));

export function RegisterEntryModal({ cycleId, entry, onClose }: { cycleId: string; entry?: TRegisterEntry; onClose: () => void }) {
  const t = useT(REGISTER_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<EntryFormValues>();
  const zod = useZodForm<EntryFormValues>(ZRegisterEntryInput, { toPayload: entryPayload, nameOf });
  const actions = useRegisterActions(cycleId);
  const pending = actions.create.isPending || actions.update.isPending;
  const options = registerOptions(bilingual);

  const submit = (values: EntryFormValues) => {
    const body = entryPayload(values);
    const after = {
      onSuccess: () => {
        void message.success(t('entries.saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form, nameOf }),
    };
    if (entry) actions.update.mutate({ entryId: entry.id, body: { ...body, version: entry.version } }, after);
    else actions.create.mutate(body, after);
  };

  return (
    <Modal
      open
      title={entry ? t('form.edit') : t('form.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          entry ? entryFormValues(entry) : { kind: 'project', level: 'city', schoolLevel: 'secondary', year: new Date().getFullYear() }
        }
      >
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item {...zod.field('kind')} label={t('filter.kind')}>
              <Select options={options.kinds} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item {...zod.field('level')} label={t('filter.level')}>
              <Select options={options.levels} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item {...zod.field('year')} label={t('filter.year')}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item {...zod.field('schoolLevel')} label={t('filter.schoolLevel')}>
              <Select options={options.schoolLevels} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('name')} label={t('col.name')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('holderSchool')} label={t('col.school')}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item {...zod.field('majorCode')} label={t('form.majorCode')}>
              <Input maxLength={7} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item {...zod.field('majorName')} label={t('form.majorName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('people')} label={t('form.people')}>
          <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item
          name="extraText"
          label={t('form.extra')}
          rules={[
            ...zod.rules(['extraText']),
            {
              validator: async (_, text?: string) =>
                extraTextWellFormed(text) ? undefined : Promise.reject(new Error(t('form.extra.format'))),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="专业技术职称：正高级讲师" />
        </Form.Item>
        <Form.Item {...zod.field('sourceTable')} label={t('form.source')}>
          <Input maxLength={60} placeholder="上海年报2024 表3" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
