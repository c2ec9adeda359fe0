/** The organisation form shared by "new" and "edit". Field names are the API's, so server errors land on them. */
import { ORG_TYPES, type OrgType, SCHOOL_LEVELS, type SchoolLevel, ZOrgInput } from '@chanjiao/contracts/organizations';
import { Card, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { RegionCascader } from '../../../shared/components/RegionCascader';
import { ORG_MESSAGES } from '../messages';
import { useZodForm } from '../../../app/zod-form';
import { isSchoolType, orgPayload, type OrgFormValues } from '../org-payload';
import { characterCount, fieldLabel } from '../../../shared/field-rules';
import { DescriptionItem, FormActions } from '../../../shared/components/DirectoryFormParts';

/** Server answers about one field although they carry no field list. */
export const ORG_CODE_FIELDS = { USCC_DUPLICATE: 'uscc', USCC_INVALID: 'uscc' };

interface OrgFormProps {
  form: FormInstance<OrgFormValues>;
  initialValues?: OrgFormValues;
  onSubmit: (values: OrgFormValues) => void;
  submitting: boolean;
  submitLabel: string;
  cancelTo: string;
}

export function OrgForm({ form, initialValues, onSubmit, submitting, submitLabel, cancelTo }: OrgFormProps) {
  const t = useT(ORG_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const type = Form.useWatch('type', form);
  const label = (field: string) => fieldLabel(field, locale);
  const zod = useZodForm(ZOrgInput, { toPayload: orgPayload });

  const typeOptions = (Object.keys(ORG_TYPES) as OrgType[]).map((value) => ({ value, label: bilingual(ORG_TYPES[value]) }));
  const levelOptions = (Object.keys(SCHOOL_LEVELS) as SchoolLevel[]).map((value) => ({
    value,
    label: bilingual(SCHOOL_LEVELS[value]),
  }));

  return (
    <Form<OrgFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
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
            <Form.Item {...zod.field('type')} label={label('type')}>
              <Select<OrgType> options={typeOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          {isSchoolType(type) && (
            <Col xs={24} lg={8}>
              <Form.Item {...zod.field('level')} label={label('level')}>
                <Select<SchoolLevel> options={levelOptions} allowClear />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} lg={8}>
            <Form.Item
              {...zod.field('uscc')}
              label={label('uscc')}
              extra={t('form.uscc.extra')}
              normalize={(value: string) => value.toUpperCase()}
              validateTrigger="onBlur"
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('form.section.location')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('regionCode')} label={label('regionCode')}>
              <RegionCascader allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item {...zod.field('address')} label={label('address')}>
              <Input count={characterCount(200)} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('form.section.more')} style={{ marginBottom: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={8}>
            <Form.Item {...zod.field('legalRepresentative')} label={label('legalRepresentative')}>
              <Input count={characterCount(40)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item {...zod.field('website')} label={label('website')}>
              <Input placeholder="https://" inputMode="url" />
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
