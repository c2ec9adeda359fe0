/** The survey's sections as editable lists: majors, teachers per major class, bases, partners, open courses. */
import { BASE_KIND_NAMES, BASE_KINDS, COURSE_MODES, type SurveySection, TRAINING_MODES } from '@chanjiao/contracts/resources/index';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useBilingual, useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { RESOURCES_MESSAGES } from '../resources-messages';
import { ClassPicker, MajorPicker } from './CataloguePickers';

type FieldProps = (name: NamePath) => { name: NamePath; rules: Rule[]; required: boolean };

interface SectionProps {
  section: SurveySection;
  title: string;
  disabled: boolean;
  empty: Record<string, unknown>;
  children: (row: number, at: (name: string) => NamePath) => ReactNode;
}

/** One section: its rows, each removable, and a button adding a row. */
function SectionList({ section, title, disabled, empty, children }: SectionProps) {
  const t = useT(RESOURCES_MESSAGES);
  return (
    <Card size="small" title={title} data-section={section}>
      <Form.List name={['content', section]}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => {
              const at = (name: string): NamePath => ['content', section, row.name, name];
              return (
                <div key={row.key} data-row={row.name} style={{ borderBottom: '1px dashed #e5e5e5', marginBottom: 12 }}>
                  <Row gutter={12}>{children(row.name, at)}</Row>
                  {!disabled && (
                    <Button size="small" type="link" danger onClick={() => remove(row.name)} style={{ paddingLeft: 0 }}>
                      {t('response.removeRow')}
                    </Button>
                  )}
                </div>
              );
            })}
            {!disabled && (
              <Button type="dashed" onClick={() => add(empty)} block>
                {t('response.addRow')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Card>
  );
}

const col = (span: { xs?: number; sm?: number; md?: number }, node: ReactNode, key: string) => (
  <Col key={key} xs={span.xs ?? 24} sm={span.sm ?? 12} md={span.md ?? 6}>
    {node}
  </Col>
);

export function SurveySections({ sections, disabled, field }: { sections: SurveySection[]; disabled: boolean; field: FieldProps }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const item = (at: (name: string) => NamePath, name: string, label: string, node: ReactNode, extra: object = {}) => (
    <Form.Item {...field(at(name))} name={at(name).slice(2) as NamePath} label={label} {...extra}>
      {node}
    </Form.Item>
  );
  const count = <InputNumber min={0} precision={0} style={{ width: '100%' }} disabled={disabled} />;
  const options = (table: Record<string, { 'zh-CN': string; 'en-US': string }>) =>
    Object.entries(table).map(([value, label]) => ({ value, label: bilingual(label) }));
  const blocks: Record<SurveySection, ReactNode> = {
    majors: (
      <SectionList section="majors" title={t('field.major')} disabled={disabled} empty={{ mode: 'secondary', studentsPerGrade: '' }}>
        {(_, at) => [
          col({ md: 8 }, item(at, 'majorCode', t('field.major'), <MajorPicker disabled={disabled} />), 'major'),
          col({ md: 5 }, item(at, 'mode', t('field.mode'), <Select disabled={disabled} options={options(TRAINING_MODES)} />), 'mode'),
          col(
            { md: 7 },
            item(at, 'studentsPerGrade', t('field.students'), <Input disabled={disabled} placeholder="120,118,110" />),
            'students',
          ),
          col(
            { md: 4 },
            item(
              at,
              'offeredSince',
              t('field.offeredSince'),
              <InputNumber min={1949} max={2100} precision={0} style={{ width: '100%' }} disabled={disabled} />,
            ),
            'since',
          ),
        ]}
      </SectionList>
    ),
    teachers: (
      <SectionList
        section="teachers"
        title={t('field.class')}
        disabled={disabled}
        empty={{ fullTime: 0, seniorTitle: 0, postgraduate: 0, dualQualified: 0, partTime: 0 }}
      >
        {(_, at) => [
          col({ md: 9 }, item(at, 'classCode', t('field.class'), <ClassPicker disabled={disabled} />), 'class'),
          ...(
            [
              ['fullTime', 'field.fullTime'],
              ['seniorTitle', 'field.senior'],
              ['postgraduate', 'field.postgraduate'],
              ['dualQualified', 'field.dual'],
              ['partTime', 'field.partTime'],
            ] as const
          ).map(([name, label]) => col({ xs: 12, sm: 8, md: 3 }, item(at, name, t(label), count), name)),
        ]}
      </SectionList>
    ),
    bases: (
      <SectionList
        section="bases"
        title={t('field.baseName')}
        disabled={disabled}
        empty={{ kind: BASE_KIND_NAMES[1], workstations: 0, openToMembers: true, majorCodes: [] }}
      >
        {(_, at) => [
          col({ md: 8 }, item(at, 'name', t('field.baseName'), <Input maxLength={60} disabled={disabled} />), 'name'),
          col({ md: 5 }, item(at, 'kind', t('field.baseKind'), <Select disabled={disabled} options={options(BASE_KINDS)} />), 'kind'),
          col({ md: 11 }, item(at, 'majorCodes', t('field.majors'), <MajorPicker multiple disabled={disabled} />), 'majors'),
          col({ xs: 12, md: 4 }, item(at, 'workstations', t('field.workstations'), count), 'workstations'),
          col(
            { xs: 12, md: 4 },
            item(
              at,
              'starLevel',
              t('field.star'),
              <InputNumber min={1} max={5} precision={0} style={{ width: '100%' }} disabled={disabled} />,
            ),
            'star',
          ),
          col(
            { xs: 24, md: 4 },
            item(at, 'openToMembers', t('field.open'), <Checkbox disabled={disabled} />, { valuePropName: 'checked' }),
            'open',
          ),
          col({ md: 12 }, item(at, 'bookingTerms', t('field.booking'), <Input maxLength={200} disabled={disabled} />), 'booking'),
        ]}
      </SectionList>
    ),
    partners: (
      <SectionList
        section="partners"
        title={t('field.partnerName')}
        disabled={disabled}
        empty={{ internsHosted: 0, orderClass: false, apprenticeship: false }}
      >
        {(_, at) => [
          col({ md: 8 }, item(at, 'uscc', t('field.uscc'), <Input maxLength={18} disabled={disabled} />), 'uscc'),
          col({ md: 8 }, item(at, 'name', t('field.partnerName'), <Input maxLength={80} disabled={disabled} />), 'name'),
          col({ md: 8 }, item(at, 'fields', t('field.fields'), <Input maxLength={100} disabled={disabled} />), 'fields'),
          col({ xs: 12, md: 5 }, item(at, 'agreementFrom', t('field.from'), <DateInput />), 'from'),
          col({ xs: 12, md: 5 }, item(at, 'agreementTo', t('field.to'), <DateInput />), 'to'),
          col({ xs: 12, md: 4 }, item(at, 'internsHosted', t('field.interns'), count), 'interns'),
          col(
            { xs: 6, md: 4 },
            item(at, 'orderClass', t('field.orderClass'), <Checkbox disabled={disabled} />, { valuePropName: 'checked' }),
            'order',
          ),
          col(
            { xs: 6, md: 4 },
            item(at, 'apprenticeship', t('field.apprenticeship'), <Checkbox disabled={disabled} />, { valuePropName: 'checked' }),
            'apprentice',
          ),
        ]}
      </SectionList>
    ),
    courses: (
      <SectionList
        section="courses"
        title={t('field.courseName')}
        disabled={disabled}
        empty={{ mode: 'blended', credits: 2, hours: 32, seats: 30 }}
      >
        {(_, at) => [
          col({ md: 8 }, item(at, 'name', t('field.courseName'), <Input maxLength={60} disabled={disabled} />), 'name'),
          col({ md: 8 }, item(at, 'majorCode', t('field.major'), <MajorPicker allowClear disabled={disabled} />), 'major'),
          col(
            { xs: 12, md: 4 },
            item(at, 'mode', t('field.courseMode'), <Select disabled={disabled} options={options(COURSE_MODES)} />),
            'mode',
          ),
          col(
            { xs: 12, md: 4 },
            item(
              at,
              'credits',
              t('field.credits'),
              <InputNumber min={0.5} max={20} step={0.5} style={{ width: '100%' }} disabled={disabled} />,
            ),
            'credits',
          ),
          col(
            { xs: 12, md: 4 },
            item(
              at,
              'hours',
              t('field.hours'),
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} disabled={disabled} />,
            ),
            'hours',
          ),
          col(
            { xs: 12, md: 4 },
            item(at, 'seats', t('field.seats'), <InputNumber min={1} precision={0} style={{ width: '100%' }} disabled={disabled} />),
            'seats',
          ),
        ]}
      </SectionList>
    ),
  };
  return (
    <>
      {sections.map((section) => (
        <div key={section} style={{ marginBottom: 16 }}>
          {blocks[section]}
        </div>
      ))}
    </>
  );
}
