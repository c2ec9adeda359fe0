/** The schools that answer one demand, best first, each with every reason it matched (no combined score). */
import { CODE_MATCH_LEVELS, REGION_RELATIONS } from '@chanjiao/contracts/talent/index';
import { Alert, Card, Descriptions, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useMatches } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';

const LEVEL_COLORS = { exact: 'green', class: 'blue', category: 'geekblue' } as const;

export default function MatchesPage() {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const { demandId } = useParams();
  const { bodyId } = useTalentBody();
  const matches = useMatches(bodyId, demandId);
  const data = matches.data;
  return (
    <>
      <PageHeader
        title={data ? `${t('matches.title')}：${data.position}` : t('matches.title')}
        backTo={`/talent/demand${bodyId ? `?body=${bodyId}` : ''}`}
      />
      {matches.isError && <QueryError error={matches.error} onRetry={matches.refetch} />}
      {matches.isPending && <Card loading />}
      {data && (
        <Flex vertical gap={16}>
          <Card size="small">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('matches.terms')}>
                <Space wrap>
                  {data.terms.map((term) => (
                    <Tag key={term}>{term}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('matches.ranking')}>{bilingual(data.ranking)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {data.results.length === 0 ? (
            <Empty description={t('matches.empty')} />
          ) : (
            data.results.map((m) => (
              <Card
                key={m.school.id}
                size="small"
                title={
                  <Space wrap>
                    <Typography.Text strong>{`${m.rank}. ${m.school.name}`}</Typography.Text>
                    {m.school.regionName && <Tag>{m.school.regionName}</Tag>}
                    <Tag color="purple">{bilingual(REGION_RELATIONS[m.region.relation])}</Tag>
                  </Space>
                }
              >
                <Space wrap style={{ marginBottom: 8 }}>
                  {m.codeMatches.map((c) => (
                    <Tag
                      key={`${c.wanted}-${c.offered}`}
                      color={LEVEL_COLORS[c.level]}
                    >{`${bilingual(CODE_MATCH_LEVELS[c.level])} ${c.offered}`}</Tag>
                  ))}
                  {m.termMatches.map((c) => (
                    <Tag key={`${c.term}-${c.offered}`} color="orange">{`“${c.term}” → ${c.offeredName}`}</Tag>
                  ))}
                </Space>
                <List size="small" dataSource={m.reasons} renderItem={(reason) => <List.Item>{bilingual(reason)}</List.Item>} />
                <Alert
                  type="success"
                  style={{ marginTop: 8 }}
                  message={`${t('matches.graduates')}：${m.graduates.join(' / ')} · ${t('matches.placements', { count: m.placementsOffered })}`}
                />
              </Card>
            ))
          )}
        </Flex>
      )}
    </>
  );
}
