/** A unit's agreements: with whom, when, the status; each opens its detail. */
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementStatus, type TAgreement } from '@chanjiao/contracts/resources/index';
import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useBilingual, useT } from '../../../app/i18n';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { postDates } from './ExchangePostParts';

export const AGREEMENT_STATUS_COLOURS: Record<AgreementStatus, string> = {
  proposed: 'orange',
  agreed: 'blue',
  carried_out: 'cyan',
  completed: 'green',
  cancelled: 'default',
};

export function agreementPath(bodyId: string, orgId: string, agreementId: string) {
  return `/resources/exchange/agreements/${orgId}/${agreementId}?body=${bodyId}`;
}

export function AgreementTable({
  bodyId,
  orgId,
  items,
  loading,
}: {
  bodyId: string;
  orgId: string;
  items: TAgreement[];
  loading: boolean;
}) {
  const t = useT(EXCHANGE_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Table<TAgreement>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('mine.agreementsEmpty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        {
          key: 'title',
          title: t('agreement.offer'),
          width: 220,
          render: (_, a) => (
            <Link to={agreementPath(bodyId, orgId, a.id)}>
              {bilingual(AGREEMENT_KINDS[a.kind])}：{a.offer.title}
            </Link>
          ),
        },
        { key: 'sender', title: t('agreement.sender'), width: 180, render: (_, a) => a.sender.name },
        { key: 'receiver', title: t('agreement.receiver'), width: 180, render: (_, a) => a.receiver?.name ?? a.visitorName },
        { key: 'dates', title: t('agreement.dates'), width: 200, render: (_, a) => postDates(a) },
        {
          key: 'status',
          title: t('agreement.status'),
          width: 120,
          render: (_, a) => <Tag color={AGREEMENT_STATUS_COLOURS[a.status]}>{bilingual(AGREEMENT_STATUSES[a.status])}</Tag>,
        },
      ]}
    />
  );
}
