/**
 * The charter parameters a charter-amendment item proposes (章程第八条、第二十条、第十四条、第二十一条), edited inside
 * the agenda-item form under `amendment.parameters` (or, registering a charter, under `parameters`), so that the
 * server's field errors land under their field.
 * Each voting rule is a fraction, a comparator (以上 ≥ / 超过 >) and the number it is taken of (民法典第一千二百五十九条).
 */
import { COMPARATORS, VOTE_BASE_LABELS, VOTE_BASES } from '@chanjiao/contracts/governance-rules';
import { Form, InputNumber, Select, Space, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { AMENDABLE_PERIODS, AMENDABLE_VOTES } from '../charter-amendment';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';

/** Where the parameters sit in the form: an agenda item's amendment, or a charter being registered. */
type Root = readonly string[];
const AMENDMENT_ROOT: Root = ['amendment', 'parameters'];

function PeriodFields({ name, root }: { name: (typeof AMENDABLE_PERIODS)[number]; root: Root }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  return (
    <Space.Compact>
      {(['years', 'months', 'days'] as const).map((unit) => (
        <Form.Item key={unit} name={[...root, name, unit]} noStyle>
          <InputNumber
            aria-label={`${t(`amend.${name}`)} ${t(`amend.${unit}`)}`}
            min={0}
            precision={0}
            style={{ width: 110 }}
            suffix={t(`amend.${unit}`)}
          />
        </Form.Item>
      ))}
    </Space.Compact>
  );
}

export function CharterAmendmentFields({ root = AMENDMENT_ROOT, heading }: { root?: Root; heading?: string }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  return (
    <>
      <Typography.Text strong>{heading ?? t('amend.title')}</Typography.Text>
      {!heading && <Typography.Paragraph type="secondary">{t('amend.hint')}</Typography.Paragraph>}
      {AMENDABLE_VOTES.map((rule) => {
        const field = [...root, 'votes', rule];
        return (
          <Form.Item key={rule} label={t(`rule.${rule}`)} required style={{ marginBottom: 12 }}>
            <Space wrap>
              <Form.Item
                name={[...field, 'numerator']}
                noStyle
                rules={[{ required: true, message: t('form.required', { field: `${t(`rule.${rule}`)} ${t('amend.numerator')}` }) }]}
              >
                <InputNumber aria-label={`${t(`rule.${rule}`)} ${t('amend.numerator')}`} min={1} precision={0} style={{ width: 80 }} />
              </Form.Item>
              <span>/</span>
              <Form.Item
                name={[...field, 'denominator']}
                noStyle
                rules={[{ required: true, message: t('form.required', { field: `${t(`rule.${rule}`)} ${t('amend.denominator')}` }) }]}
              >
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
          <PeriodFields name={period} root={root} />
        </Form.Item>
      ))}
      <Form.Item
        name={[...root, 'unexcusedAbsencesForExpulsion']}
        label={t('param.absences')}
        rules={[{ required: true, message: t('form.required', { field: t('param.absences') }) }]}
      >
        <InputNumber min={1} max={20} precision={0} style={{ width: 110 }} />
      </Form.Item>
    </>
  );
}
