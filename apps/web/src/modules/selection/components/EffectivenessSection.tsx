/** 3. 办学成效和服务能力: every row of the form's tables for 2025 (actual) and 2026 (committed). */
import type { TTextLimits } from '@chanjiao/contracts/selection-rules';
import { Col, Divider, Form, Input, InputNumber, Row } from 'antd';
import { Fragment } from 'react';
import { useT } from '../../../app/i18n';
import { characterCount } from '../../../shared/field-rules';
import { usePlacementSuggestion } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';
import { LimitedText, type NumberKind, useFieldLabel, YearPair } from './FormFields';
import { PlacementSuggestion, SUGGESTED_FIELDS, type SuggestedField } from './PlacementSuggestion';

const PAIRS: [field: string, kind: NumberKind][] = [
  ['coBuiltMajors', 'count'],
  ['coBuiltCourses', 'count'],
  ['coBuiltTextbooks', 'count'],
  ['coBuiltTrainingBases', 'count'],
  ['coBuiltIndustryColleges', 'count'],
  ['teacherPractice', 'amount'],
  ['apprenticeship', 'count'],
  ['fieldEngineers', 'count'],
  ['otherJointTraining', 'count'],
  ['talentDemandReports', 'count'],
  ['apprenticePositionRatio', 'percent'],
  ['internshipVolume', 'amount'],
  ['secondaryHigherThrough', 'count'],
  ['secondaryHigherBachelor', 'count'],
  ['undergraduateAdmissions', 'count'],
  ['examAdmissionRate', 'percent'],
  ['employmentRate', 'percent'],
];

const SERVICE: [field: string, kind: NumberKind][] = [
  ['techServicePlatforms', 'count'],
  ['rdConversionRate', 'percent'],
  ['rdFunding', 'amount'],
  ['researchOutputs', 'count'],
  ['skillAppraisals', 'count'],
  ['masterStudios', 'count'],
  ['employeeTrainingDays', 'amount'],
  ['socialTrainingDays', 'amount'],
];

function Teachers({ field, label }: { field: string; label: (path: string[]) => string }) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Form.Item label={label([field])} style={{ marginBottom: 0 }}>
      <Row gutter={12}>
        {(['y2025', 'y2026'] as const).map((year) =>
          (['personTimes', 'hours'] as const).map((measure) => (
            <Col xs={24} md={6} key={`${year}${measure}`}>
              <Form.Item
                name={[field, year, measure]}
                extra={`${t(year === 'y2025' ? 'year.2025' : 'year.2026')} · ${label([field, measure])}`}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )),
        )}
      </Row>
    </Form.Item>
  );
}

function TextPair({ field, label, max }: { field: string; label: string; max: number }) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Row gutter={12}>
        {(['y2025', 'y2026'] as const).map((year) => (
          <Col xs={24} md={12} key={year}>
            <Form.Item name={[field, year]} extra={t(year === 'y2025' ? 'year.2025' : 'year.2026')}>
              <Input.TextArea rows={3} count={characterCount(max)} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Form.Item>
  );
}

/** `suggest` (while the applicant fills the form in): offer the figures the consortium's placement records give. */
export function EffectivenessSection({
  textLimits,
  applicationId,
  suggest,
}: {
  textLimits: TTextLimits;
  applicationId: string;
  suggest: boolean;
}) {
  const label = useFieldLabel('effectiveness');
  const t = useT(SELECTION_MESSAGES);
  const { data: suggestion } = usePlacementSuggestion(applicationId, suggest);
  const pair = ([field, kind]: [string, NumberKind]) => (
    <Fragment key={field}>
      <YearPair name={[field]} label={label([field])} kind={kind} />
      {field in SUGGESTED_FIELDS && <PlacementSuggestion field={field as SuggestedField} suggestion={suggestion} />}
    </Fragment>
  );
  return (
    <>
      {PAIRS.slice(0, 5).map(pair)}
      <Teachers field="enterpriseTeachers" label={label} />
      <Teachers field="interSchoolTeachers" label={label} />
      {PAIRS.slice(5, 6).map(pair)}
      <LimitedText name={['teachingTeamAwards']} label={label(['teachingTeamAwards'])} max={textLimits.teachingTeamAwards} rows={2} />
      {PAIRS.slice(6, 10).map(pair)}
      <TextPair field="talentPlatform" label={label(['talentPlatform'])} max={textLimits.talentPlatform} />
      <TextPair field="newPractices" label={label(['newPractices'])} max={textLimits.newPractices} />
      {PAIRS.slice(10).map(pair)}
      <LimitedText
        name={['skillsCompetitionAwards']}
        label={label(['skillsCompetitionAwards'])}
        max={textLimits.skillsCompetitionAwards}
        rows={2}
      />
      <Divider titlePlacement="start">{t('section.service')}</Divider>
      {SERVICE.map(pair)}
    </>
  );
}
