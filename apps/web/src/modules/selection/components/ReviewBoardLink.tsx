/** The way from a call to its review board, for the authority once the call is published. */
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { REVIEW_MESSAGES } from '../review-messages';

export function ReviewBoardLink({ callId, status }: { callId: string; status: string }) {
  const t = useT(REVIEW_MESSAGES);
  const can = useCan();
  if (status === 'draft' || !can('selection.review.manage')) return null;
  return (
    <Link to={`/selection/calls/${callId}/review`}>
      <Button>{t('managed.open')}</Button>
    </Link>
  );
}
