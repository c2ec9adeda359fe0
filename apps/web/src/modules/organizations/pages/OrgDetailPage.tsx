/**
 * One organisation: its registered details, the bodies it belongs to and its part in their activities; "edit"
 * when the user may.
 */
import { EditOutlined } from '@ant-design/icons';
import { ORG_TYPES, SCHOOL_LEVELS, type TOrg } from '@chanjiao/contracts/organizations';
import { Button, Card, Descriptions, type DescriptionsProps, Skeleton, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { OrgActivityParticipationCard } from '../../governance';
import { useRegions } from '../../../shared/hooks/use-regions';
import { fieldLabel } from '../../../shared/field-rules';
import { MembershipsCard } from '../components/MembershipsCard';
import { useOrg } from '../hooks/use-organizations';
import { ORG_MESSAGES } from '../messages';

function Website({ address }: { address: string }) {
  // Only web addresses become links; anything else is shown as text, never as a javascript: link.
  if (!/^https?:\/\//i.test(address)) return <>{address}</>;
  return (
    <Typography.Link href={address} target="_blank" rel="noopener noreferrer">
      {address}
    </Typography.Link>
  );
}

function OrgDetails({ org }: { org: TOrg }) {
  const t = useT(ORG_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const regions = useRegions();
  const label = (field: string) => fieldLabel(field, locale);
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: label('name'), children: org.name, span: 2 },
    { key: 'shortName', label: label('shortName'), children: org.shortName },
    { key: 'type', label: label('type'), children: bilingual(ORG_TYPES[org.type]) },
    { key: 'level', label: label('level'), children: org.level ? bilingual(SCHOOL_LEVELS[org.level]) : null },
    {
      key: 'uscc',
      label: label('uscc'),
      children: org.uscc ? (
        <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
          {org.uscc}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('uscc.missing')}</Typography.Text>
      ),
    },
    { key: 'region', label: label('regionCode'), children: regions.data?.nameOf(org.regionCode) || org.regionName },
    { key: 'address', label: label('address'), children: org.address, span: 2 },
    { key: 'legalRepresentative', label: label('legalRepresentative'), children: org.legalRepresentative },
    { key: 'website', label: label('website'), children: org.website && <Website address={org.website} />, span: 2 },
    {
      key: 'description',
      label: label('description'),
      span: 3,
      children: org.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{org.description}</Typography.Paragraph>
      ),
    },
    { key: 'createdAt', label: t('detail.createdAt'), children: formatDateTime(org.createdAt, locale) },
    { key: 'updatedAt', label: t('detail.updatedAt'), children: formatDateTime(org.updatedAt, locale) },
    { key: 'version', label: t('detail.version'), children: org.version },
  ];
  return (
    <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}

export default function OrgDetailPage() {
  const { id = '' } = useParams();
  const t = useT(ORG_MESSAGES);
  const navigate = useNavigate();
  const org = useOrg(id);

  return (
    <>
      <PageHeader
        title={org.data?.name ?? t('detail.title')}
        subtitle={org.data?.isGenerated && <Tag>{t('generated')}</Tag>}
        backTo="/orgs"
        actions={
          org.data?.abilities?.update && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/orgs/${id}/edit`)}>
              {t('detail.edit')}
            </Button>
          )
        }
      />
      {org.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {org.isError && <QueryError error={org.error} onRetry={org.refetch} />}
      {org.data && (
        <>
          <OrgDetails org={org.data} />
          <MembershipsCard orgId={org.data.id} />
          <OrgActivityParticipationCard orgId={org.data.id} />
        </>
      )}
    </>
  );
}
