/** Published reports of one level in a column: each with its 公开形式, 公开时间, 公开网址 and its page on the platform. */
import { PUBLICATION_FORMS, type TPublicEntry } from '@chanjiao/contracts/reports/index';
import { Card, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useBilingual, useT } from '../../../app/i18n';
import { PUBLICATION_MESSAGES } from '../publication-messages';

export function PublicEntries({ title, entries }: { title: string; entries: TPublicEntry[] }) {
  const t = useT(PUBLICATION_MESSAGES);
  const bilingual = useBilingual();
  if (entries.length === 0) return null;
  return (
    <Card size="small" title={`${title}（${entries.length}）`} style={{ marginBottom: 12 }}>
      <List
        dataSource={entries}
        renderItem={(entry) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={entry.publication.publicPath}>{entry.title}</Link>}
              description={
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <span>
                    {t('field.form')}：{bilingual(PUBLICATION_FORMS[entry.publication.form])}
                  </span>
                  <span>
                    {t('field.publishedOn')}：{entry.publication.publishedOn}
                    {!entry.publication.onTime && (
                      <Tag color="orange" style={{ marginLeft: 8 }}>
                        {t('public.late')}
                      </Tag>
                    )}
                  </span>
                  <span style={{ wordBreak: 'break-all' }}>
                    {t('field.url')}：
                    <a href={entry.publication.url} target="_blank" rel="noreferrer noopener">
                      {entry.publication.url}
                    </a>
                  </span>
                  {entry.columnOrgId && <Link to={`/public/reports/columns/${entry.columnOrgId}`}>{t('public.districtColumn')} →</Link>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
