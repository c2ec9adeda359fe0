/**
 * Membership of a body (章程第十六至二十一条): the secretariat's desk, and — for each unit the user represents —
 * applying, withdrawing, following the cases and downloading the certificate.
 */
import { Empty, Skeleton } from 'antd';
import { useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { useMemberUnits } from '../../bodies';
import { BodyPicker } from '../components/BodyPicker';
import { MemberUnitCases } from '../components/MemberUnitCases';
import { MembershipQueues } from '../components/MembershipQueues';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useMembershipQueues } from '../hooks/joint-meeting-api';
import { useBodyChoice } from '../hooks/use-body-choice';

export default function MembershipPage() {
  const t = useT(JOINT_MEETING_MESSAGES);
  const me = useSession();
  const { bodyId } = useBodyChoice();
  const isSecretariat = me.roles.some((r) => r.role === 'body_secretariat' && r.scopeId === bodyId);
  const units = me.roles.filter((r) => (r.role === 'member_representative' || r.role === 'org_admin') && r.scopeId);
  const unitIds = [...new Set(units.map((r) => r.scopeId!))];
  const queues = useMembershipQueues(bodyId, isSecretariat);
  const members = useMemberUnits(unitIds.length > 0 ? bodyId : undefined);
  const memberIds = new Set((members.data ?? []).map((unit) => unit.id));
  return (
    <>
      <PageHeader title={t('membership.title')} subtitle={t('membership.subtitle')} actions={<BodyPicker />} />
      {bodyId &&
        unitIds.map((orgId) => (
          <MemberUnitCases
            key={orgId}
            bodyId={bodyId}
            orgId={orgId}
            orgName={units.find((r) => r.scopeId === orgId)?.scopeName ?? ''}
            // Unknown until the members are loaded: offering 申请加入 to a member meanwhile would mislead.
            isMember={members.data ? memberIds.has(orgId) : undefined}
          />
        ))}
      {isSecretariat && queues.isPending && <Skeleton active />}
      {queues.isError && <QueryError error={queues.error} onRetry={queues.refetch} />}
      {bodyId && queues.data && <MembershipQueues bodyId={bodyId} queues={queues.data} />}
      {!isSecretariat && unitIds.length === 0 && <Empty description={t('membership.nothing')} />}
    </>
  );
}
