/** The schools that answer one demand, best first, each with every reason it matched (no combined score). */
import { REGION_RELATIONS } from '@chanjiao/contracts/talent/index';
import { Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useMatches } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { MatchReasons } from './MatchReasons';
import { MatchTerms } from './MatchTerms';

export function DemandSchoolMatches({ bodyId, demandId }: { bodyId: string; demandId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const matches = useMatches(bodyId, demandId);
  const data = matches.data;
  if (matches.isError) return <QueryError error={matches.error} onRetry={matches.refetch} />;
  if (!data) return <Card loading />;
  return (
    <Flex vertical gap={16}>
      <MatchTerms terms={data.terms} ranking={data.ranking} />
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
            <MatchReasons
              match={m}
              figures={`${t('matches.graduates')}：${m.graduates.join(' / ')} · ${t('matches.placements', { count: m.placementsOffered })}`}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
