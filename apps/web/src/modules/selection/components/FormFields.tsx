/** Inputs of the 推荐书 with the form's own labels, limits and units, named by their place in the section. */
import { APPLICATION_FIELD_LABELS, applicationFieldLabel } from '@chanjiao/contracts/selection/index';
import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useLocale, useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { characterCount } from '../../../shared/field-rules';
import { SELECTION_MESSAGES } from '../messages';
import { UnitInput } from './UnitInput';

export type FieldPath = (string | number)[];

/** The label the form prints for `section.field…` (without row numbers). */
export function useFieldLabel(section: string): (path: FieldPath) => string {
  const locale = useLocale();
  return (path) => {
    const key = [section, ...path.filter((segment) => typeof segment === 'string')].join('.');
    // Shared leaves (人次, 课时数 …) have no entry of their own; the full label's last part names them.
    return (
      APPLICATION_FIELD_LABELS[key]?.[locale] ??
      applicationFieldLabel([section, ...path], locale)
        .split(' › ')
        .at(-1)!
    );
  };
}

export type NumberKind = 'count' | 'amount' | 'percent';

function numberProps(kind: NumberKind) {
  if (kind === 'count') return { min: 0, precision: 0 };
  if (kind === 'percent') return { min: 0, max: 100, step: 0.1, suffix: '%' };
  return { min: 0, step: 0.01 };
}

export function NumberField({ name, label, kind }: { name: FieldPath; label: string; kind: NumberKind }) {
  return (
    <Form.Item name={name} label={label}>
      <InputNumber {...numberProps(kind)} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** One figure for 2025 (已有基础) and one for 2026 (建设承诺), side by side as the form's columns. */
export function YearPair({ name, label, kind }: { name: FieldPath; label: string; kind: NumberKind }) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Row gutter={12}>
        {(['y2025', 'y2026'] as const).map((year) => (
          <Col xs={24} md={12} key={year}>
            <Form.Item name={[...name, year]} extra={t(year === 'y2025' ? 'year.2025' : 'year.2026')}>
              <InputNumber {...numberProps(kind)} style={{ width: '100%' }} aria-label={`${label} ${year.slice(1)}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Form.Item>
  );
}

export function TextField({ name, label, max }: { name: FieldPath; label: string; max?: number }) {
  return (
    <Form.Item name={name} label={label}>
      <Input count={max ? characterCount(max) : undefined} />
    </Form.Item>
  );
}

/** Long text with the call's character limit shown as a counter that turns red past the limit. */
export function LimitedText({ name, label, max, rows = 4 }: { name: FieldPath; label: string; max: number; rows?: number }) {
  return (
    <Form.Item name={name} label={label}>
      <Input.TextArea rows={rows} count={characterCount(max)} />
    </Form.Item>
  );
}

/** A unit the form names: picked from the organisation directory, or typed when it is not listed. */
export function UnitField({ name, label }: { name: FieldPath; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <UnitInput />
    </Form.Item>
  );
}

/** A date picked from the calendar or typed as 2026-05-20, 2026/5/20, 2026.5.20 or 2026年5月20日. */
export function DateField({ name, label }: { name: FieldPath; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <DateInput />
    </Form.Item>
  );
}
