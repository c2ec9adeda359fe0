/** 4 建设规划, 5 特色与创新 with the no-violation statement, 6 申报承诺 with signatories and seal images. */
import { UploadOutlined } from '@ant-design/icons';
import type { TTextLimits } from '@chanjiao/contracts/selection-rules';
import { Button, Checkbox, Col, Divider, Form, Row, Typography, Upload } from 'antd';
import { client, multipart, unwrap } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';
import { DateField, LimitedText, TextField, useFieldLabel } from './FormFields';

export function PlanSection({ textLimits }: { textLimits: TTextLimits }) {
  const label = useFieldLabel('plan');
  return <LimitedText name={['constructionPlan']} label={label(['constructionPlan'])} max={textLimits.constructionPlan} rows={16} />;
}

export function FeaturesSection({ textLimits }: { textLimits: TTextLimits }) {
  const label = useFieldLabel('features');
  const t = useT(SELECTION_MESSAGES);
  return (
    <>
      <LimitedText
        name={['featuresAndInnovation']}
        label={label(['featuresAndInnovation'])}
        max={textLimits.featuresAndInnovation}
        rows={10}
      />
      <Form.Item name={['noViolationConfirmed']} valuePropName="checked" label={label(['noViolationConfirmed'])}>
        <Checkbox>{t('section.statement')}</Checkbox>
      </Form.Item>
    </>
  );
}

const SLOTS = ['parkSignatory', 'enterpriseSignatory', 'schoolSignatory', 'authoritySignatory'] as const;

function SealUpload({ applicationId, slot, disabled }: { applicationId: string; slot: (typeof SLOTS)[number]; disabled: boolean }) {
  const t = useT(SELECTION_MESSAGES);
  const form = Form.useFormInstance();
  const report = useReportError();
  const sealId = Form.useWatch([slot, 'sealFileId'], form) as string | null | undefined;
  const upload = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    try {
      const stored = await unwrap(
        client.POST('/api/selection/applications/{id}/seals/{slot}', { params: { path: { id: applicationId, slot } }, ...multipart(body) }),
      );
      form.setFieldValue([slot, 'sealFileId'], stored.id);
    } catch (error) {
      report(error);
    }
  };
  return (
    <Form.Item label={t('seal.upload')}>
      <Upload accept="image/png,image/jpeg" showUploadList={false} disabled={disabled} beforeUpload={(file) => (void upload(file), false)}>
        <Button icon={<UploadOutlined />} disabled={disabled}>
          {t('seal.upload')}
        </Button>
      </Upload>
      {sealId && (
        <Typography.Text type="success" style={{ marginLeft: 8 }}>
          {t('seal.uploaded')}
        </Typography.Text>
      )}
    </Form.Item>
  );
}

export function CommitmentSection({ applicationId, disabled }: { applicationId: string; disabled: boolean }) {
  const label = useFieldLabel('commitment');
  const t = useT(SELECTION_MESSAGES);
  return (
    <>
      <Typography.Paragraph>{t('section.pledge')}</Typography.Paragraph>
      {SLOTS.map((slot) => (
        <div key={slot}>
          <Divider titlePlacement="start">{label([slot])}</Divider>
          {slot === 'authoritySignatory' && (
            <LimitedText name={['authorityOpinion']} label={label(['authorityOpinion'])} max={1000} rows={3} />
          )}
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <TextField name={[slot, 'name']} label={t('signatory.name')} max={30} />
            </Col>
            <Col xs={24} md={8}>
              <DateField name={[slot, 'signedOn']} label={t('signatory.date')} />
            </Col>
            <Col xs={24} md={8}>
              <SealUpload applicationId={applicationId} slot={slot} disabled={disabled} />
            </Col>
          </Row>
        </div>
      ))}
    </>
  );
}
