/** One ranked school of a match list (to a demand or to a place offer): its rank, name, region and every reason. */
import { REGION_RELATIONS, type TMatchResult } from '@chanjiao/contracts/talent/index';
import { Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useBilingual } from '../../../app/i18n';
import { MatchReasons } from './MatchReasons';

interface SchoolMatch extends Pick<TMatchResult, 'codeMatches' | 'termMatches' | 'reasons'> {
  rank: number;
  school: { name: string; regionName: string | null };
  region: { relation: keyof typeof REGION_RELATIONS };
}

export function SchoolMatchCard({ match, figures }: { match: SchoolMatch; figures: ReactNode }) {
  const bilingual = useBilingual();
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <Typography.Text strong>{`${match.rank}. ${match.school.name}`}</Typography.Text>
          {match.school.regionName && <Tag>{match.school.regionName}</Tag>}
          <Tag color="purple">{bilingual(REGION_RELATIONS[match.region.relation])}</Tag>
        </Space>
      }
    >
      <MatchReasons match={match} figures={figures} />
    </Card>
  );
}
