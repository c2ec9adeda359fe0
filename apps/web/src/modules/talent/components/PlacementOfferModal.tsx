/** An enterprise of the enterprise list offers internship or apprenticeship places, linked to a position of its job list. */
import { PLACEMENT_KINDS, type TPlacementOfferInput, type TPlacements, ZPlacementOfferInput } from '@chanjiao/contracts/talent/index';
import { Col, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import type { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { usePlacementActions } from '../hooks/placements-api';
import { PLACEMENT_MESSAGES } from '../placements-messages';
import { PlacementFormModal } from './PlacementFormModal';

export function PlacementOfferModal({
  bodyId,
  orgs,
  jobs,
  onClose,
}: {
  bodyId: string;
  orgs: { id: string; name: string }[];
  jobs: TPlacements['jobs'];
  onClose: () => void;
}) {
  const t = useT(PLACEMENT_MESSAGES);
  const actions = usePlacementActions(bodyId);
  return (
    <PlacementFormModal<TPlacementOfferInput>
      title={t('offer.add')}
      schema={ZPlacementOfferInput}
      initialValues={{ orgId: orgs[0]?.id, kind: 'internship', places: 1 }}
      pending={actions.offer.isPending}
      onSubmit={(values, done) => actions.offer.mutate({ ...values, jobId: values.jobId ?? undefined }, done)}
      onClose={onClose}
    >
      {(field, form) => <OfferFields field={field} form={form} orgs={orgs} jobs={jobs} />}
    </PlacementFormModal>
  );
}

type Field = ReturnType<typeof useZodForm<TPlacementOfferInput>>['field'];

function OfferFields({
  field,
  form,
  orgs,
  jobs,
}: {
  field: Field;
  form: FormInstance<TPlacementOfferInput>;
  orgs: { id: string; name: string }[];
  jobs: TPlacements['jobs'];
}) {
  const t = useT(PLACEMENT_MESSAGES);
  const bilingual = useBilingual();
  const orgId = Form.useWatch('orgId', form);
  const ownJobs = jobs.filter((j) => j.orgId === orgId);
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item {...field('orgId')} label={t('offer.org')}>
            <Select options={orgs.map((o) => ({ value: o.id, label: o.name }))} onChange={() => form.setFieldValue('jobId', undefined)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item {...field('kind')} label={t('offer.kind')}>
            <Select options={Object.entries(PLACEMENT_KINDS).map(([value, text]) => ({ value, label: bilingual(text) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item {...field('jobId')} label={t('offer.job')}>
        <Select
          allowClear
          options={ownJobs.map((j) => ({ value: j.id, label: `${j.position}（${j.headcount} 人）` }))}
          onChange={(id?: string) => {
            const job = ownJobs.find((j) => j.id === id);
            if (job && !form.getFieldValue('position')) form.setFieldValue('position', job.position);
          }}
        />
      </Form.Item>
      <Form.Item {...field('position')} label={t('offer.position')}>
        <Input maxLength={60} showCount />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item {...field('places')} label={t('offer.places')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item {...field('startsOn')} label={t('offer.startsOn')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item {...field('endsOn')} label={t('offer.endsOn')}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
