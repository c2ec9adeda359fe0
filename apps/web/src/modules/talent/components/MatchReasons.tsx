/** The reasons of one match, the same in every direction: code matches and word matches as tags, then each reason in words. */
import { CODE_MATCH_LEVELS, type TMatchResult } from '@chanjiao/contracts/talent/index';
import { Alert, List, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useBilingual } from '../../../app/i18n';

const LEVEL_COLORS = { exact: 'green', class: 'blue', category: 'geekblue' } as const;

export function MatchReasons({
  match,
  figures,
}: {
  match: Pick<TMatchResult, 'codeMatches' | 'termMatches' | 'reasons'>;
  figures: ReactNode;
}) {
  const bilingual = useBilingual();
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        {match.codeMatches.map((c) => (
          <Tag
            key={`${c.wanted}-${c.offered}`}
            color={LEVEL_COLORS[c.level]}
          >{`${bilingual(CODE_MATCH_LEVELS[c.level])} ${c.offered}`}</Tag>
        ))}
        {match.termMatches.map((c) => (
          <Tag key={`${c.term}-${c.offered}`} color="orange">{`“${c.term}” → ${c.offeredName}`}</Tag>
        ))}
      </Space>
      <List size="small" dataSource={match.reasons} renderItem={(reason) => <List.Item>{bilingual(reason)}</List.Item>} />
      <Alert type="success" style={{ marginTop: 8 }} message={figures} />
    </>
  );
}
