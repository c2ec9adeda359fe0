/** The body form shared by "new" and "edit". Field names are the API's, so server errors land on their fields. */
import { BODY_KIND_NAMES, BODY_KINDS, type BodyKind, type TBody, ZBodyInput, ZBodyUpdate } from '@chanjiao/contracts/bodies';
import { Card, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { characterCount, fieldLabel } from '../../../shared/field-rules';
import { RegionCascader } from '../../../shared/components/RegionCascader';
import { bodyCreatePayload, type BodyFormValues, bodyUpdatePayload } from '../body-payload';
import { BODY_MESSAGES } from '../messages';
import { DateInput } from '../../../shared/components/DateInput';
import { OrgSelect } from './OrgSelect';
import { DescriptionItem, FormActions } from '../../../shared/components/DirectoryFormParts';

/** Server answers that concern one field although they carry no field list. */
export const BODY_CODE_FIELDS = { BODY_NAME_TAKEN: 'name' };

interface BodyFormProps {
  form: FormInstance<BodyFormValues>;
  /** The body being edited; absent when creating. */
  body?: TBody;
  initialValues?: BodyFormValues;
  onSubmit: (values: BodyFormValues) => void;
  submitting: boolean;
  submitLabel: string;
  cancelTo: string;
}

export function BodyForm({ form, body, initialValues, onSubmit, submitting, submitLabel, cancelTo }: BodyFormProps) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const label = (field: string) => fieldLabel(field, locale);
  // The server checks a new body against ZBodyInput and a change against ZBodyUpdate; so does the form.
  const zod = useZodForm<BodyFormValues>(body ? ZBodyUpdate : ZBodyInput, {
    toPayload: body ? (values) => bodyUpdatePayload(values, body.version) : bodyCreatePayload,
  });
  const kindOptions = BODY_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(BODY_KINDS[kind]) }));

  return (
    <Form<BodyFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Card title={t('form.section.basics')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Form.Item {...zod.field('name')} label={label('name')}>
              <Input count={characterCount(100)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('shortName')} label={label('shortName')}>
              <Input count={characterCount(40)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('kind')} label={label('kind')}>
              <Select<BodyKind> options={kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('regionCode')} label={label('regionCode')}>
              <RegionCascader />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('foundedOn')} label={label('foundedOn')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('form.section.more')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Form.Item {...zod.field('secretariatOrgId')} label={label('secretariatOrgId')} extra={t('form.secretariat.extra')}>
              <OrgSelect selected={body?.secretariatOrg} allowClear />
            </Form.Item>
          </Col>
          <Col span={24}>
            <DescriptionItem rules={zod.rules('description')} />
          </Col>
        </Row>
      </Card>

      <FormActions submitLabel={submitLabel} submitting={submitting} cancelTo={cancelTo} />
    </Form>
  );
}
