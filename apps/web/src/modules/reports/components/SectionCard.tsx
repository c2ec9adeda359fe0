/** One section of the data form: its counts with last year's value, the server's problems and the return comments. */
import { MessageOutlined } from '@ant-design/icons';
import {
  OPEN_CENTRE_STAR_NAMES,
  OPEN_CENTRE_STARS,
  REPORT_LABELS,
  REPORT_SECTIONS,
  type ReportSection,
  type TReportData,
  type TReportProblem,
  type TReportSuggestions,
} from '@chanjiao/contracts/reports/index';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { type Bilingual } from '@chanjiao/contracts/i18n';
import { useBilingual, useT } from '../../../app/i18n';
import { AMOUNT_FIELDS, numberFields } from '../report-fields';
import { REPORT_MESSAGES } from '../reports-messages';
import { SuggestionHint } from './SuggestionHint';

interface Props {
  section: ReportSection;
  data: TReportData;
  previous: TReportData | null;
  editable: boolean;
  problems: Map<string, TReportProblem['message'][]>;
  returned: Map<string, string>;
  /** Set when the user may comment on fields (reviewer, principal, authority). */
  comments?: Record<string, string>;
  onComment?: (path: string, comment: string | null) => void;
  /** Figures the platform counted for some fields, offered to the collector. */
  suggestions?: TReportSuggestions;
}

export function SectionCard({ section, data, previous, editable, problems, returned, comments, onComment, suggestions }: Props) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const label = (field: string) => bilingual(REPORT_LABELS[field] as Bilingual);
  return (
    <Card size="small" title={bilingual(REPORT_SECTIONS[section])} style={{ marginBottom: 12 }}>
      <Row gutter={12}>
        {numberFields(data, section).map((field) => {
          const path = `${section}.${field}`;
          const before = previous ? (previous[section] as Record<string, number | null>)[field] : null;
          const problem = problems.get(path)?.[0];
          const comment = returned.get(path);
          const mine = comments?.[path];
          const suggestion = suggestions?.items.find((s) => s.path === path);
          const last = before !== null && before !== undefined ? t('report.previous', { value: before }) : undefined;
          return (
            <Col xs={24} sm={12} lg={8} key={field}>
              <Form.Item
                name={['data', section, field]}
                label={
                  <span>
                    {label(field)}
                    {onComment && (
                      <Button
                        size="small"
                        type="text"
                        icon={<MessageOutlined />}
                        aria-label={`${t('report.comment.field')}：${label(field)}`}
                        onClick={() => onComment(path, mine === undefined ? '' : null)}
                      />
                    )}
                  </span>
                }
                validateStatus={problem ? 'warning' : comment ? 'warning' : undefined}
                help={problem ? bilingual(problem) : comment ? t('report.fieldComment', { comment }) : undefined}
                extra={
                  suggestion ? (
                    <>
                      {last && <div>{last}</div>}
                      <SuggestionHint
                        name={['data', section, field]}
                        year={suggestions!.year}
                        suggestion={suggestion}
                        editable={editable}
                      />
                    </>
                  ) : (
                    last
                  )
                }
              >
                <InputNumber disabled={!editable} min={0} precision={AMOUNT_FIELDS.has(field) ? 2 : 0} style={{ width: '100%' }} />
              </Form.Item>
              {mine !== undefined && onComment && (
                <Input.TextArea
                  aria-label={`${t('report.comment')}：${label(field)}`}
                  value={mine}
                  autoFocus
                  placeholder={t('report.comment')}
                  onChange={(e) => onComment(path, e.target.value)}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ marginTop: -12, marginBottom: 16 }}
                />
              )}
            </Col>
          );
        })}
      </Row>
      {section === 'facilities' && (
        <>
          <Typography.Text strong>{t('report.centres')}</Typography.Text>
          <Form.List name={['data', 'facilities', 'openCentres']}>
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Row gutter={8} key={item.key} style={{ marginTop: 8 }}>
                    <Col xs={24} sm={14}>
                      <Form.Item name={[item.name, 'centreName']} label={label('centreName')}>
                        <Input disabled={!editable} maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={16} sm={6}>
                      <Form.Item name={[item.name, 'star']} label={label('star')}>
                        <Select
                          disabled={!editable}
                          options={OPEN_CENTRE_STAR_NAMES.map((s) => ({ value: s, label: bilingual(OPEN_CENTRE_STARS[s]) }))}
                        />
                      </Form.Item>
                    </Col>
                    {editable && (
                      <Col xs={8} sm={4} style={{ paddingTop: 30 }}>
                        <Button danger type="link" onClick={() => remove(item.name)}>
                          {t('report.centres.remove')}
                        </Button>
                      </Col>
                    )}
                  </Row>
                ))}
                {editable && (
                  <Button type="dashed" onClick={() => add({ centreName: '', star: 'none' })} style={{ marginTop: 8 }}>
                    {t('report.centres.add')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </>
      )}
    </Card>
  );
}
