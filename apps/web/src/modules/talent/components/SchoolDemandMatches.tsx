/** The demands one school's graduates answer, best first, each with its reasons and the people wanted year by year. */
import { REGION_RELATIONS, TALENT_LEVELS } from '@chanjiao/contracts/talent/index';
import { Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useSchoolDemandMatches } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { MatchReasons } from './MatchReasons';
import { MatchTerms } from './MatchTerms';

export function SchoolDemandMatches({ bodyId, schoolId }: { bodyId: string; schoolId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const matches = useSchoolDemandMatches(bodyId, schoolId);
  const data = matches.data;
  if (matches.isError) return <QueryError error={matches.error} onRetry={matches.refetch} />;
  if (!data) return <Card loading />;
  return (
    <Flex vertical gap={16}>
      <MatchTerms ranking={data.ranking} />
      {data.results.length === 0 ? (
        <Empty description={t('matches.school.empty')} />
      ) : (
        data.results.map((m) => (
          <Card
            key={m.demand.id}
            size="small"
            title={
              <Space wrap>
                <Typography.Text strong>{`${m.rank}. ${m.demand.position}`}</Typography.Text>
                <Tag>{bilingual(TALENT_LEVELS[m.demand.educationLevel])}</Tag>
                <Tag color="purple">{bilingual(REGION_RELATIONS[m.region.relation])}</Tag>
              </Space>
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('matches.demand.where', { org: m.demand.org.name, location: m.demand.location.name ?? m.demand.location.code })}
            </Typography.Paragraph>
            <MatchReasons
              match={m}
              figures={
                <Flex vertical>
                  {m.demand.headcounts.map((wanted, i) => (
                    <span key={i}>{t('matches.year', { year: m.demand.startYear + i, wanted, graduates: m.graduates[i] ?? 0 })}</span>
                  ))}
                </Flex>
              }
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
