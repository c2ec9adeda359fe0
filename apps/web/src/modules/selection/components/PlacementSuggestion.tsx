/**
 * 推荐书 三 asks for 教师企业实践、学徒岗位占比、实习实训量 and 发布人才需求报告（个）; where the consortium keeps its
 * placements and reports on the platform, each year's computed value is offered beside the field. Taking it is the applicant's choice, and a typed
 * different value is replaced only after asking.
 */
import type { TPlacementSuggestion } from '@chanjiao/contracts/talent/index';
import { Button, Form, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { PLACEMENT_SUGGESTION_MESSAGES } from '../placement-suggestion-messages';

/** The form field each figure pre-fills, and how the figure is computed. */
type SuggestedFigures = TPlacementSuggestion['figures'][number];

export const SUGGESTED_FIELDS = {
  teacherPractice: { figure: 'teacherPersonMonths', formula: 'teacher', decimals: 1 },
  apprenticePositionRatio: { figure: 'apprenticeRatio', formula: 'ratio', decimals: 1 },
  internshipVolume: { figure: 'internshipPersonMonths', formula: 'internship', decimals: 1 },
  talentDemandReports: { figure: 'talentDemandReports', formula: 'reports', decimals: 0 },
} as const satisfies Record<
  string,
  { figure: keyof SuggestedFigures; formula: keyof NonNullable<TPlacementSuggestion['formulas']>; decimals: number }
>;
export type SuggestedField = keyof typeof SUGGESTED_FIELDS;

/** Bound to the year's form field, so taking the value is a change the section saves like a typed one. */
function Accept({ suggested, value, onChange }: { suggested: number; value?: number | null; onChange?: (value: number) => void }) {
  const t = useT(PLACEMENT_SUGGESTION_MESSAGES);
  if (value === suggested) return <Typography.Text type="success">{t('accepted')}</Typography.Text>;
  const button = (confirming: boolean) => (
    <Button size="small" type="link" style={{ padding: 0 }} onClick={confirming ? undefined : () => onChange?.(suggested)}>
      {t('accept')}
    </Button>
  );
  if (value === null || value === undefined) return button(false);
  return (
    <Popconfirm title={t('replace', { typed: value, value: suggested })} onConfirm={() => onChange?.(suggested)}>
      {button(true)}
    </Popconfirm>
  );
}

function YearValue({ field, figures }: { field: SuggestedField; figures: SuggestedFigures }) {
  const t = useT(PLACEMENT_SUGGESTION_MESSAGES);
  const value = figures[SUGGESTED_FIELDS[field].figure];
  const text = value === null ? t('noRatio') : value.toFixed(SUGGESTED_FIELDS[field].decimals);
  const acceptable = value !== null && !(field === 'apprenticePositionRatio' && value > 100);
  return (
    <span>
      {t('year', { year: figures.year, value: text })}{' '}
      {acceptable ? (
        <Form.Item name={[field, `y${figures.year}`]} noStyle>
          <Accept suggested={value} />
        </Form.Item>
      ) : (
        value !== null && <Typography.Text type="warning">{t('overHundred')}</Typography.Text>
      )}
    </span>
  );
}

export function PlacementSuggestion({ field, suggestion }: { field: SuggestedField; suggestion: TPlacementSuggestion | undefined }) {
  const t = useT(PLACEMENT_SUGGESTION_MESSAGES);
  if (!suggestion?.body || !suggestion.formulas) return null;
  return (
    <div style={{ margin: '-8px 0 16px', fontSize: 13, color: '#555' }} data-testid={`suggestion-${field}`}>
      <Tooltip title={suggestion.formulas[SUGGESTED_FIELDS[field].formula]}>
        <span style={{ borderBottom: '1px dashed #999' }}>{t('lead', { body: suggestion.body.name })}</span>
      </Tooltip>
      <Space size={12} wrap style={{ display: 'inline-flex' }}>
        {suggestion.figures.map((figures) => (
          <YearValue key={figures.year} field={field} figures={figures} />
        ))}
      </Space>
    </div>
  );
}
