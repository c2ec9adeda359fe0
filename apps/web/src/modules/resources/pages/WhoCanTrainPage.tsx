/**
 * "Who can train X" (docs/sources.md §9 R2): the members ranked for a major, a major class or words, each with the evidence
 * from their accepted survey answers and the points it earned. The question lives in the address (`?major=`,
 * `?class=`, `?q=`) so that an answer can be shared.
 */
import { CAPABILITY_REASONS, type CapabilityReasonKind, type TCapableMember } from '@chanjiao/contracts/resources/index';
import { Card, Empty, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ClassPicker, MajorPicker } from '../components/CataloguePickers';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { useWhoCanTrain } from '../hooks/resources-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

type AskBy = 'major' | 'class' | 'q';

const REASON_COLOURS: Record<CapabilityReasonKind, string> = {
  offersMajor: 'blue',
  offersRelatedMajor: 'geekblue',
  base: 'green',
  course: 'gold',
  partner: 'purple',
};

/** Wide enough for “460103 数控技术（高职专科）”, never wider than the card. */
const PICKER_STYLE = { width: '100%', maxWidth: 560 };

function Member({ member }: { member: TCapableMember }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Card
      size="small"
      title={
        <Space wrap size={4}>
          <Tag color={member.rank === 1 ? 'red' : undefined}>{t('train.rank', { rank: member.rank })}</Tag>
          <span style={{ whiteSpace: 'normal' }}>{member.org.name}</span>
        </Space>
      }
      extra={<Typography.Text strong>{t('train.points', { points: member.points })}</Typography.Text>}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {[member.city?.name, member.workstations > 0 ? t('train.workstations', { count: member.workstations }) : null]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={member.reasons}
        renderItem={(reason) => (
          <List.Item
            style={{ paddingInline: 0 }}
            extra={
              <Typography.Text type={reason.points > 0 ? undefined : 'secondary'}>
                {reason.points > 0 ? `+${reason.points}` : t('train.notCounted')}
              </Typography.Text>
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={REASON_COLOURS[reason.kind]}>{bilingual(CAPABILITY_REASONS[reason.kind])}</Tag>
                  <span>{reason.title}</span>
                </Space>
              }
              description={
                <>
                  {reason.summary}
                  {reason.matched.length > 0 && <div>{t('train.matched', { words: reason.matched.join('、') })}</div>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function Ask({ bodyId }: { bodyId: string }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const [params, setParams] = useSearchParams();
  const [by, setBy] = useState<AskBy>(params.get('class') ? 'class' : params.get('q') ? 'q' : 'major');
  const value = params.get(by) ?? undefined;
  const ask = (next: string | undefined) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      for (const key of ['major', 'class', 'q']) updated.delete(key);
      if (next?.trim()) updated.set(by, next.trim());
      return updated;
    });
  const query = value ? { major: { majorCode: value }, class: { classCode: value }, q: { q: value } }[by] : null;
  const result = useWhoCanTrain(bodyId, query);
  const data = result.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented<AskBy>
            value={by}
            onChange={(next) => (setBy(next), ask(undefined))}
            options={[
              { value: 'major', label: t('train.by.major') },
              { value: 'class', label: t('train.by.class') },
              { value: 'q', label: t('train.by.words') },
            ]}
          />
          {by === 'major' && (
            <MajorPicker
              id="who-can-train-major"
              value={value}
              onChange={(v) => ask(v as string)}
              allowClear
              placeholder={t('train.placeholder.major')}
              style={PICKER_STYLE}
            />
          )}
          {by === 'class' && (
            <ClassPicker
              id="who-can-train-class"
              value={value}
              onChange={ask}
              allowClear
              placeholder={t('train.placeholder.class')}
              style={PICKER_STYLE}
            />
          )}
          {by === 'q' && (
            <Input.Search
              allowClear
              defaultValue={value}
              placeholder={t('train.pick.words')}
              aria-label={t('train.pick.words')}
              onSearch={(text) => ask(text)}
            />
          )}
          {by !== 'q' && <Typography.Text type="secondary">{t(`train.pick.${by}`)}</Typography.Text>}
        </Space>
      </Card>
      {result.isError && <QueryError error={result.error} onRetry={result.refetch} />}
      {!query && <Empty description={t('train.ask')} />}
      {query && data && (
        <Card size="small" title={t('train.result', { target: data.target, count: data.items.length })}>
          {data.items.length === 0 ? (
            <Empty description={t('train.empty', { target: data.target })} />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {data.items.map((member) => (
                <Member key={member.org.id} member={member} />
              ))}
            </Space>
          )}
        </Card>
      )}
      {data && (
        <Card size="small" title={t('train.scoring')}>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            {data.scoring.map((rule) => (
              <li key={rule.kind}>
                {t('train.scoring.rule', { kind: bilingual(CAPABILITY_REASONS[rule.kind]), points: rule.points, counted: rule.counted })}
              </li>
            ))}
          </ul>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('train.scoring.ties')}
          </Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}

export default function WhoCanTrainPage() {
  const t = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('train.title')} subtitle={t('train.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Ask bodyId={bodyId} /> : !waiting && <Empty description={t('body.none')} />}
    </>
  );
}
