import { defineMessages } from '../../app/i18n';

export const LIAISON_COVERAGE_MESSAGES = defineMessages({
  title: ['联络员', 'Liaisons'],
  subtitle: [
    '章程第十一条：各成员单位设立联盟联络处，并确定至少一名中层干部担任联络员',
    'Charter art. 11: each member sets up a liaison office and names at least one mid-level cadre as liaison',
  ],
  summary: ['{total} 家成员单位中，{missing} 家尚未指定联络员', '{missing} of {total} members have named no liaison'],
  allNamed: ['所有成员单位均已指定联络员', 'Every member has named a liaison'],
  onlyMissing: ['只看未指定的', 'Only members without one'],
  manage: ['在联盟详情中管理联络员', 'Manage liaisons on the body page'],
  'column.member': ['成员单位', 'Member unit'],
  'column.count': ['联络员人数', 'Liaisons'],
  'column.liaisons': ['联络员（职务）', 'Liaisons (position)'],
  missing: ['未指定', 'None named'],
});
