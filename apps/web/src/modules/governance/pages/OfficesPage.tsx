/** The body's organs (章程第十至十五条): posts and terms with reminders, appointments, 工作细则 and reports. */
import { PlusOutlined } from '@ant-design/icons';
import {
  DOCUMENT_KIND_LABELS,
  OFFICE_KIND_LABELS,
  POST_LABELS,
  TERM_STATE_LABELS,
  type TOffice,
} from '@chanjiao/contracts/governance/offices';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Empty,
  Input,
  List,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { AppointModal, OfficeCreateModal, OfficeDocumentModal } from '../components/OfficeForms';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useMemberUnits } from '../../bodies';
import { downloadOfficeFile, useEndAppointment, useOffices } from '../hooks/offices-api';
import { useBodyChoice } from '../hooks/use-body-choice';
import { OFFICE_MESSAGES } from '../offices-messages';

const TERM_COLORS = { not_started: 'default', active: 'green', reminder_due: 'orange', ended: 'red' } as const;

function EndButton({ bodyId, officeId, appointmentId }: { bodyId: string; officeId: string; appointmentId: string }) {
  const t = useT(OFFICE_MESSAGES);
  const reportError = useReportError();
  const end = useEndAppointment(bodyId, officeId);
  const [endedOn, setEndedOn] = useState(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
  return (
    <Popconfirm
      title={t('end.endedOn')}
      description={<Input type="date" value={endedOn} onChange={(event) => setEndedOn(event.target.value)} />}
      onConfirm={() => end.mutate({ appointmentId, endedOn }, { onError: (e) => reportError(e) })}
    >
      <Button size="small" type="link">
        {t('end')}
      </Button>
    </Popconfirm>
  );
}

function OfficeCard({
  bodyId,
  office,
  manage,
  orgs,
}: {
  bodyId: string;
  office: TOffice;
  manage: boolean;
  orgs: { id: string; name: string }[];
}) {
  const t = useT(OFFICE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [dialog, setDialog] = useState<'appoint' | 'document' | null>(null);
  return (
    <Card
      title={
        <Space>
          {office.name}
          <Tag>{bilingual(OFFICE_KIND_LABELS[office.kind])}</Tag>
        </Space>
      }
      extra={
        manage && (
          <Space>
            <Button size="small" onClick={() => setDialog('appoint')}>
              {t('appoint')}
            </Button>
            {office.kind !== 'secretariat' && (
              <Button size="small" onClick={() => setDialog('document')}>
                {t('document.add')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {office.duties && <Typography.Paragraph type="secondary">{office.duties}</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={office.posts.map((post) => ({
          key: post.post,
          label: bilingual(POST_LABELS[post.post]),
          children:
            post.holders.length === 0 ? (
              <Typography.Text type="secondary">{t('vacant')}</Typography.Text>
            ) : (
              <Space direction="vertical" size={2}>
                {post.holders.map((holder) => (
                  <span key={holder.id}>
                    {holder.holderName}
                    {holder.org ? `（${holder.org.name}）` : ''}
                    {manage && <EndButton bodyId={bodyId} officeId={office.id} appointmentId={holder.id} />}
                  </span>
                ))}
                {post.term && (
                  <Space wrap>
                    <Tag color={TERM_COLORS[post.term.state]}>{bilingual(TERM_STATE_LABELS[post.term.state])}</Tag>
                    <Typography.Text type="secondary">
                      {t('term', { number: post.term.termNumber, startOn: post.term.startOn, endsOn: post.term.endsOn })}
                    </Typography.Text>
                  </Space>
                )}
                {post.term && <Typography.Text type="secondary">{post.term.explanation}</Typography.Text>}
              </Space>
            ),
        }))}
      />
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'documents',
            label: `${t('documents')}（${office.documents.length}）`,
            children: (
              <List
                size="small"
                dataSource={office.documents}
                locale={{ emptyText: t('documents.empty') }}
                renderItem={(document) => (
                  <List.Item>
                    <Space direction="vertical" size={2}>
                      <span>
                        <Tag>{document.year}</Tag>
                        <Tag>{bilingual(DOCUMENT_KIND_LABELS[document.kind])}</Tag>
                        {document.title}
                      </span>
                      <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
                        {document.content}
                      </Typography.Paragraph>
                      {document.file && (
                        <Button size="small" type="link" onClick={() => downloadOfficeFile(bodyId, document.file!).catch(reportError)}>
                          {document.file.filename}
                        </Button>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
            ),
          },
          {
            key: 'history',
            label: `${t('history')}（${office.history.length}）`,
            children: (
              <List
                size="small"
                dataSource={office.history}
                renderItem={(a) => (
                  <List.Item>{`${a.startOn}${a.endedOn ? ` – ${a.endedOn}` : ''} · ${bilingual(POST_LABELS[a.post])} · ${a.holderName}${a.org ? `（${a.org.name}）` : ''} · ${a.appointedBy}`}</List.Item>
                )}
              />
            ),
          },
        ]}
      />
      {dialog === 'appoint' && <AppointModal bodyId={bodyId} office={office} orgs={orgs} onClose={() => setDialog(null)} />}
      {dialog === 'document' && <OfficeDocumentModal bodyId={bodyId} office={office} onClose={() => setDialog(null)} />}
    </Card>
  );
}

function Offices({ bodyId }: { bodyId: string }) {
  const t = useT(OFFICE_MESSAGES);
  const offices = useOffices(bodyId);
  const units = useMemberUnits(bodyId);
  const [creating, setCreating] = useState(false);
  const orgs = useMemo(() => units.data ?? [], [units.data]);
  if (offices.isPending) return <Skeleton active />;
  if (offices.isError) return <QueryError error={offices.error} onRetry={offices.refetch} />;
  const view = offices.data;
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Alert type="info" showIcon title={view.termRule} />
        {view.abilities.manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('add')}
          </Button>
        )}
      </Space>
      {view.offices.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {view.offices.map((office) => (
            <Col key={office.id} xs={24} xl={12}>
              <OfficeCard bodyId={bodyId} office={office} manage={view.abilities.manage} orgs={orgs} />
            </Col>
          ))}
        </Row>
      )}
      {creating && <OfficeCreateModal bodyId={bodyId} onClose={() => setCreating(false)} />}
    </>
  );
}

export default function OfficesPage() {
  const t = useT(OFFICE_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Offices bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
