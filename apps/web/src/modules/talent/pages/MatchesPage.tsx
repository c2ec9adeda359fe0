/**
 * 人才匹配 (docs/sources.md §9 T3) in three directions: a demand to schools, a school's graduates to demands, an
 * internship or apprenticeship offer to schools. The direction and what is matched are kept in the address
 * (`?mode=&demand=&school=&offer=`); each defaults to the first thing the user may match, school staff to their school.
 */
import { PLACEMENT_KINDS } from '@chanjiao/contracts/talent/index';
import { Card, Empty, Flex, Segmented, Select } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { useBilingual, useT } from '../../../app/i18n';
import { DemandSchoolMatches } from '../components/DemandSchoolMatches';
import { PlacementSchoolMatches } from '../components/PlacementSchoolMatches';
import { SchoolDemandMatches } from '../components/SchoolDemandMatches';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { usePlacements } from '../hooks/placements-api';
import { useDemands, useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { defaultMatchMode, MATCH_MODES, type MatchMode, parseMatchMode } from '../match-mode';
import { TALENT_MESSAGES } from '../talent-messages';

type Option = { value: string; label: string };
const SUBJECT_PARAM = { demand: 'demand', school: 'school', placement: 'offer' } as const satisfies Record<MatchMode, string>;

/** What the user may match in each direction: their demands, the schools they act for, their enterprises' offers. */
function useSubjects(bodyId: string, mode: MatchMode): Option[] | undefined {
  const bilingual = useBilingual();
  const access = useTalentAccess(bodyId);
  const demands = useDemands(mode === 'demand' ? bodyId : undefined);
  const placements = usePlacements(mode === 'placement' ? bodyId : undefined);
  if (!access.data) return undefined;
  if (mode === 'school') return access.data.supplyOrgs.map((org) => ({ value: org.id, label: org.name }));
  if (mode === 'demand') return demands.data?.items.map((d) => ({ value: d.id, label: `${d.position}（${d.org.name}）` }));
  const mine = new Set(access.data.demandOrgs.map((org) => org.id));
  return placements.data?.offers
    .filter((o) => mine.has(o.org.id))
    .map((o) => ({ value: o.id, label: `${bilingual(PLACEMENT_KINDS[o.kind])}：${o.position}（${o.org.name}，${o.startsOn}）` }));
}

function Matches({
  bodyId,
  mode,
  chosen,
  onChoose,
}: {
  bodyId: string;
  mode: MatchMode;
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const t = useT(TALENT_MESSAGES);
  const subjects = useSubjects(bodyId, mode);
  if (!subjects) return <Card loading />;
  if (subjects.length === 0) return <Empty description={t(`matches.none.${mode}`)} />;
  const subject = subjects.some((s) => s.value === chosen) ? chosen! : subjects[0]!.value;
  const results: Record<MatchMode, ReactNode> = {
    demand: <DemandSchoolMatches bodyId={bodyId} demandId={subject} />,
    school: <SchoolDemandMatches bodyId={bodyId} schoolId={subject} />,
    placement: <PlacementSchoolMatches bodyId={bodyId} offerId={subject} />,
  };
  return (
    <Flex vertical gap={16}>
      <Select
        aria-label={t(`matches.pick.${mode}`)}
        placeholder={t(`matches.pick.${mode}`)}
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        value={subject}
        onChange={onChoose}
        options={subjects}
      />
      {results[mode]}
    </Flex>
  );
}

export default function MatchesPage() {
  const t = useT(TALENT_MESSAGES);
  const navigate = useNavigate();
  const { demandId } = useParams();
  const [params, setParams] = useSearchParams();
  const { bodyId, loading } = useTalentBody();
  const access = useTalentAccess(bodyId);
  // The demand list opens /talent/demand/:demandId/matches; every other visit /talent/matches.
  const mode = demandId ? 'demand' : (parseMatchMode(params.get('mode')) ?? (access.data ? defaultMatchMode(access.data) : undefined));
  const chosen = demandId ?? (mode ? params.get(SUBJECT_PARAM[mode]) : null);
  const open = (next: MatchMode, subject?: string) => {
    const query = new URLSearchParams({ mode: next, ...(bodyId ? { body: bodyId } : {}) });
    if (subject) query.set(SUBJECT_PARAM[next], subject);
    if (demandId) void navigate(`/talent/matches?${query.toString()}`);
    else setParams(query);
  };
  return (
    <>
      <PageHeader
        title={t('matches.page')}
        backTo={demandId ? `/talent/demand${bodyId ? `?body=${bodyId}` : ''}` : undefined}
        actions={<TalentBodyPicker />}
      />
      {mode && (
        <Segmented<MatchMode>
          block
          style={{ marginBottom: 16 }}
          value={mode}
          onChange={(next) => open(next)}
          options={MATCH_MODES.map((m) => ({ value: m, label: t(`matches.mode.${m}`) }))}
        />
      )}
      {bodyId && mode ? (
        <Matches bodyId={bodyId} mode={mode} chosen={chosen} onChoose={(id) => open(mode, id)} />
      ) : (
        !loading && !bodyId && <Empty description={t('body.none')} />
      )}
    </>
  );
}
