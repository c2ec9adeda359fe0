/**
 * 下载模板 / 批量导入 of one list (docs/sources.md §9 T1): the template to fill, the upload, and — when a row is wrong and nothing was
 * imported — the rows' errors with the report to download. Shown to the secretariat, which imports every list.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { TImportRowsInvalid } from '@chanjiao/contracts/files';
import { TALENT_LISTS, type TalentListName } from '@chanjiao/contracts/talent/index';
import { App, Button, Modal, Upload } from 'antd';
import { useState } from 'react';
import { downloadFile, isApiError } from '../../../app/api';
import { ImportRowErrors } from '../../../app/components/ImportRowErrors';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useListImport } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';

export function ListImportControls({ bodyId, list }: { bodyId: string; list: TalentListName }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const importList = useListImport(bodyId, list);
  const [problems, setProblems] = useState<TImportRowsInvalid | null>(null);
  const name = TALENT_LISTS[list]['zh-CN'];
  const upload = (file: File) => {
    const form = new FormData();
    form.append('file', file);
    importList.mutate(form, {
      onSuccess: (result) => void message.success(t('import.done', { count: result.imported })),
      onError: (error) => (isApiError(error, 'IMPORT_ROWS_INVALID') ? setProblems(error.body as TImportRowsInvalid) : reportError(error)),
    });
    return false;
  };
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() =>
          void downloadFile(`/api/bodies/${bodyId}/talent/lists/${list}/import/template.xlsx`, undefined, `${name}导入模板.xlsx`).catch(
            reportError,
          )
        }
      >
        {t('import.template')}
      </Button>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
        <Button icon={<UploadOutlined />} loading={importList.isPending}>
          {t('import.button')}
        </Button>
      </Upload>
      {problems && (
        <Modal
          open
          title={`${t('import.button')}：${bilingual(TALENT_LISTS[list])}`}
          width={760}
          footer={null}
          onCancel={() => setProblems(null)}
        >
          <ImportRowErrors report={problems} reportFilename={`${name}-${t('import.report')}`} />
        </Modal>
      )}
    </>
  );
}
