/** A member school records the students it sends to an offer: 人月 = students × months each. */
import { type TPlacementOffer, type TPlacementTakeUpInput, ZPlacementTakeUpInput } from '@chanjiao/contracts/talent/index';
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { usePlacementActions } from '../hooks/placements-api';
import { PLACEMENT_MESSAGES } from '../placements-messages';
import { PlacementFormModal } from './PlacementFormModal';

export function TakeUpModal({
  bodyId,
  offer,
  schools,
  onClose,
}: {
  bodyId: string;
  offer: TPlacementOffer;
  schools: { id: string; name: string }[];
  onClose: () => void;
}) {
  const t = useT(PLACEMENT_MESSAGES);
  const actions = usePlacementActions(bodyId);
  const left = Math.max(0, offer.places - offer.taken);
  return (
    <PlacementFormModal<TPlacementTakeUpInput>
      title={t('takeUp.title', { position: offer.position })}
      schema={ZPlacementTakeUpInput}
      initialValues={{ schoolOrgId: schools[0]?.id, students: 1 }}
      pending={actions.takeUp.isPending}
      onSubmit={(values, done) => actions.takeUp.mutate({ ...values, offerId: offer.id }, done)}
      onClose={onClose}
    >
      {(field) => (
        <>
          <Form.Item {...field('schoolOrgId')} label={t('takeUp.school')}>
            <Select options={schools.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item {...field('students')} label={t('takeUp.students')} extra={t('takeUp.left', { left })}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item {...field('months')} label={t('takeUp.months')}>
                <InputNumber min={0.5} step={0.5} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </PlacementFormModal>
  );
}
