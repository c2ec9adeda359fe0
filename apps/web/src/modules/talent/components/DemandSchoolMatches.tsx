/** The schools that answer one demand, best first, each with every reason it matched (no combined score). */
import { Card, Empty, Flex } from 'antd';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { useMatches } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { SchoolMatchCard } from './SchoolMatchCard';
import { MatchTerms } from './MatchTerms';

export function DemandSchoolMatches({ bodyId, demandId }: { bodyId: string; demandId: string }) {
  const t = useT(TALENT_MESSAGES);
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
          <SchoolMatchCard
            key={m.school.id}
            match={m}
            figures={`${t('matches.graduates')}：${m.graduates.join(' / ')} · ${t('matches.placements', { count: m.placementsOffered })}`}
          />
        ))
      )}
    </Flex>
  );
}
