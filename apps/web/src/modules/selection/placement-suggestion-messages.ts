import { defineMessages } from '../../app/i18n';

/** Words of the section 3 suggestions computed from the consortium's placement records. */
export const PLACEMENT_SUGGESTION_MESSAGES = defineMessages({
  lead: ['按平台记录计算（{body}）：', 'From the platform’s records ({body}): '],
  year: ['{year} 年 {value}', '{year}: {value}'],
  accept: ['采用', 'Use'],
  accepted: ['已采用', 'In use'],
  replace: ['已填写 {typed}，替换为 {value}？', 'Replace the typed {typed} with {value}?'],
  noRatio: ['岗位清单无已发布岗位，无法计算', 'no published position to compute from'],
  overHundred: ['超过 100%，请核对岗位清单', 'over 100%: check the job list'],
});
