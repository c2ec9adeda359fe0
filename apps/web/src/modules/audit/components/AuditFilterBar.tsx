/** The audit log's filters; applied together with "search" so a half-typed filter sends no request. */
import { AUDIT_OUTCOME_NAMES, AUDIT_OUTCOMES, type AuditOutcomeName } from '@chanjiao/contracts/audit';
import { Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useBilingual, useT } from '../../../app/i18n';
import { type AuditFilterChange, type AuditFilters, hasAuditFilter } from '../audit-filters';
import { AUDIT_MESSAGES } from '../messages';

interface FilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcomeName;
}

const DAY = 'YYYY-MM-DD';

function valuesOf(filters: AuditFilters): FilterValues {
  return {
    range: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
    actor: filters.actor,
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    outcome: filters.outcome,
  };
}

function changeOf(values: FilterValues): AuditFilterChange {
  const [from, to] = values.range ?? [];
  return {
    from: from?.format(DAY),
    to: to?.format(DAY),
    actor: values.actor,
    action: values.action,
    entityType: values.entityType,
    entityId: values.entityId,
    outcome: values.outcome,
  };
}

const CLEARED: AuditFilterChange = {
  from: undefined,
  to: undefined,
  actor: undefined,
  action: undefined,
  entityType: undefined,
  entityId: undefined,
  outcome: undefined,
};

interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (change: AuditFilterChange) => void;
}

export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const t = useT(AUDIT_MESSAGES);
  const bilingual = useBilingual();
  const outcomeOptions = AUDIT_OUTCOME_NAMES.map((outcome) => ({ value: outcome, label: bilingual(AUDIT_OUTCOMES[outcome]) }));
  return (
    <Form<FilterValues>
      // Re-created when the address changes (back button, a link from the drawer) so the fields show it.
      key={JSON.stringify(filters)}
      layout="inline"
      initialValues={valuesOf(filters)}
      onFinish={(values) => onChange(changeOf(values))}
      style={{ marginBottom: 8, rowGap: 12 }}
    >
      <Form.Item name="range" label={t('filter.range')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('filter.from'), t('filter.to')]} />
      </Form.Item>
      <Form.Item name="actor" label={t('filter.actor')}>
        <Input allowClear maxLength={64} placeholder={t('filter.actor.placeholder')} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="action" label={t('filter.action')}>
        <Input allowClear maxLength={64} placeholder={t('filter.action.placeholder')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('filter.entityType')}>
        <Input allowClear maxLength={64} placeholder={t('filter.entityType.placeholder')} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="entityId" label={t('filter.entityId')}>
        <Input allowClear maxLength={200} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="outcome" label={t('filter.outcome')}>
        <Select allowClear options={outcomeOptions} placeholder={t('filter.outcome.all')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t('filter.apply')}
          </Button>
          {hasAuditFilter(filters) && <Button onClick={() => onChange(CLEARED)}>{t('filter.reset')}</Button>}
        </Flex>
      </Form.Item>
      <Typography.Text type="secondary" style={{ width: '100%', marginTop: 4 }}>
        {t('filter.hint')}
      </Typography.Text>
    </Form>
  );
}
