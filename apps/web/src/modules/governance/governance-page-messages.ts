/** Strings shared by the chair, committees, work plan, liaisons and bulletin pages. */
import { defineMessages } from '../../app/i18n';

export const GOVERNANCE_PAGE_MESSAGES = defineMessages({
  'body.label': ['联盟/联合体', 'Body'],
  'body.placeholder': ['请选择联盟或联合体', 'Choose an alliance or consortium'],
  'body.none': ['暂无可查看的联盟或联合体', 'There is no alliance or consortium to show'],
  'common.submit': ['提交', 'Submit'],
  'common.saved': ['已保存', 'Saved'],
  'common.actions': ['操作', 'Actions'],
  'common.download': ['下载', 'Download'],
  'common.confirm': ['确定', 'OK'],
});
