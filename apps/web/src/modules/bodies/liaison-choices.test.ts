import type { TMe } from '@chanjiao/contracts/auth';
import { describe, expect, it } from 'vitest';
import { liaisonOrgChoices } from './liaison-choices';

const BODY = 'body-yhn';
const CAOYANG = { orgId: 'org-caoyang', orgName: '上海市曹杨职业技术学校' };
const PUKOU = { orgId: 'org-pukou', orgName: '南京浦口中等专业学校' };
const MEMBERS = [CAOYANG, PUKOU];

type Role = TMe['roles'][number];
const role = (scopeType: Role['scopeType'], scopeId: string | null): Role => ({ role: 'x', scopeType, scopeId, scopeName: null });

describe('member units offered when naming a liaison (章程第十一条)', () => {
  it.each<[string, Role[], string[]]>([
    ['a platform role covers every member', [role('system', null)], [CAOYANG.orgName, PUKOU.orgName]],
    ['the secretariat of this body covers every member', [role('body', BODY)], [CAOYANG.orgName, PUKOU.orgName]],
    ['the secretariat of another body covers none of these', [role('body', 'body-putuo')], []],
    ['a member representative names liaisons for its own unit only', [role('org', CAOYANG.orgId)], [CAOYANG.orgName]],
    ['an organisation that is not a member offers nothing', [role('org', 'org-elsewhere')], []],
  ])('%s', (_case, roles, offered) => {
    expect(liaisonOrgChoices(MEMBERS, roles, BODY).map((member) => member.orgName)).toEqual(offered);
  });
});
