/** The shortage catalogue a body published last, as the public reads it: the rule, then each major with its figures. */
import type { TPublicTalentLists } from '@chanjiao/contracts/talent/index';
import { Alert, Empty, Space, Table, Typography } from 'antd';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { LIST_MESSAGES } from '../lists-messages';

export function PublicShortageCatalogue({ catalogue }: { catalogue: TPublicTalentLists['shortage'] }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const locale = useLocale();
  if (!catalogue) return <Empty description={t('public.none')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {catalogue.title}
      </Typography.Title>
      {catalogue.publishedAt && (
        <Typography.Text type="secondary">
          {t('public.shortage.published', { at: formatDateTime(catalogue.publishedAt, locale) })}
        </Typography.Text>
      )}
      <Alert type="info" showIcon message={`${t('public.shortage.rule')}：${bilingual(catalogue.rule)}`} />
      <Table
        rowKey="majorCode"
        size="small"
        pagination={false}
        dataSource={catalogue.entries}
        locale={{ emptyText: t('public.none') }}
        scroll={{ x: 640 }}
        columns={[
          {
            key: 'major',
            title: t('public.shortage.major'),
            render: (_, e) => (
              <>
                {`${e.majorCode} ${e.majorName}`}
                <div style={{ color: '#888' }}>{`${e.level} · ${e.className}`}</div>
              </>
            ),
          },
          { key: 'demand', title: t('public.shortage.demand'), width: 90, align: 'right', render: (_, e) => e.demand },
          { key: 'supply', title: t('public.shortage.supply'), width: 90, align: 'right', render: (_, e) => e.supply },
          { key: 'gap', title: t('public.shortage.gap'), width: 90, align: 'right', render: (_, e) => `+${e.gap}` },
          { key: 'enterprises', title: t('public.shortage.enterprises'), width: 100, align: 'right', render: (_, e) => e.enterprises },
        ]}
      />
    </Space>
  );
}
