/** Corrects an expert's declared affiliations (所在或关联单位): conflicts of interest are derived from them. */
import { type TAffiliationInput, type TExpert, ZAffiliationsUpdate } from '@chanjiao/contracts/selection/index';
import { Button, Form, Input, Modal, Space } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { listLabels, useZodForm } from '../../../app/zod-form';
import { useSetAffiliations } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

interface AffiliationRow {
  name: string;
  uscc?: string;
  note?: string;
  orgId?: string | null;
}

export function ExpertsAffiliationsModal({
  expert,
  onClose,
}: {
  expert: Pick<TExpert, 'id' | 'displayName' | 'affiliations'>;
  onClose: () => void;
}) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [form] = Form.useForm<{ affiliations: AffiliationRow[] }>();
  const save = useSetAffiliations();
  const initial: AffiliationRow[] = expert.affiliations.map((a) => ({
    name: a.name,
    uscc: a.uscc ?? '',
    note: a.note ?? '',
    orgId: a.orgId,
  }));
  const toPayload = ({ affiliations = [] }: { affiliations?: AffiliationRow[] }): { affiliations: TAffiliationInput[] } => ({
    affiliations: affiliations.map((a) => ({
      orgId: a.orgId ?? null,
      name: a.name,
      uscc: a.uscc?.trim() || undefined,
      note: a.note?.trim() || undefined,
    })),
  });
  const rows = Form.useWatch('affiliations', form)?.length ?? 0;
  const zod = useZodForm<{ affiliations?: AffiliationRow[] }>(ZAffiliationsUpdate, {
    toPayload,
    labels: listLabels('affiliations', rows, {
      name: t('experts.affiliation.name'),
      uscc: t('experts.affiliation.uscc'),
      note: t('experts.affiliation.note'),
    }),
  });
  const submit = (values: { affiliations?: AffiliationRow[] }) =>
    save.mutate({ expertId: expert.id, ...toPayload(values) }, { onSuccess: onClose, onError: (error) => report(error, { form }) });
  return (
    <Modal
      open
      title={t('experts.affiliations.title', { name: expert.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={760}
    >
      <Form form={form} initialValues={{ affiliations: initial }} onFinish={submit}>
        <Form.List name="affiliations">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'name']} rules={zod.rules(['affiliations', field.name, 'name'])}>
                    <Input placeholder={t('experts.affiliation.name')} style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'uscc']} rules={zod.rules(['affiliations', field.name, 'uscc'])}>
                    <Input placeholder={t('experts.affiliation.uscc')} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} rules={zod.rules(['affiliations', field.name, 'note'])}>
                    <Input placeholder={t('experts.affiliation.note')} style={{ width: 160 }} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('action.remove')}</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ name: '', orgId: null })}>
                {t('experts.affiliation.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
