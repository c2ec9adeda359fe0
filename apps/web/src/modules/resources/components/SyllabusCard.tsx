/** The course's syllabus: every version the host uploaded, the current one first; the host uploads a new version. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Tag, Upload } from 'antd';
import { useReportError } from '../../../app/forms';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';
import { downloadSyllabus, useSyllabus, useUploadSyllabus } from '../hooks/course-operations-api';

interface Props {
  bodyId: string;
  courseId: string;
  mayUpload: boolean;
}

export function SyllabusCard({ bodyId, courseId, mayUpload }: Props) {
  const t = useT(COURSE_OPERATIONS_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const versions = useSyllabus(bodyId, courseId);
  const upload = useUploadSyllabus(bodyId, courseId);
  if (versions.isError) return <QueryError error={versions.error} onRetry={versions.refetch} />;
  const items = versions.data?.items ?? [];
  return (
    <Card
      title={t('syllabus.title')}
      loading={!versions.data}
      extra={
        mayUpload && (
          <Upload
            accept=".pdf,.docx"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              upload.mutate(file as File, {
                onSuccess: (saved) => {
                  void message.success(t('syllabus.uploaded', { version: saved.version }));
                  onSuccess?.(saved);
                },
                onError: (error) => {
                  reportError(error);
                  onError?.(error);
                },
              })
            }
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {items.length > 0 ? t('syllabus.replace') : t('syllabus.upload')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t('syllabus.none') }}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void downloadSyllabus(bodyId, courseId, v).catch((error: unknown) => reportError(error))}
              >
                {t('syllabus.download')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {v.filename} {v.current && <Tag color="green">{t('syllabus.current')}</Tag>}
                </>
              }
              description={`${t('syllabus.version', { version: v.version })} · ${Math.max(1, Math.round(v.size / 1024))} KB · ${v.uploadedAt.slice(0, 10)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
