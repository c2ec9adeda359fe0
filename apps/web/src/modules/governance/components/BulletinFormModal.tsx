/** Drafting a 简讯 (a member unit) or editing one, title block included (the secretariat before publishing). */
import { type TBulletin, ZBulletinDraftInput, ZBulletinUpdate } from '@chanjiao/contracts/governance/bulletins';
import { App, Divider, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { BULLETIN_MESSAGES } from '../bulletins-messages';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useDraftBulletin, useUpdateBulletin } from '../hooks/bulletins-api';

interface Props {
  bodyId: string;
  /** Null to draft a new one. */
  bulletin: TBulletin | null;
  /** Units the user may draft for. */
  orgs: { id: string; name: string }[];
  /** The secretariat fills the title block (报送, 抄送, 印发单位, 核稿). */
  withTitleBlock: boolean;
  onClose: () => void;
}

interface Values {
  orgId: string;
  subject: string;
  headline?: string;
  eventOn?: string;
  content: string;
  keywords?: string[];
  draftedBy?: string;
  reviewedBy?: string;
  reportTo?: string;
  copyTo?: string;
  issuer?: string;
}

const nullable = (value: string | undefined) => (value && value.trim() !== '' ? value : null);

/** What the form checks against the server's schema: a blank optional field is left out, as it is sent. */
const bulletinPayload = (values: Values) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === '' ? undefined : value]));

export function BulletinFormModal({ bodyId, bulletin, orgs, withTitleBlock, onClose }: Props) {
  const t = useT(BULLETIN_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(bulletin ? ZBulletinUpdate : ZBulletinDraftInput, { toPayload: bulletinPayload });
  const draft = useDraftBulletin(bodyId);
  const update = useUpdateBulletin(bodyId);

  useEffect(() => {
    if (bulletin) {
      form.setFieldsValue({
        ...bulletin,
        orgId: bulletin.org.id,
        headline: bulletin.headline ?? undefined,
        eventOn: bulletin.eventOn ?? undefined,
        draftedBy: bulletin.draftedBy ?? undefined,
        reviewedBy: bulletin.reviewedBy ?? undefined,
        reportTo: bulletin.reportTo ?? undefined,
        copyTo: bulletin.copyTo ?? undefined,
        issuer: bulletin.issuer ?? undefined,
      });
    } else if (orgs.length === 1) {
      form.setFieldsValue({ orgId: orgs[0]!.id });
    }
  }, [bulletin, form, orgs]);

  const done = () => {
    void message.success(common('common.saved'));
    onClose();
  };
  const failed = (error: unknown) => reportError(error, { form });

  const submit = (values: Values) => {
    const keywords = values.keywords ?? [];
    if (!bulletin) {
      draft.mutate(
        {
          orgId: values.orgId,
          subject: values.subject,
          headline: values.headline,
          eventOn: values.eventOn || undefined,
          content: values.content,
          keywords,
          draftedBy: values.draftedBy,
        },
        { onSuccess: done, onError: failed },
      );
      return;
    }
    update.mutate(
      {
        id: bulletin.id,
        version: bulletin.version,
        subject: values.subject,
        headline: nullable(values.headline),
        eventOn: nullable(values.eventOn),
        content: values.content,
        keywords,
        draftedBy: nullable(values.draftedBy),
        ...(withTitleBlock
          ? {
              reviewedBy: nullable(values.reviewedBy),
              reportTo: nullable(values.reportTo),
              copyTo: nullable(values.copyTo),
              issuer: nullable(values.issuer),
            }
          : {}),
      },
      { onSuccess: done, onError: failed },
    );
  };

  return (
    <Modal
      open
      width={760}
      title={bulletin ? t('edit') : t('new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={draft.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...zod.field('orgId')} label={t('field.orgId')}>
          <Select
            disabled={!!bulletin}
            options={orgs.map((org) => ({ value: org.id, label: org.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item {...zod.field('subject')} label={t('field.subject')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('headline')} label={t('field.headline')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('eventOn')} label={t('field.eventOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('content')} label={t('field.content')}>
          <Input.TextArea rows={10} />
        </Form.Item>
        <Form.Item {...zod.field('keywords')} label={t('field.keywords')}>
          <Select mode="tags" tokenSeparators={[' ', '，', ',']} open={false} />
        </Form.Item>
        <Form.Item {...zod.field('draftedBy')} label={t('field.draftedBy')}>
          <Input maxLength={40} />
        </Form.Item>
        {withTitleBlock && (
          <>
            <Divider titlePlacement="start">{t('titleBlock')}</Divider>
            <Form.Item {...zod.field('reviewedBy')} label={t('field.reviewedBy')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item {...zod.field('reportTo')} label={t('field.reportTo')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item {...zod.field('copyTo')} label={t('field.copyTo')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item {...zod.field('issuer')} label={t('field.issuer')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
