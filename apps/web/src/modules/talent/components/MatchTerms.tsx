/** The words looked for in major names and the ranking rule, above a list of matches. */
import type { Bilingual } from '@chanjiao/contracts/i18n';
import { Card, Descriptions, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useBilingual, useT } from '../../../app/i18n';
import { TALENT_MESSAGES } from '../talent-messages';

export function MatchTerms({ terms, ranking, children }: { terms?: string[]; ranking: Bilingual; children?: ReactNode }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Card size="small">
      <Descriptions size="small" column={1}>
        {children}
        {terms && (
          <Descriptions.Item label={t('matches.terms')}>
            <Space wrap>
              {terms.map((term) => (
                <Tag key={term}>{term}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('matches.ranking')}>{bilingual(ranking)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
