/** The evidence of one suggestion: the rule's lines, the figures per year, the school's supply, the base and the demand rows. */
import type { TAdjustmentSuggestion } from '@chanjiao/contracts/talent/index';
import { Descriptions, Flex, List, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { ADJUSTMENT_MESSAGES } from '../adjustment-messages';
import { TALENT_MESSAGES } from '../talent-messages';
import { GapValue } from './GapValue';

export function AdjustmentEvidence({ suggestion, years }: { suggestion: TAdjustmentSuggestion; years: number[] }) {
  const t = useT(ADJUSTMENT_MESSAGES);
  const tt = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Flex vertical gap={8} style={{ minWidth: 0 }}>
      <List
        size="small"
        header={t('evidence.rule')}
        dataSource={suggestion.explanation}
        renderItem={(line) => <List.Item>{bilingual(line)}</List.Item>}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        title={<Typography.Text type="secondary">{t('evidence.years')}</Typography.Text>}
        items={years.map((year, i) => ({
          key: String(year),
          label: tt('year', { year }),
          children: (
            <>
              {tt('gaps.col.demand')} {suggestion.demand[i]} · {tt('gaps.col.supply')} {suggestion.supply[i]} · {tt('gaps.col.gap')}{' '}
              <GapValue value={suggestion.gap[i]!} />
            </>
          ),
        }))}
      />
      <Typography.Text>{t('evidence.schoolSupply', { values: suggestion.schoolSupply.join(' / ') })}</Typography.Text>
      {suggestion.siblings.length > 0 && (
        <Typography.Text>
          {t('evidence.siblings', { majors: suggestion.siblings.map((m) => `${m.name}（${m.code}）`).join('、') })}
        </Typography.Text>
      )}
      <List
        size="small"
        header={t('evidence.demands')}
        locale={{ emptyText: t('evidence.noDemands') }}
        dataSource={suggestion.demands}
        renderItem={(d) => <List.Item>{t('evidence.counted', { org: d.orgName, position: d.position, count: d.counted })}</List.Item>}
      />
    </Flex>
  );
}
