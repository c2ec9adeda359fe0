/** An enterprise's demand: position, occupation, wanted majors, level, three years' headcount, place, wage, places. */
import {
  CATALOGUE_LEVEL,
  type TalentLevel,
  TALENT_LEVELS,
  type TDemand,
  type TDemandInput,
  ZDemandInput,
  ZDemandUpdate,
} from '@chanjiao/contracts/talent/index';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { RegionCascader } from '../../../shared/components/RegionCascader';
import { useDemandActions } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { MajorSelect } from './MajorSelect';
import { ThreeYearFields } from './ThreeYearFields';

interface Props {
  bodyId: string;
  orgs: { id: string; name: string }[];
  /** The demand to adjust; a new one when absent. */
  editing?: TDemand;
  defaultYear: number;
  onClose: () => void;
}

function valuesOf(demand: TDemand): TDemandInput {
  return {
    orgId: demand.org.id,
    position: demand.position,
    occupation: demand.occupation,
    occupationCode: demand.occupationCode ?? undefined,
    majorCodes: demand.majors.map((m) => m.code),
    educationLevel: demand.educationLevel,
    startYear: demand.startYear,
    headcounts: demand.headcounts,
    skills: demand.skills ?? undefined,
    locationRegionCode: demand.location.code,
    wageMin: demand.wageMin ?? undefined,
    wageMax: demand.wageMax ?? undefined,
    apprenticeshipPlaces: demand.apprenticeshipPlaces,
    internshipPlaces: demand.internshipPlaces,
  };
}

export function DemandFormModal({ bodyId, orgs, editing, defaultYear, onClose }: Props) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TDemandInput>();
  const toPayload = useCallback(
    (values: TDemandInput) => (editing ? { ...values, orgId: undefined, version: editing.version } : values),
    [editing],
  );
  const zod = useZodForm<TDemandInput>(editing ? ZDemandUpdate : ZDemandInput, { toPayload });
  const actions = useDemandActions(bodyId);
  const level = Form.useWatch('educationLevel', form) as TalentLevel | undefined;
  const startYear = Form.useWatch('startYear', form) as number | undefined;
  const pending = actions.create.isPending || actions.update.isPending;

  const submit = (values: TDemandInput) => {
    const done = {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form }),
    };
    if (editing) {
      const { orgId: _orgId, ...rest } = values;
      actions.update.mutate({ ...rest, id: editing.id, version: editing.version }, done);
    } else actions.create.mutate(values, done);
  };

  return (
    <Modal
      open
      width={760}
      title={editing ? `${t('action.edit')}：${editing.position}` : t('demand.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          editing
            ? valuesOf(editing)
            : {
                orgId: orgs[0]?.id,
                educationLevel: 'higher_associate',
                startYear: defaultYear,
                headcounts: [0, 0, 0],
                apprenticeshipPlaces: 0,
                internshipPlaces: 0,
              }
        }
      >
        <Form.Item {...zod.field('orgId')} label={t('form.org')} hidden={!!editing}>
          <Select options={orgs.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('position')} label={t('form.position')}>
              <Input maxLength={60} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('occupation')} label={t('form.occupation')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('occupationCode')} label={t('form.occupationCode')}>
              <Input placeholder="6-18-01-01" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('educationLevel')} label={t('form.level')}>
              <Select
                options={Object.entries(TALENT_LEVELS).map(([value, label]) => ({ value, label: bilingual(label) }))}
                onChange={() => form.setFieldValue('majorCodes', [])}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('majorCodes')} label={t('form.majors')} extra={t('form.majors.help')}>
          <MajorSelect multiple level={level ? CATALOGUE_LEVEL[level] : undefined} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item {...zod.field('startYear')} label={t('form.startYear')}>
              <InputNumber min={2020} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <ThreeYearFields name="headcounts" label={t('form.headcounts')} startYear={startYear} field={zod.field} />
          </Col>
        </Row>
        <Form.Item {...zod.field('skills')} label={t('form.skills')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item {...zod.field('locationRegionCode')} label={t('form.location')}>
          <RegionCascader />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item {...zod.field('wageMin')} label={t('form.wageMin')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item {...zod.field('wageMax')} label={t('form.wageMax')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item {...zod.field('apprenticeshipPlaces')} label={t('form.apprenticeship')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item {...zod.field('internshipPlaces')} label={t('form.internship')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
