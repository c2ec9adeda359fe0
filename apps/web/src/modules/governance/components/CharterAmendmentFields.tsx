/**
 * The charter parameters a charter-amendment item proposes (章程第八条、第二十条、第十四条、第二十一条), edited inside
 * the agenda-item form under `amendment.parameters`, so that the server's field errors land under their field.
 * Each voting rule is a fraction, a comparator (以上 ≥ / 超过 >) and the number it is taken of (民法典第一千二百五十九条).
 */
import { COMPARATORS, VOTE_BASE_LABELS, VOTE_BASES } from '@chanjiao/contracts/governance-rules';
import { Form, InputNumber, Select, Space, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { AMENDABLE_PERIODS, AMENDABLE_VOTES } from '../charter-amendment';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';

const ROOT = ['amendment', 'parameters'] as const;

function PeriodFields({ name }: { name: (typeof AMENDABLE_PERIODS)[number] }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  return (
    <Space.Compact>
      {(['years', 'months', 'days'] as const).map((unit) => (
        <Form.Item key={unit} name={[...ROOT, name, unit]} noStyle>
          <InputNumber aria-label={`${t(`amend.${name}`)} ${t(`amend.${unit}`)}`} min={0} precision={0} style={{ width: 110 }} suffix={t(`amend.${unit}`)} />
        </Form.Item>
      ))}
    </Space.Compact>
  );
}

export function CharterAmendmentFields() {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  return (
    <>
      <Typography.Text strong>{t('amend.title')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('amend.hint')}</Typography.Paragraph>
      {AMENDABLE_VOTES.map((rule) => {
        const field = [...ROOT, 'votes', rule];
        return (
          <Form.Item key={rule} label={t(`rule.${rule}`)} required style={{ marginBottom: 12 }}>
            <Space wrap>
              <Form.Item name={[...field, 'numerator']} noStyle rules={[{ required: true, message: t('form.required', { field: `${t(`rule.${rule}`)} ${t('amend.numerator')}` }) }]}>
                <InputNumber aria-label={`${t(`rule.${rule}`)} ${t('amend.numerator')}`} min={1} precision={0} style={{ width: 80 }} />
              </Form.Item>
              <span>/</span>
              <Form.Item name={[...field, 'denominator']} noStyle rules={[{ required: true, message: t('form.required', { field: `${t(`rule.${rule}`)} ${t('amend.denominator')}` }) }]}>
                <InputNumber aria-label={`${t(`rule.${rule}`)} ${t('amend.denominator')}`} min={1} precision={0} style={{ width: 80 }} />
              </Form.Item>
              <Form.Item name={[...field, 'comparator']} noStyle>
                <Select
                  aria-label={`${t(`rule.${rule}`)} ${t('amend.comparator')}`}
                  style={{ width: 150 }}
                  options={COMPARATORS.map((comparator) => ({ value: comparator, label: t(`amend.comparator.${comparator}`) }))}
                />
              </Form.Item>
              <Form.Item name={[...field, 'base']} noStyle>
                <Select
                  aria-label={`${t(`rule.${rule}`)} ${t('amend.base')}`}
                  style={{ width: 240 }}
                  options={VOTE_BASES.map((base) => ({ value: base, label: bilingual(VOTE_BASE_LABELS[base]) }))}
                />
              </Form.Item>
            </Space>
          </Form.Item>
        );
      })}
      {AMENDABLE_PERIODS.map((period) => (
        <Form.Item key={period} label={t(`amend.${period}`)} style={{ marginBottom: 12 }}>
          <PeriodFields name={period} />
        </Form.Item>
      ))}
      <Form.Item
        name={[...ROOT, 'unexcusedAbsencesForExpulsion']}
        label={t('param.absences')}
        rules={[{ required: true, message: t('form.required', { field: t('param.absences') }) }]}
      >
        <InputNumber min={1} max={20} precision={0} style={{ width: 110 }} />
      </Form.Item>
    </>
  );
}
