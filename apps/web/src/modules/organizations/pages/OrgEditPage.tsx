/**
 * Editing with optimistic locking: the form remembers the version it was loaded at and sends it; if someone
 * saved in between, the server answers VERSION_CONFLICT and the user reloads instead of overwriting them.
 */
import type { TOrg } from '@chanjiao/contracts/organizations';
import { Alert, App, Button, Form, Result, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { ORG_CODE_FIELDS, OrgForm } from '../components/OrgForm';
import { type OrgFormValues, orgFormValues, orgPayload } from '../org-payload';
import { useOrg, useUpdateOrg } from '../hooks/use-organizations';
import { ORG_MESSAGES } from '../messages';

function EditOrg({ org, onReload }: { org: TOrg; onReload: () => Promise<TOrg | undefined> }) {
  const t = useT(ORG_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  const update = useUpdateOrg(org.id);
  // The version the form's values came from; it moves only when the user reloads.
  const [version, setVersion] = useState(org.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const conflictNotice = useRef<HTMLDivElement>(null);
  // The save button is at the bottom of a long form; bring the notice into view.
  useEffect(() => {
    if (conflict) void conflictNotice.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [conflict]);

  const submit = (values: OrgFormValues) =>
    update.mutate(
      { ...orgPayload(values), version },
      {
        onSuccess: (saved) => {
          void message.success(t('form.saved'));
          void navigate(`/orgs/${saved.id}`, { replace: true });
        },
        onError: (error) => {
          if (isApiError(error, 'VERSION_CONFLICT')) setConflict(error.message);
          else reportError(error, { form, codeFields: ORG_CODE_FIELDS });
        },
      },
    );

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await onReload();
      if (!latest) return;
      form.resetFields();
      form.setFieldsValue(orgFormValues(latest));
      setVersion(latest.version);
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      {conflict && (
        <div ref={conflictNotice}>
          <Alert
            type="warning"
            showIcon
            title={t('conflict.title')}
            description={conflict}
            action={
              <Button type="primary" loading={reloading} onClick={() => void reload()}>
                {t('conflict.reload')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        </div>
      )}
      <OrgForm
        form={form}
        initialValues={orgFormValues(org)}
        onSubmit={submit}
        submitting={update.isPending}
        submitLabel={tApp('common.save')}
        cancelTo={`/orgs/${org.id}`}
      />
    </>
  );
}

export default function OrgEditPage() {
  const { id } = useParams();
  const t = useT(ORG_MESSAGES);
  const org = useOrg(id);
  const reloadOrg = async () => (await org.refetch()).data;

  let body;
  if (org.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (org.isError) body = <QueryError error={org.error} onRetry={org.refetch} />;
  else if (org.data.abilities && !org.data.abilities.update) {
    body = <Result status="403" title={t('form.cannotEdit')} subTitle={t('form.cannotEdit.text')} />;
  } else body = <EditOrg key={org.data.id} org={org.data} onReload={reloadOrg} />;

  return (
    <>
      <PageHeader title={t('form.editTitle')} subtitle={org.data?.name} backTo={id ? `/orgs/${id}` : '/orgs'} />
      {body}
    </>
  );
}
