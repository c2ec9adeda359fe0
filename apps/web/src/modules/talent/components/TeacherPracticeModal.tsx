/** A member school records its teachers' practice in an enterprise of the list: 人月 = teachers × months each. */
import { type TTeacherPracticeInput, ZTeacherPracticeInput } from '@chanjiao/contracts/talent/index';
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { usePlacementActions } from '../hooks/placements-api';
import { PLACEMENT_MESSAGES } from '../placements-messages';
import { PlacementFormModal } from './PlacementFormModal';

type Named = { id: string; name: string };

export function TeacherPracticeModal({
  bodyId,
  schools,
  enterprises,
  onClose,
}: {
  bodyId: string;
  schools: Named[];
  enterprises: Named[];
  onClose: () => void;
}) {
  const t = useT(PLACEMENT_MESSAGES);
  const actions = usePlacementActions(bodyId);
  const options = (units: Named[]) => units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <PlacementFormModal<TTeacherPracticeInput>
      title={t('practice.add')}
      schema={ZTeacherPracticeInput}
      initialValues={{ schoolOrgId: schools[0]?.id, enterpriseOrgId: enterprises[0]?.id, teachers: 1, months: 1 }}
      pending={actions.practice.isPending}
      onSubmit={(values, done) => actions.practice.mutate(values, done)}
      onClose={onClose}
    >
      {(field) => (
        <>
          <Form.Item {...field('schoolOrgId')} label={t('practice.school')}>
            <Select options={options(schools)} />
          </Form.Item>
          <Form.Item {...field('enterpriseOrgId')} label={t('practice.enterprise')}>
            <Select options={options(enterprises)} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={12} sm={8}>
              <Form.Item {...field('teachers')} label={t('practice.teachers')}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item {...field('months')} label={t('practice.months')}>
                <InputNumber min={0.5} step={0.5} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item {...field('startsOn')} label={t('practice.startsOn')}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </PlacementFormModal>
  );
}
