import { defineMessages } from '../../app/i18n';

/** Texts of the 专业动态调整 suggestions page. */
export const ADJUSTMENT_MESSAGES = defineMessages({
  title: ['专业调整建议', 'Major adjustment suggestions'],
  subtitle: [
    '健全专业动态调整机制：按联合体三年人才需求与各校供给的缺口，为本校各专业给出增设、扩大、保持或压缩的建议及依据',
    'From the body’s three-year gaps, a suggestion for each of the school’s majors to open, enlarge, keep or shrink, with its evidence',
  ],
  notice: [
    '以下仅为建议，供学校研究专业设置时参考；平台不会自动增设、调整或停办任何专业。',
    'These are suggestions for the school to weigh; the platform opens, changes or closes no major by itself.',
  ],
  school: ['学校', 'School'],
  'school.placeholder': ['选择学校', 'Choose a school'],
  'school.none': [
    '没有可查看的学校：学校用户查看本校，秘书处查看各成员学校',
    'No school to show: school staff see their own, the secretariat any member school',
  ],
  startYear: ['起始年份', 'First year'],
  empty: [
    '本校在所选年份没有填报供给，联合体也没有本校可增设的缺口专业',
    'The school supplies no major in these years and there is no major it could open',
  ],
  'col.kind': ['建议', 'Suggestion'],
  'col.major': ['专业', 'Major'],
  'col.total': ['三年缺口', 'Gap, three years'],
  'col.school': ['本校三年供给', 'School, three years'],
  'evidence.rule': ['判断依据', 'How it was decided'],
  'evidence.years': ['逐年需求、供给与缺口（联合体全部学校）', 'Demand, supply and gap per year (all the body’s schools)'],
  'evidence.schoolSupply': ['本校预计毕业生：{values}', 'The school’s expected graduates: {values}'],
  'evidence.siblings': ['增设基础（本校同一专业类专业）：{majors}', 'Base to open on (the school’s majors of the same class): {majors}'],
  'evidence.demands': ['构成需求的企业岗位', 'The enterprise positions that make up the demand'],
  'evidence.noDemands': ['联合体企业没有填报该专业的需求', 'No enterprise of the body asks for this major'],
  'evidence.counted': ['{org}：{position}，计入 {count} 人', '{org}: {position}, {count} counted'],
  'thresholds.edit': ['调整阈值', 'Thresholds'],
  'thresholds.title': ['专业调整建议的阈值', 'Thresholds of the suggestions'],
  'thresholds.enlargeMinGap': ['扩大：三年缺口至少（人）', 'Enlarge: gap over three years at least'],
  'thresholds.openMinGap': ['增设：三年缺口至少（人）', 'Open: gap over three years at least'],
  'thresholds.shrinkMinSurplus': ['压缩：三年富余至少（人）', 'Shrink: surplus over three years at least'],
  'thresholds.share': ['缺口占需求（富余占供给）至少', 'Gap of demand (surplus of supply) at least'],
  'thresholds.saved': ['阈值已保存，建议已按新阈值重新计算', 'Saved; the suggestions follow the new thresholds'],
});
