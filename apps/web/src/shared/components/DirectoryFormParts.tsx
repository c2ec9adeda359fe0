/** Pieces the organisation and body forms share: the free-text description and the submit/cancel row. */
import { Button, Flex, Form, type FormRule, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../../app/i18n';
import { APP_MESSAGES } from '../../app/messages';
import { characterCount, fieldLabel } from '../field-rules';

const DESCRIPTION_MAX = 2000;

/** `rules`: the form's zod rule for the field (`zod.rules('description')`), so its limit is the server's. */
export function DescriptionItem({ rules }: { rules: FormRule[] }) {
  const locale = useLocale();
  return (
    <Form.Item name="description" label={fieldLabel('description', locale)} rules={rules}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} count={characterCount(DESCRIPTION_MAX)} />
    </Form.Item>
  );
}

export function FormActions({ submitLabel, submitting, cancelTo }: { submitLabel: string; submitting: boolean; cancelTo: string }) {
  const tApp = useT(APP_MESSAGES);
  const navigate = useNavigate();
  return (
    <Flex gap={8}>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitLabel}
      </Button>
      <Button onClick={() => navigate(cancelTo)}>{tApp('common.cancel')}</Button>
    </Flex>
  );
}
