/** A share threshold (n/d) as two number fields under `name`, validated by the form's schema. */
import { Form, InputNumber, Space } from 'antd';
import type { useZodForm } from '../../../app/zod-form';

interface Props {
  field: ReturnType<typeof useZodForm>['field'];
  name: string[];
  label: string;
}

export function ShareField({ field, name, label }: Props) {
  return (
    <Form.Item label={label} required>
      <Space.Compact>
        <Form.Item {...field([...name, 'numerator'])} noStyle>
          <InputNumber min={0} precision={0} style={{ width: 70 }} aria-label="numerator" />
        </Form.Item>
        <span style={{ padding: '4px 8px' }}>/</span>
        <Form.Item {...field([...name, 'denominator'])} noStyle>
          <InputNumber min={1} precision={0} style={{ width: 70 }} aria-label="denominator" />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}
