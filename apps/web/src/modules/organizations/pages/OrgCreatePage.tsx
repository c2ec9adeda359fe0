import { App, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { ORG_CODE_FIELDS, OrgForm } from '../components/OrgForm';
import { type OrgFormValues, orgPayload } from '../org-payload';
import { useCreateOrg } from '../hooks/use-organizations';
import { ORG_MESSAGES } from '../messages';

function CreateOrg() {
  const t = useT(ORG_MESSAGES);
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  const create = useCreateOrg();

  const submit = (values: OrgFormValues) =>
    create.mutate(orgPayload(values), {
      onSuccess: (org) => {
        void message.success(t('form.created', { name: org.name }));
        void navigate(`/orgs/${org.id}`, { replace: true });
      },
      onError: (error) => reportError(error, { form, codeFields: ORG_CODE_FIELDS }),
    });

  return (
    <>
      <PageHeader title={t('form.createTitle')} backTo="/orgs" />
      <OrgForm form={form} onSubmit={submit} submitting={create.isPending} submitLabel={t('form.create')} cancelTo="/orgs" />
    </>
  );
}

export default function OrgCreatePage() {
  return (
    <RequirePermission permission="org.create">
      <CreateOrg />
    </RequirePermission>
  );
}
