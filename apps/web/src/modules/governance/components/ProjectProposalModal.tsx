/** A member unit's project proposal (章程第十七条(四)): title, content, lead unit, partners and period. */
import { INITIATIVE_POINTS, type TProjectProposal, ZProjectProposal } from '@chanjiao/contracts/governance/projects';
import { App, Form, Input, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useProposeProject } from '../hooks/projects-api';
import { PROJECTS_MESSAGES } from '../projects-messages';

interface Props {
  bodyId: string;
  /** Units the user proposes for. */
  own: { id: string; name: string }[];
  members: { id: string; name: string }[];
  onClose: () => void;
}

export function ProjectProposalModal({ bodyId, own, members, onClose }: Props) {
  const t = useT(PROJECTS_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TProjectProposal>();
  const zod = useZodForm(ZProjectProposal);
  const propose = useProposeProject(bodyId);
  const memberOptions = members.map((org) => ({ value: org.id, label: org.name }));

  const submit = (values: TProjectProposal) =>
    propose.mutate(
      { ...values, participantOrgIds: values.participantOrgIds ?? [] },
      {
        onSuccess: () => {
          void message.success(t('proposed'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );

  return (
    <Modal open width={680} title={t('propose')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={propose.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ proposerOrgId: own[0]?.id }}>
        <Form.Item {...zod.field('proposerOrgId')} label={t('form.proposer')}>
          <Select options={own.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('form.title')}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item {...zod.field('summary')} label={t('form.summary')}>
          <Input.TextArea rows={4} maxLength={3000} showCount />
        </Form.Item>
        <Form.Item {...zod.field('initiativePoint')} label={t('form.initiative')}>
          <Select
            allowClear
            options={Object.entries(INITIATIVE_POINTS).map(([value, label]) => ({ value: Number(value), label: bilingual(label) }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('leadOrgId')} label={t('form.lead')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={memberOptions} />
        </Form.Item>
        <Form.Item {...zod.field('participantOrgIds')} label={t('form.participants')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={memberOptions} />
        </Form.Item>
        <Form.Item {...zod.field('plannedStartOn')} label={t('form.start')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('plannedEndOn')} label={t('form.end')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
