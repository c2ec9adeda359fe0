/** Cooperation projects (章程第十七条(四)): proposals, their approval by the joint meeting, and their progress. */
import { PROJECT_PHASES, type ProjectPhase } from '@chanjiao/contracts/governance/projects';
import { Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { ProjectDetails } from '../components/ProjectDetails';
import { ProjectProposalModal } from '../components/ProjectProposalModal';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useProjects } from '../hooks/projects-api';
import { useActingUnits } from '../hooks/use-acting-units';
import { useBodyChoice } from '../hooks/use-body-choice';
import { PROJECTS_MESSAGES } from '../projects-messages';

const PHASE_COLORS: Record<ProjectPhase, string> = {
  proposed: 'default',
  under_review: 'processing',
  approved: 'cyan',
  rejected: 'red',
  in_progress: 'blue',
  completed: 'green',
  terminated: 'default',
};
const PROPOSING_ROLES = ['member_representative'] as const;

function Projects({ bodyId }: { bodyId: string }) {
  const t = useT(PROJECTS_MESSAGES);
  const bilingual = useBilingual();
  const can = useCan();
  const projects = useProjects(bodyId);
  const units = useActingUnits(bodyId, PROPOSING_ROLES);
  const [proposing, setProposing] = useState(false);
  return (
    <Card
      extra={
        can('governance.project.propose') &&
        units.own.length > 0 && (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('propose')}
          </Button>
        )
      }
    >
      {projects.isError && <QueryError error={projects.error} onRetry={projects.refetch} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={projects.isPending}
        dataSource={projects.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        expandable={{ expandedRowRender: (project) => <ProjectDetails bodyId={bodyId} projectId={project.id} members={units.members} /> }}
        columns={[
          {
            key: 'title',
            title: t('column.title'),
            render: (_, project) => (
              <>
                {project.title} {project.isGenerated && <Tag>{t('generated')}</Tag>}
              </>
            ),
          },
          { key: 'lead', title: t('column.lead'), render: (_, project) => project.lead.name },
          {
            key: 'phase',
            title: t('column.phase'),
            width: 150,
            render: (_, project) => <Tag color={PHASE_COLORS[project.phase]}>{bilingual(PROJECT_PHASES[project.phase])}</Tag>,
          },
          { key: 'participants', title: t('column.participants'), dataIndex: 'participantCount', width: 100 },
          {
            key: 'milestones',
            title: t('column.milestones'),
            width: 100,
            render: (_, project) => `${project.milestonesDone}/${project.milestonesTotal}`,
          },
          {
            key: 'period',
            title: t('column.period'),
            width: 200,
            render: (_, project) => [project.plannedStartOn, project.plannedEndOn].filter(Boolean).join(' ~ '),
          },
        ]}
      />
      {proposing && <ProjectProposalModal bodyId={bodyId} own={units.own} members={units.members} onClose={() => setProposing(false)} />}
    </Card>
  );
}

export default function ProjectsPage() {
  const t = useT(PROJECTS_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Projects bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
