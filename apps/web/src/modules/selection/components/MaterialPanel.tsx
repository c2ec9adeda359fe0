/** The supporting material: one PDF within the call's page limit, and its table of contents (目录索引). */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { type TApplication, type TTocEntry, ZTocUpdate } from '@chanjiao/contracts/selection/index';
import { Button, Form, Input, InputNumber, Space, Typography, Upload } from 'antd';
import App from 'antd/es/app';
import { downloadFile } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { listLabels, useZodForm } from '../../../app/zod-form';
import { useSaveToc, useUploadMaterial } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

export function MaterialPanel({ application, base, editable }: { application: TApplication; base: string; editable: boolean }) {
  const t = useT(SELECTION_MESSAGES);
  const { message } = App.useApp();
  const report = useReportError();
  const upload = useUploadMaterial(application.id);
  const saveToc = useSaveToc(application.id);
  const [form] = Form.useForm<{ entries: TTocEntry[] }>();
  const rows = Form.useWatch('entries', form)?.length ?? 0;
  const labels = listLabels('entries', rows, { title: t('material.toc.title'), page: t('material.toc.page') });
  const zod = useZodForm<{ entries: TTocEntry[] }>(ZTocUpdate, { toPayload: (values) => ({ entries: values.entries ?? [] }), labels });
  const material = application.material;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('material.hint', { limit: application.call.limits.supportingMaterialPages })}</Typography.Text>
      <Space>
        {material ? (
          <>
            <Typography.Text strong>{material.filename}</Typography.Text>
            <Typography.Text>{t('material.pages', { pages: material.pageCount })}</Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void downloadFile(`${base}/material`, undefined, material.filename).catch(report)}
            >
              {t('material.download')}
            </Button>
          </>
        ) : (
          <Typography.Text type="secondary">{t('material.none')}</Typography.Text>
        )}
        {editable && (
          <Upload
            accept="application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file, { onError: (error) => report(error) });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('material.upload')}
            </Button>
          </Upload>
        )}
      </Space>
      {material && (
        <Form
          form={form}
          layout="inline"
          disabled={!editable}
          initialValues={{ entries: material.toc }}
          onFinish={(values) =>
            saveToc.mutate(values.entries ?? [], {
              onSuccess: () => void message.success(t('autosave.saved')),
              onError: (error) => report(error, { form }),
            })
          }
        >
          <Form.List name="entries">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>{t('material.toc')}</Typography.Text>
                {fields.map((field) => (
                  <Space key={field.key}>
                    <Form.Item name={[field.name, 'title']} rules={zod.rules(['entries', field.name, 'title'])}>
                      <Input placeholder={t('material.toc.title')} style={{ width: 320 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'page']} rules={zod.rules(['entries', field.name, 'page'])}>
                      <InputNumber min={1} max={material.pageCount} placeholder={t('material.toc.page')} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('rows.remove')}</Button>
                  </Space>
                ))}
                <Space>
                  <Button onClick={() => add({ title: '', page: 1 })}>{t('rows.add')}</Button>
                  <Button type="primary" htmlType="submit" loading={saveToc.isPending}>
                    {t('material.toc.save')}
                  </Button>
                </Space>
              </Space>
            )}
          </Form.List>
        </Form>
      )}
    </Space>
  );
}
