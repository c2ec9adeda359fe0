/** Three whole numbers, one for each year from the form's first year, validated by the form's schema at `name.i`. */
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import InputNumber from 'antd/es/input-number';
import { useT } from '../../../app/i18n';
import type { useZodForm } from '../../../app/zod-form';
import { TALENT_MESSAGES } from '../talent-messages';

interface Props {
  name: string;
  label: string;
  startYear: number | undefined;
  field: ReturnType<typeof useZodForm>['field'];
}

export function ThreeYearFields({ name, label, startYear, field }: Props) {
  const t = useT(TALENT_MESSAGES);
  return (
    <Form.Item label={label} required>
      <Flex gap={8} wrap>
        {[0, 1, 2].map((i) => (
          <Form.Item
            key={i}
            {...field([name, i])}
            noStyle={false}
            style={{ marginBottom: 0, minWidth: 110, flex: 1 }}
            extra={startYear ? t('year', { year: startYear + i }) : undefined}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label={`${label} ${startYear ? startYear + i : i + 1}`} />
          </Form.Item>
        ))}
      </Flex>
    </Form.Item>
  );
}
