import { App, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { bodyCreatePayload, type BodyFormValues } from '../body-payload';
import { BODY_CODE_FIELDS, BodyForm } from '../components/BodyForm';
import { useCreateBody } from '../hooks/use-bodies';
import { BODY_MESSAGES } from '../messages';

function CreateBody() {
  const t = useT(BODY_MESSAGES);
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyFormValues>();
  const create = useCreateBody();

  const submit = (values: BodyFormValues) =>
    create.mutate(bodyCreatePayload(values), {
      onSuccess: (body) => {
        void message.success(t('form.created', { name: body.name }));
        void navigate(`/bodies/${body.id}`, { replace: true });
      },
      onError: (error) => reportError(error, { form, codeFields: BODY_CODE_FIELDS }),
    });

  return (
    <>
      <PageHeader title={t('form.createTitle')} backTo="/bodies" />
      <BodyForm form={form} onSubmit={submit} submitting={create.isPending} submitLabel={t('form.create')} cancelTo="/bodies" />
    </>
  );
}

export default function BodyCreatePage() {
  return (
    <RequirePermission permission="body.create">
      <CreateBody />
    </RequirePermission>
  );
}
