/** 导语、分析、建议: read as paragraphs, or edited by the secretariat while the report is a draft (saved by version). */
import {
  TALENT_REPORT_SECTIONS,
  type TalentReportSection,
  type TTalentReport,
  type TTalentReportSections,
  ZTalentReportSectionsInput,
} from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useTalentReportActions } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../report-messages';

const SECTIONS = Object.keys(TALENT_REPORT_SECTIONS) as TalentReportSection[];

export function ReportSectionsCard({ report }: { report: TTalentReport }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<TTalentReportSections>();
  const toPayload = useCallback((values: TTalentReportSections) => ({ ...values, version: report.version }), [report.version]);
  const zod = useZodForm<TTalentReportSections>(ZTalentReportSectionsInput, { toPayload });
  const actions = useTalentReportActions(report.body.id);
  const save = (values: TTalentReportSections) =>
    actions.sections.mutate(
      { reportId: report.id, ...values, version: report.version },
      { onSuccess: () => (void message.success(t('saved')), setEditing(false)), onError: (error) => reportError(error, { form }) },
    );
  const extra =
    report.abilities.edit && !editing ? (
      <Button onClick={() => (form.setFieldsValue(report.sections), setEditing(true))}>{t('sections.edit')}</Button>
    ) : undefined;
  return (
    <Card size="small" title={SECTIONS.map((s) => bilingual(TALENT_REPORT_SECTIONS[s])).join(' · ')} extra={extra}>
      {editing ? (
        <Form form={form} layout="vertical" onFinish={save} initialValues={report.sections}>
          {SECTIONS.map((section) => (
            <Form.Item key={section} {...zod.field(section)} label={bilingual(TALENT_REPORT_SECTIONS[section])}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={3000} showCount />
            </Form.Item>
          ))}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={actions.sections.isPending}>
              {t('sections.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('sections.cancel')}</Button>
          </Flex>
        </Form>
      ) : (
        SECTIONS.map((section) => (
          <div key={section}>
            <Typography.Title level={5}>{bilingual(TALENT_REPORT_SECTIONS[section])}</Typography.Title>
            {report.sections[section].split(/\n+/).map((line, i) => (
              <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
                {line}
              </Typography.Paragraph>
            ))}
          </div>
        ))
      )}
    </Card>
  );
}
