/** 2. 联合体成员概况: three tables whose rows can be added (不够可加行). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TCallLimits } from '@chanjiao/contracts/selection-rules';
import { listLimitText, MEMBER_SCHOOL_LEVELS, OTHER_UNIT_NATURES } from '@chanjiao/contracts/selection/index';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useBilingual, useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';
import { MajorSelect } from './MajorSelect';
import { UnitInput } from './UnitInput';
import { NumberField, useFieldLabel } from './FormFields';

const newRow = (extra: Record<string, unknown>) => ({ id: crypto.randomUUID(), unit: { orgId: null, name: null, uscc: null }, ...extra });

function RowsTable({
  list,
  title,
  empty,
  renderRow,
}: {
  list: string;
  title: string;
  empty: Record<string, unknown>;
  renderRow: (row: number) => ReactNode;
}) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Form.List name={[list]}>
      {(fields, { add, remove }) => (
        <Card size="small" title={title} style={{ marginBottom: 16 }}>
          {fields.map((field, index) => (
            // Labels of different lengths wrap to one or two lines: rows align at the bottom, so the inputs line up.
            <Row key={field.key} gutter={8} align="bottom" wrap={false}>
              <Col flex="32px" style={{ paddingBottom: 29 }}>
                {index + 1}
              </Col>
              <Col flex="auto">{renderRow(field.name)}</Col>
              <Col flex="40px" style={{ paddingBottom: 24 }}>
                <Button icon={<DeleteOutlined />} aria-label={t('rows.remove')} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow(empty))} block>
            {t('rows.add')}
          </Button>
        </Card>
      )}
    </Form.List>
  );
}

export function MembersSection({ limits }: { limits: TCallLimits }) {
  const label = useFieldLabel('members');
  const bilingual = useBilingual();
  const name = (row: number, field: string) => [row, field];
  return (
    <>
      <RowsTable
        list="enterprises"
        title={label(['enterprises'])}
        empty={{ employees: null, assets: null, sales: null, cooperationBenefit2024: null }}
        renderRow={(row) => (
          <Row gutter={8} align="bottom">
            <Col xs={24} md={8}>
              <Form.Item name={[row, 'unit']} label={label(['enterprises', 'unit'])}>
                <UnitInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <NumberField name={name(row, 'employees')} label={label(['enterprises', 'employees'])} kind="count" />
            </Col>
            <Col xs={24} md={4}>
              <NumberField name={name(row, 'assets')} label={label(['enterprises', 'assets'])} kind="amount" />
            </Col>
            <Col xs={24} md={4}>
              <NumberField name={name(row, 'sales')} label={label(['enterprises', 'sales'])} kind="amount" />
            </Col>
            <Col xs={24} md={4}>
              <NumberField
                name={name(row, 'cooperationBenefit2024')}
                label={label(['enterprises', 'cooperationBenefit2024'])}
                kind="amount"
              />
            </Col>
          </Row>
        )}
      />
      <RowsTable
        list="schools"
        title={label(['schools'])}
        empty={{ level: null, majorCodes: [], students: null, relatedStudents: null }}
        renderRow={(row) => (
          <Row gutter={8} align="bottom">
            <Col xs={24} md={7}>
              <Form.Item name={[row, 'unit']} label={label(['schools', 'unit'])}>
                <UnitInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name={[row, 'level']} label={label(['schools', 'level'])}>
                <Select options={Object.entries(MEMBER_SCHOOL_LEVELS).map(([value, text]) => ({ value, label: bilingual(text) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item
                name={[row, 'majorCodes']}
                label={label(['schools', 'majorCodes'])}
                extra={bilingual(listLimitText(limits.relatedMajorsPerSchool))}
              >
                <MajorSelect max={limits.relatedMajorsPerSchool} />
              </Form.Item>
            </Col>
            <Col xs={24} md={3}>
              <NumberField name={name(row, 'students')} label={label(['schools', 'students'])} kind="count" />
            </Col>
            <Col xs={24} md={3}>
              <NumberField name={name(row, 'relatedStudents')} label={label(['schools', 'relatedStudents'])} kind="count" />
            </Col>
          </Row>
        )}
      />
      <RowsTable
        list="others"
        title={label(['others'])}
        empty={{ nature: null, headcount: null, supportRole: null, note: null }}
        renderRow={(row) => (
          <Row gutter={8} align="bottom">
            <Col xs={24} md={7}>
              <Form.Item name={[row, 'unit']} label={label(['others', 'unit'])}>
                <UnitInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name={[row, 'nature']} label={label(['others', 'nature'])}>
                <Select options={Object.entries(OTHER_UNIT_NATURES).map(([value, text]) => ({ value, label: bilingual(text) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={3}>
              <NumberField name={name(row, 'headcount')} label={label(['others', 'headcount'])} kind="count" />
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={[row, 'supportRole']} label={label(['others', 'supportRole'])}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name={[row, 'note']} label={label(['others', 'note'])}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
    </>
  );
}
