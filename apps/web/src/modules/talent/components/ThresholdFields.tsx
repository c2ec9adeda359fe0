/** The shortage rule's thresholds as form fields (names under `thresholds`), validated by the form's schema. */
import { Col, Form, InputNumber, Row } from 'antd';
import { useT } from '../../../app/i18n';
import type { useZodForm } from '../../../app/zod-form';
import { TALENT_MESSAGES } from '../talent-messages';
import { ShareField } from './ShareField';

interface Props {
  field: ReturnType<typeof useZodForm>['field'];
}

export function ThresholdFields({ field }: Props) {
  const t = useT(TALENT_MESSAGES);
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item {...field(['thresholds', 'minGap'])} label={t('shortage.form.minGap')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <ShareField field={field} name={['thresholds', 'minGapShare']} label={t('shortage.form.share')} />
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item {...field(['thresholds', 'minEnterprises'])} label={t('shortage.form.minEnterprises')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
