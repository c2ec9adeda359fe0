/** Founding units (members by right, no application) still without a 《联盟成员证书》: issue one, or all at once. */
import { App, Button, Card, List, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useMembershipActions } from '../hooks/joint-meeting-api';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';

export function FoundingCertificatesCard({ bodyId, units }: { bodyId: string; units: { id: string; name: string }[] }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const { foundingCertificate, allFoundingCertificates } = useMembershipActions(bodyId);
  if (units.length === 0) return null;
  return (
    <Card
      title={t('founding.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Button
          type="primary"
          loading={allFoundingCertificates.isPending}
          onClick={() =>
            allFoundingCertificates.mutate(undefined, {
              onSuccess: (issued) => void message.success(t('founding.issued', { count: issued.items.length })),
              onError: (error) => reportError(error),
            })
          }
        >
          {t('founding.issueAll', { count: units.length })}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('founding.hint')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={units}
        renderItem={(unit) => (
          <List.Item
            actions={[
              <Button
                key="issue"
                size="small"
                disabled={foundingCertificate.isPending}
                onClick={() =>
                  foundingCertificate.mutate(unit.id, {
                    onSuccess: (certificate) =>
                      void message.success(t('certificate.label', { number: certificate.number, issuedOn: certificate.issuedOn })),
                    onError: (error) => reportError(error),
                  })
                }
              >
                {t('founding.issue')}
              </Button>,
            ]}
          >
            {unit.name}
          </List.Item>
        )}
      />
    </Card>
  );
}
