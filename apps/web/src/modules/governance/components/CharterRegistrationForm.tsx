/**
 * The first registration of a body's charter (章程第二十九条), offered only while none is on record: title,
 * adoption date and its basis (the meeting and document), the articles with a preview laid out as the charter
 * page prints them, the rotation rule of 章程第六条 and the voting rules. Later changes need an amendment vote.
 */
import { CHAIR_ROTATION_BASES, CHAIR_ROTATION_BASIS_LABELS, ZCharterRegistration } from '@chanjiao/contracts/governance/charter';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { type RegistrationFormValues, registrationFormValues, registrationPayload } from '../charter-registration';
import { charterBlocks } from '../charter-text';
import { useRegisterCharter } from '../hooks/joint-meeting-api';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { CharterAmendmentFields } from './CharterAmendmentFields';
import { CharterText } from './CharterText';

const PARAMETERS_ROOT = ['parameters'] as const;

export function CharterRegistrationForm({ bodyId, bodyName }: { bodyId: string; bodyName: string | undefined }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<RegistrationFormValues>();
  const zod = useZodForm<RegistrationFormValues>(ZCharterRegistration, { toPayload: registrationPayload });
  const register = useRegisterCharter(bodyId);
  const text = Form.useWatch('text', form) ?? '';
  const articles = charterBlocks(text).filter((block) => block.kind === 'article').length;

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(registrationFormValues(bodyName));
  }, [form, bodyId, bodyName]);

  const submit = (values: RegistrationFormValues) =>
    register.mutate(registrationPayload(values), {
      onSuccess: () => void message.success(t('register.saved')),
      onError: (error) => reportError(error, { form }),
    });

  return (
    <Card title={t('register.title')} style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('register.hint')} />
      <Form form={form} layout="vertical" onFinish={submit} aria-label={t('register.title')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item {...zod.field('charterTitle')} label={t('register.charterTitle')}>
              <Input maxLength={100} placeholder={t('register.charterTitlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...zod.field('effectiveOn')} label={t('register.effectiveOn')}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('adoptionBasis')} label={t('register.adoptionBasis')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('register.adoptionBasisPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item {...zod.field('text')} label={t('register.text')} extra={t('register.textHint')}>
              <Input.TextArea rows={14} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('register.preview', { articles })}</Typography.Text>
            <div
              data-testid="charter-preview"
              style={{
                marginTop: 8,
                marginBottom: 24,
                padding: 12,
                border: '1px solid #f0f0f0',
                borderRadius: 6,
                maxHeight: 420,
                overflow: 'auto',
              }}
            >
              {text.trim() ? <CharterText text={text} /> : <Typography.Text type="secondary">{t('register.previewEmpty')}</Typography.Text>}
            </div>
          </Col>
        </Row>
        <Typography.Text strong>{t('register.rotation')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={6}>
            <Form.Item {...zod.field(['chairRotation', 'termYears'])} label={t('register.termYears')}>
              <InputNumber min={1} max={10} precision={0} style={{ width: 110 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item {...zod.field(['chairRotation', 'basis'])} label={t('register.basis')} extra={t('register.basisHint')}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={CHAIR_ROTATION_BASES.map((basis) => ({ value: basis, label: bilingual(CHAIR_ROTATION_BASIS_LABELS[basis]) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <CharterAmendmentFields root={PARAMETERS_ROOT} heading={t('register.votes')} />
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
