/**
 * Editing with optimistic locking: the page keeps the version the form was filled from and sends it. When
 * someone saved in between, the server answers VERSION_CONFLICT; the user reloads rather than overwrite them.
 */
import type { TBody } from '@chanjiao/contracts/bodies';
import { App, Form, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { VersionConflictNotice } from '../../../app/components/VersionConflictNotice';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { bodyFormValues, type BodyFormValues, bodyUpdatePayload } from '../body-payload';
import { BODY_CODE_FIELDS, BodyForm } from '../components/BodyForm';
import { useBody, useUpdateBody } from '../hooks/use-bodies';
import { BODY_MESSAGES } from '../messages';

function EditBody({ loaded, reload }: { loaded: TBody; reload: () => Promise<TBody | undefined> }) {
  const t = useT(BODY_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyFormValues>();
  const update = useUpdateBody(loaded.id);
  // The record the form was filled from; it changes only when the user reloads after a conflict.
  const [base, setBase] = useState(loaded);
  const [conflict, setConflict] = useState<string | null>(null);

  const submit = (values: BodyFormValues) =>
    update.mutate(bodyUpdatePayload(values, base.version), {
      onSuccess: (saved) => {
        void message.success(t('form.saved'));
        void navigate(`/bodies/${saved.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error, 'VERSION_CONFLICT')) setConflict(error.message);
        else reportError(error, { form, codeFields: BODY_CODE_FIELDS });
      },
    });

  const takeLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    form.resetFields();
    form.setFieldsValue(bodyFormValues(latest));
    setBase(latest);
    setConflict(null);
  };

  return (
    <>
      {conflict && (
        <VersionConflictNotice title={t('conflict.title')} message={conflict} reloadLabel={t('conflict.reload')} onReload={takeLatest} />
      )}
      <BodyForm
        // A new key after a reload, so the secretariat picker shows the latest organisation's name.
        key={base.version}
        form={form}
        body={base}
        initialValues={bodyFormValues(base)}
        onSubmit={submit}
        submitting={update.isPending}
        submitLabel={tApp('common.save')}
        cancelTo={`/bodies/${base.id}`}
      />
    </>
  );
}

export default function BodyEditPage() {
  const { id } = useParams();
  const t = useT(BODY_MESSAGES);
  const body = useBody(id);
  const reload = async () => (await body.refetch()).data;

  let content;
  if (body.isPending) content = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (body.isError) content = <QueryError error={body.error} onRetry={body.refetch} />;
  else if (body.data.abilities && !body.data.abilities.update) {
    content = <Result status="403" title={t('form.cannotEdit')} subTitle={t('form.cannotEdit.text')} />;
  } else content = <EditBody key={body.data.id} loaded={body.data} reload={reload} />;

  return (
    <>
      <PageHeader title={t('form.editTitle')} subtitle={body.data?.name} backTo={id ? `/bodies/${id}` : '/bodies'} />
      {content}
    </>
  );
}
