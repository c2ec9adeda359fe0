/** A school's supply of one major and mode: three years' planned enrolment and expected graduates, places offered. */
import { STUDY_MODES, type TSupply, type TSupplyInput, ZSupplyInput, ZSupplyUpdate } from '@chanjiao/contracts/talent/index';
import { App, Col, Form, InputNumber, Modal, Row, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useSupplyActions } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { MajorSelect } from './MajorSelect';
import { ThreeYearFields } from './ThreeYearFields';

interface Props {
  bodyId: string;
  orgs: { id: string; name: string }[];
  editing?: TSupply;
  defaultYear: number;
  onClose: () => void;
}

const LEVELS = ['中职', '高职专科', '职业本科'] as const;

export function SupplyFormModal({ bodyId, orgs, editing, defaultYear, onClose }: Props) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TSupplyInput>();
  const [level, setLevel] = useState<(typeof LEVELS)[number]>((editing?.major.level as (typeof LEVELS)[number]) || '高职专科');
  const toPayload = useCallback(
    (values: TSupplyInput) =>
      editing
        ? {
            plannedEnrolment: values.plannedEnrolment,
            expectedGraduates: values.expectedGraduates,
            placementsOffered: values.placementsOffered,
            version: editing.version,
          }
        : values,
    [editing],
  );
  const zod = useZodForm<TSupplyInput>(editing ? ZSupplyUpdate : ZSupplyInput, { toPayload });
  const actions = useSupplyActions(bodyId);
  const startYear = Form.useWatch('startYear', form) as number | undefined;

  const submit = (values: TSupplyInput) => {
    const done = {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form }),
    };
    if (editing) {
      actions.update.mutate(
        {
          id: editing.id,
          plannedEnrolment: values.plannedEnrolment,
          expectedGraduates: values.expectedGraduates,
          placementsOffered: values.placementsOffered,
          version: editing.version,
        },
        done,
      );
    } else actions.create.mutate(values, done);
  };

  return (
    <Modal
      open
      width={720}
      title={editing ? `${t('action.edit')}：${editing.major.name}` : t('supply.add')}
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
                orgId: editing.org.id,
                majorCode: editing.major.code,
                mode: editing.mode,
                startYear: editing.startYear,
                plannedEnrolment: editing.plannedEnrolment,
                expectedGraduates: editing.expectedGraduates,
                placementsOffered: editing.placementsOffered,
              }
            : {
                orgId: orgs[0]?.id,
                mode: 'full_time',
                startYear: defaultYear,
                plannedEnrolment: [0, 0, 0],
                expectedGraduates: [0, 0, 0],
                placementsOffered: 0,
              }
        }
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('orgId')} label={t('form.org')}>
              <Select disabled={!!editing} options={orgs.map((org) => ({ value: org.id, label: org.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('form.level')}>
              <Select
                disabled={!!editing}
                value={level}
                onChange={(value) => (setLevel(value), form.setFieldValue('majorCode', undefined))}
                options={LEVELS.map((value) => ({ value, label: value }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {editing ? (
          <Form.Item label={t('form.major')}>{`${editing.major.code} ${editing.major.name}`}</Form.Item>
        ) : (
          <Form.Item {...zod.field('majorCode')} label={t('form.major')}>
            <MajorSelect level={level} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('mode')} label={t('form.mode')}>
              <Select
                disabled={!!editing}
                options={Object.entries(STUDY_MODES).map(([value, label]) => ({ value, label: bilingual(label) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('startYear')} label={t('form.startYear')}>
              <InputNumber disabled={!!editing} min={2020} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ThreeYearFields name="plannedEnrolment" label={t('form.enrolment')} startYear={startYear} field={zod.field} />
        <ThreeYearFields name="expectedGraduates" label={t('form.graduates')} startYear={startYear} field={zod.field} />
        <Form.Item {...zod.field('placementsOffered')} label={t('form.placements')}>
          <InputNumber min={0} precision={0} style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
