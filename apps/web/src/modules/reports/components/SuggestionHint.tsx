/**
 * A figure the platform counted for one field (the unit's exchange agreements of the report's year), shown under the
 * field with the agreements behind it. Adopting it fills the field; a typed value is never replaced without the click.
 */
import type { TReportSuggestion } from '@chanjiao/contracts/reports/index';
import { Button, Form, List, Popover, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { REPORT_MESSAGES } from '../reports-messages';

interface Props {
  name: (string | number)[];
  year: number;
  suggestion: TReportSuggestion;
  editable: boolean;
}

export function SuggestionHint({ name, year, suggestion, editable }: Props) {
  const t = useT(REPORT_MESSAGES);
  const form = Form.useFormInstance();
  const current = Form.useWatch(name, form) as number | null | undefined;
  const sources = (
    <List
      size="small"
      style={{ maxWidth: 420 }}
      header={t('report.suggestion.sources', { year, count: suggestion.sources.length })}
      dataSource={suggestion.sources}
      renderItem={(s) => (
        <List.Item>
          {`${s.startsOn}～${s.endsOn} ${t(`report.suggestion.${s.role}`)} ${s.counterpart}：`}
          {s.kind === 'experience'
            ? t('report.suggestion.participants', { participants: s.participants ?? 0 })
            : t('report.suggestion.figures', { days: s.days ?? 0, hours: s.hours ?? 0 })}
          <Typography.Text type="secondary">（{s.body}）</Typography.Text>
        </List.Item>
      )}
    />
  );
  return (
    <Space size={4} wrap>
      <Popover content={sources} trigger={['hover', 'click']}>
        <Typography.Link>{t('report.suggestion', { value: suggestion.value })}</Typography.Link>
      </Popover>
      {current === suggestion.value ? (
        <Typography.Text type="success">{t('report.suggestion.adopted')}</Typography.Text>
      ) : (
        editable && (
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => form.setFieldValue(name, suggestion.value)}>
            {t('report.suggestion.adopt')}
          </Button>
        )
      )}
    </Space>
  );
}
