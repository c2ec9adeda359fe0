/**
 * The 推荐书 beside the score sheet, read-only: each section in the applicant's own fields (disabled), folded
 * so the expert opens what a point asks about; its Word export and the supporting material with its contents.
 */
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { APPLICATION_SECTION_LABELS, APPLICATION_SECTION_NAMES, type TReview } from '@chanjiao/contracts/selection/index';
import { Button, Card, Collapse, ConfigProvider, Form, Space, theme, Typography } from 'antd';
import { downloadFile } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { REVIEW_MESSAGES } from '../review-messages';
import { SectionFields } from './SectionForm';

type ReviewedApplication = NonNullable<TReview['application']>;

function Downloads({ reviewId, application }: { reviewId: string; application: ReviewedApplication }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const base = `/api/selection/my/reviews/${reviewId}`;
  const { material } = application;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
      <Space wrap>
        <Button
          size="small"
          icon={<FileWordOutlined />}
          onClick={() =>
            void downloadFile(`${base}/recommendation.docx`, undefined, `${application.consortiumName}推荐书.docx`).catch(report)
          }
        >
          {t('sheet.application.docx')}
        </Button>
        {material && (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() => void downloadFile(`${base}/material`, undefined, material.filename).catch(report)}
          >
            {t('sheet.application.material', { pages: material.pageCount })}
          </Button>
        )}
      </Space>
      {!material && <Typography.Text type="secondary">{t('sheet.application.noMaterial')}</Typography.Text>}
      {material && material.toc.length > 0 && (
        <Typography.Text type="secondary">
          {t('sheet.application.toc', { entries: material.toc.map((entry) => t('sheet.application.tocEntry', entry)).join('；') })}
        </Typography.Text>
      )}
    </Space>
  );
}

export function ReviewApplicationPanel({ reviewId, application }: { reviewId: string; application: ReviewedApplication }) {
  const t = useT(REVIEW_MESSAGES);
  const bilingual = useBilingual();
  const { token } = theme.useToken();
  return (
    <Card size="small" title={t('sheet.application')}>
      <Downloads reviewId={reviewId} application={application} />
      {/* Disabled inputs keep their grey background (nothing to edit) but the text is there to be read. */}
      <ConfigProvider theme={{ token: { colorTextDisabled: token.colorText } }}>
        <Collapse
          size="small"
          defaultActiveKey={['cover']}
          items={APPLICATION_SECTION_NAMES.map((section) => ({
            key: section,
            label: bilingual(APPLICATION_SECTION_LABELS[section]),
            children: (
              // Named per section, so that the inputs' ids differ from the score sheet's and from each other's.
              <Form name={`application-${section}`} layout="vertical" disabled initialValues={application.content[section]}>
                <SectionFields applicationId={application.id} call={application} section={section} disabled />
              </Form>
            ),
          }))}
        />
      </ConfigProvider>
    </Card>
  );
}
