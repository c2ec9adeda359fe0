/** The 基本信息 tab: what the register holds about a body. */
import { BODY_KINDS, type TBody } from '@chanjiao/contracts/bodies';
import { Card, Descriptions, type DescriptionsProps, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { fieldLabel } from '../../../shared/field-rules';
import { useRegions } from '../../../shared/hooks/use-regions';
import { BODY_MESSAGES } from '../messages';

function Paragraph({ text }: { text: string | null }) {
  return text && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>;
}

export function BodyBasics({ body }: { body: TBody }) {
  const t = useT(BODY_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const regions = useRegions();
  const label = (field: string) => fieldLabel(field, locale);
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: label('name'), children: body.name, span: 2 },
    { key: 'shortName', label: label('shortName'), children: body.shortName },
    { key: 'kind', label: label('kind'), children: bilingual(BODY_KINDS[body.kind]) },
    {
      key: 'region',
      label: label('regionCode'),
      children: body.regionCode ? regions.data?.nameOf(body.regionCode) || body.regionName : null,
    },
    { key: 'foundedOn', label: label('foundedOn'), children: formatDate(body.foundedOn) },
    {
      key: 'secretariat',
      label: label('secretariatOrgId'),
      span: 2,
      children: body.secretariatOrg && <Link to={`/orgs/${body.secretariatOrg.id}`}>{body.secretariatOrg.name}</Link>,
    },
    { key: 'memberCount', label: t('detail.memberCount'), children: body.memberCount },
    { key: 'description', label: label('description'), span: 3, children: <Paragraph text={body.description} /> },
    ...(body.sourceNote
      ? [{ key: 'sourceNote', label: t('detail.sourceNote'), span: 3, children: <Paragraph text={body.sourceNote} /> }]
      : []),
    { key: 'createdAt', label: t('detail.createdAt'), children: formatDateTime(body.createdAt, locale) },
    { key: 'updatedAt', label: t('detail.updatedAt'), children: formatDateTime(body.updatedAt, locale) },
    { key: 'version', label: t('detail.version'), children: body.version },
  ];
  return (
    <Card>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}
