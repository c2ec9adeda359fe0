/** The body form shared by "new" and "edit". Field names are the API's, so server errors land on their fields. */
import { BODY_KIND_NAMES, BODY_KINDS, type BodyKind, type TBody } from '@chanjiao/contracts/bodies';
import { Card, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { characterCount, fieldLabel, maxCharactersRule } from '../../../shared/field-rules';
import { RegionCascader } from '../../../shared/components/RegionCascader';
import type { BodyFormValues } from '../body-payload';
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
  const kindOptions = BODY_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(BODY_KINDS[kind]) }));

  return (
    <Form<BodyFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Card title={t('form.section.basics')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Form.Item
              name="name"
              label={label('name')}
              rules={[
                { required: true, whitespace: true, message: t('form.required', { field: label('name') }) },
                maxCharactersRule(100, locale),
              ]}
            >
              <Input count={characterCount(100)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="shortName" label={label('shortName')} rules={[maxCharactersRule(40, locale)]}>
              <Input count={characterCount(40)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="kind" label={label('kind')} rules={[{ required: true, message: t('form.choose', { field: label('kind') }) }]}>
              <Select<BodyKind> options={kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="regionCode" label={label('regionCode')}>
              <RegionCascader />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="foundedOn" label={label('foundedOn')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('form.section.more')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Form.Item name="secretariatOrgId" label={label('secretariatOrgId')} extra={t('form.secretariat.extra')}>
              <OrgSelect selected={body?.secretariatOrg} allowClear />
            </Form.Item>
          </Col>
          <Col span={24}>
            <DescriptionItem />
          </Col>
        </Row>
      </Card>

      <FormActions submitLabel={submitLabel} submitting={submitting} cancelTo={cancelTo} />
    </Form>
  );
}
