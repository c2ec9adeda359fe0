/** The schools that suit one internship or apprenticeship offer, best first, each with every reason it matched. */
import { PLACEMENT_KINDS } from '@chanjiao/contracts/talent/index';
import { Card, Descriptions, Empty, Flex, Space, Tag } from 'antd';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { usePlacementSchoolMatches } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { SchoolMatchCard } from './SchoolMatchCard';
import { MatchTerms } from './MatchTerms';

export function PlacementSchoolMatches({ bodyId, offerId }: { bodyId: string; offerId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const matches = usePlacementSchoolMatches(bodyId, offerId);
  const data = matches.data;
  if (matches.isError) return <QueryError error={matches.error} onRetry={matches.refetch} />;
  if (!data) return <Card loading />;
  return (
    <Flex vertical gap={16}>
      <MatchTerms terms={data.terms} ranking={data.ranking}>
        <Descriptions.Item label={bilingual(PLACEMENT_KINDS[data.kind])}>
          {t('matches.placement.offer', { org: data.org.name, places: data.places, startsOn: data.startsOn })}
        </Descriptions.Item>
        <Descriptions.Item label={t('matches.placement.majors')}>
          {data.majors.length === 0 ? (
            t('matches.placement.noMajors')
          ) : (
            <Space wrap>
              {data.majors.map((major) => (
                <Tag key={major.code}>{`${major.name}（${major.code}）`}</Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
      </MatchTerms>
      {data.results.length === 0 ? (
        <Empty description={t('matches.placement.empty')} />
      ) : (
        data.results.map((m) => (
          <SchoolMatchCard key={m.school.id} match={m} figures={`${t('matches.placement.graduates')}：${m.graduates.join(' / ')}`} />
        ))
      )}
    </Flex>
  );
}
