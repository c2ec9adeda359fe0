/**
 * The authority's own figures for its report: 表3 培训情况 by year (参与基地单位、开设培训课程、培训人次、培训总课时), the
 * 合计 the server computes from the saved years, and a 合计 a document states, flagged where it differs.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  REPORT_LABELS,
  type TAuthorityDataSave,
  type TAuthorityDataView,
  type TrainingColumn,
  type TStatedTrainingTotals,
  type TTrainingYear,
  ZAuthorityDataSave,
} from '@chanjiao/contracts/reports/index';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { useReportError } from '../../../app/forms';
import { useZodForm } from '../../../app/zod-form';
import { useAuthorityData, useSaveAuthorityData } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../reports-messages';
import { StatedDifferencesAlert } from './StatedDifferencesAlert';

const COLUMNS: TrainingColumn[] = ['baseUnits', 'trainingCourses', 'trainingPersonTimes', 'trainingHours'];

interface Values {
  data: { training: { years: TTrainingYear[]; stated: TStatedTrainingTotals } };
  hasStated: boolean;
}

const blankStated = (): TStatedTrainingTotals => ({
  baseUnits: null,
  trainingCourses: null,
  trainingPersonTimes: null,
  trainingHours: null,
  source: '',
});

export function TrainingTableCard({ cycleId }: { cycleId: string }) {
  const t = useT(REPORT_MESSAGES);
  const view = useAuthorityData(cycleId);
  return (
    <Card title={t('training.title')} style={{ marginTop: 12 }}>
      {view.data && <TrainingForm key={view.data.version} view={view.data} />}
    </Card>
  );
}

function TrainingForm({ view }: { view: TAuthorityDataView }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const save = useSaveAuthorityData(view.cycle.id);
  const [form] = Form.useForm<Values>();
  const hasStated = Form.useWatch('hasStated', form) ?? view.data.training.stated !== null;
  const toPayload = (values: Values): TAuthorityDataSave => ({
    data: { training: { years: values.data.training.years ?? [], stated: values.hasStated ? values.data.training.stated : null } },
    version: view.version,
  });
  const zod = useZodForm<Values>(ZAuthorityDataSave, { toPayload });
  const initialValues: Values = {
    data: { training: { years: view.data.training.years, stated: view.data.training.stated ?? blankStated() } },
    hasStated: view.data.training.stated !== null,
  };
  const label = (column: TrainingColumn) => bilingual(REPORT_LABELS[column]!);
  const submit = () =>
    form.validateFields().then(
      () =>
        save.mutate(toPayload(form.getFieldsValue(true) as Values), {
          onSuccess: () => void message.success(t('training.saved')),
          onError: (error) => reportError(error, { form }),
        }),
      () => undefined,
    );
  const totals = view.trainingTotals;
  return (
    <Form form={form} layout="vertical" initialValues={initialValues}>
      <Typography.Paragraph type="secondary">{t('training.help', { year: view.cycle.reportYear })}</Typography.Paragraph>
      <Form.List name={['data', 'training', 'years']}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Row gutter={8} key={row.key} align="bottom">
                <Col xs={12} md={3}>
                  <Form.Item
                    name={[row.name, 'year']}
                    rules={zod.rules(['data', 'training', 'years', row.name, 'year'])}
                    label={t('training.year')}
                  >
                    <InputNumber style={{ width: '100%' }} precision={0} />
                  </Form.Item>
                </Col>
                {COLUMNS.map((column) => (
                  <Col xs={12} md={4} key={column}>
                    <Form.Item
                      name={[row.name, column]}
                      rules={zod.rules(['data', 'training', 'years', row.name, column])}
                      label={label(column)}
                    >
                      <InputNumber style={{ width: '100%' }} min={0} />
                    </Form.Item>
                  </Col>
                ))}
                <Col xs={12} md={2}>
                  <Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('training.remove')}
                      onClick={() => remove(row.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({
                  year: view.cycle.reportYear - rows.length,
                  baseUnits: null,
                  trainingCourses: null,
                  trainingPersonTimes: null,
                  trainingHours: null,
                })
              }
              style={{ marginBottom: 12 }}
            >
              {t('training.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Paragraph>
        {t('training.totals', {
          figures: COLUMNS.map((column) => `${label(column)} ${totals[column]?.toLocaleString('en-US') ?? '—'}`).join('，'),
        })}
      </Typography.Paragraph>
      <Form.Item name="hasStated" valuePropName="checked">
        <Checkbox>{t('training.stated')}</Checkbox>
      </Form.Item>
      {hasStated && (
        <Row gutter={8}>
          {COLUMNS.map((column) => (
            <Col xs={12} md={4} key={column}>
              {/* A blank cell is allowed (表3 leaves 参与基地单位 blank), so no asterisk. */}
              <Form.Item
                name={['data', 'training', 'stated', column]}
                rules={zod.rules(['data', 'training', 'stated', column])}
                label={label(column)}
              >
                <InputNumber style={{ width: '100%' }} min={0} placeholder={t('training.blank')} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item {...zod.field(['data', 'training', 'stated', 'source'])} label={t('training.source')}>
              <Input placeholder={t('training.sourceHint')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <StatedDifferencesAlert differences={view.differences} gap={12} />
      <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
        {t('training.save')}
      </Button>
    </Form>
  );
}
