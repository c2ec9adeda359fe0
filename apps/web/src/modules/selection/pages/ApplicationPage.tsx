/**
 * The 推荐书 as a multi-step form, one step per section, saving as the user types. The applicant fills in and
 * submits; the authority (through its call) reads the same pages, exports them, and may return the application.
 */
import { FileWordOutlined } from '@ant-design/icons';
import { APPLICATION_SECTION_LABELS, APPLICATION_SECTION_NAMES, type TApplication } from '@chanjiao/contracts/selection/index';
import { Alert, Button, Card, Col, Input, Modal, Popconfirm, Row, Skeleton, Space, Steps, Tabs, Typography } from 'antd';
import App from 'antd/es/app';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { client, downloadFile, unwrap } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { useBilingual, useT } from '../../../app/i18n';
import { CallPhaseTag } from '../components/CallPhaseTag';
import { MaterialPanel } from '../components/MaterialPanel';
import { ProblemList } from '../components/ProblemList';
import { type SaveState, SectionForm } from '../components/SectionForm';
import { StatusTag } from '../components/StatusTag';
import { VersionsPanel } from '../components/VersionsPanel';
import { applicationBase, useApplication, useInvalidateSelection, useSubmitApplication } from '../hooks/use-selection';
import { applicationCompleteness, completenessSummary, stepStatus } from '../application-completeness';
import { SELECTION_MESSAGES } from '../messages';

function ReturnButton({ application, callId }: { application: TApplication; callId: string }) {
  const t = useT(SELECTION_MESSAGES);
  const report = useReportError();
  const invalidate = useInvalidateSelection();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const send = async () => {
    try {
      await unwrap(
        client.POST('/api/selection/calls/{id}/applications/{applicationId}/return', {
          params: { path: { id: callId, applicationId: application.id } },
          body: { version: application.version, reason },
        }),
      );
      setOpen(false);
      await invalidate();
    } catch (error) {
      report(error);
    }
  };
  if (application.status !== 'submitted') return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('app.return')}
      </Button>
      <Modal
        open={open}
        title={t('app.return')}
        onOk={() => void send()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: !reason.trim() }}
      >
        <Typography.Paragraph type="secondary">{t('app.return.hint')}</Typography.Paragraph>
        <Input.TextArea rows={4} value={reason} onChange={(event) => setReason(event.target.value)} aria-label={t('app.return.reason')} />
      </Modal>
    </>
  );
}

function FormSteps({
  application,
  editable,
  onSaveState,
}: {
  application: TApplication;
  editable: boolean;
  onSaveState: (state: SaveState) => void;
}) {
  const t = useT(SELECTION_MESSAGES);
  const bilingual = useBilingual();
  const [step, setStep] = useState(0);
  const section = APPLICATION_SECTION_NAMES[step]!;
  const completeness = applicationCompleteness(application.problems);
  const compact = useCompactScreen();
  // Eight sections with long titles do not fit side by side: they stand in a column beside the form (above it
  // on a phone, where the form needs the whole width).
  return (
    <Row gutter={[24, 16]} wrap={compact}>
      <Col flex={compact ? '100%' : '220px'}>
        <Steps
          orientation="vertical"
          size="small"
          current={step}
          onChange={setStep}
          items={APPLICATION_SECTION_NAMES.map((name, index) => ({
            title: bilingual(APPLICATION_SECTION_LABELS[name]),
            status: stepStatus(completeness, name, index === step),
          }))}
        />
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        {editable && <ProblemList summary={completenessSummary(completeness, section)} />}
        <SectionForm key={section} application={application} section={section} editable={editable} onSaveState={onSaveState} />
        <Space>
          <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
            {t('step.previous')}
          </Button>
          <Button type="primary" disabled={step === APPLICATION_SECTION_NAMES.length - 1} onClick={() => setStep(step + 1)}>
            {t('step.next')}
          </Button>
        </Space>
      </Col>
    </Row>
  );
}

export default function ApplicationPage() {
  const { id = '', callId } = useParams();
  const t = useT(SELECTION_MESSAGES);
  const { message } = App.useApp();
  const report = useReportError();
  const base = applicationBase(id, callId);
  const query = useApplication(id, callId);
  const submit = useSubmitApplication(id);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const application = query.data;
  const editable = !callId && application.abilities.edit;
  const saveLabel = { idle: 'autosave.idle', saving: 'autosave.saving', saved: 'autosave.saved', failed: 'autosave.failed' } as const;
  return (
    <>
      <PageHeader
        title={application.consortiumName}
        subtitle={
          <Space wrap>
            <StatusTag status={application.status} />
            <CallPhaseTag phase={application.call.phase} />
            {application.call.title}
            {t('app.deadline', { deadline: application.call.deadline.replace('T', ' ') })}
            {editable && (
              <Typography.Text type={saveState === 'failed' ? 'danger' : 'secondary'}>{t(saveLabel[saveState])}</Typography.Text>
            )}
          </Space>
        }
        backTo={callId ? `/selection/calls/${callId}` : '/selection'}
        actions={
          <Space>
            <Button
              icon={<FileWordOutlined />}
              onClick={() =>
                void downloadFile(`${base}/recommendation.docx`, undefined, `${application.consortiumName}推荐书.docx`).catch(report)
              }
            >
              {t('app.docx')}
            </Button>
            {callId && <ReturnButton application={application} callId={callId} />}
            {!callId && application.abilities.submit && (
              <Popconfirm
                title={t('app.submit.confirm')}
                onConfirm={() =>
                  submit.mutate(application.version, {
                    onSuccess: () => void message.success(t('app.submitted')),
                    onError: (error) => report(error),
                  })
                }
              >
                <Button type="primary" loading={submit.isPending} disabled={application.problems.length > 0 || saveState === 'saving'}>
                  {t('app.submit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      {application.status === 'draft' && application.call.phase !== 'open' && application.call.phase !== 'draft' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('app.deadlinePassed', { deadline: application.call.deadline.replace('T', ' ') })}
        />
      )}
      {!callId && application.resultPublished && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('app.resultPublished')}
          action={
            <Link to={`/selection/applications/${application.id}/result`}>
              <Button size="small" type="primary">
                {t('app.result')}
              </Button>
            </Link>
          }
        />
      )}
      {application.status === 'returned' && application.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('app.returned', { reason: application.returnReason })} />
      )}
      {!callId && application.status === 'submitted' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('app.locked')} />}
      <Card>
        <Tabs
          items={[
            {
              key: 'form',
              label: t('tab.form'),
              children: <FormSteps application={application} editable={editable} onSaveState={setSaveState} />,
            },
            {
              key: 'material',
              label: t('material.title'),
              children: <MaterialPanel application={application} base={base} editable={editable} />,
            },
            { key: 'versions', label: t('versions.title'), children: <VersionsPanel id={id} callId={callId} /> },
          ]}
        />
      </Card>
    </>
  );
}
