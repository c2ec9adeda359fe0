import { Col, Form, Row } from 'antd';
import type { FormRule } from 'antd';
import { useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { EXCHANGE_MESSAGES } from '../exchange-messages';

interface FieldProps {
  name: string | (string | number)[];
  rules: FormRule[];
  required: boolean;
}

/** The first and last day of an exchange offer, request or agreement, side by side (stacked on a phone). */
export function PeriodFields({ field }: { field: (name: string) => FieldProps }) {
  const t = useT(EXCHANGE_MESSAGES);
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item {...field('startsOn')} label={t('post.startsOn')}>
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item {...field('endsOn')} label={t('post.endsOn')}>
          <DateInput />
        </Form.Item>
      </Col>
    </Row>
  );
}
