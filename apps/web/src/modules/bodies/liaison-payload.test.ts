import type { TLiaison } from '@chanjiao/contracts/bodies';
import { describe, expect, it } from 'vitest';
import { liaisonCreatePayload, liaisonEditValues, liaisonUpdatePayload } from './liaison-payload';

const LIAISON: TLiaison = {
  id: '5d3c1a1e-5a1c-4c89-9b0e-0d6a1b7b9a01',
  orgId: 'e48664a7-f283-4b45-81ce-1216a59c93b8',
  orgName: '上海市曹杨职业技术学校',
  name: '王老师',
  title: '教务处主任',
  phone: '138****5678',
  email: 'w***@example.cn',
  version: 2,
};

describe('liaison payload', () => {
  it('names a liaison without the contact details left empty', () => {
    expect(liaisonCreatePayload({ orgId: LIAISON.orgId, name: ' 李老师 ', title: '校企合作处副处长', phone: ' ', email: '' })).toEqual({
      orgId: LIAISON.orgId,
      name: '李老师',
      title: '校企合作处副处长',
      phone: undefined,
      email: undefined,
    });
  });

  it('never starts the edit form from the masked values', () => {
    expect(liaisonEditValues(LIAISON)).toMatchObject({ phone: '', email: '' });
  });

  it('keeps recorded contact details when their fields stay empty', () => {
    const payload = liaisonUpdatePayload({ ...liaisonEditValues(LIAISON), title: '教务处处长' }, LIAISON.version);
    expect(payload).toEqual({ name: '王老师', title: '教务处处长', phone: undefined, email: undefined, version: 2 });
    // Omitted keys are what the server reads as "unchanged".
    expect(JSON.parse(JSON.stringify(payload))).not.toHaveProperty('phone');
  });

  it('deletes a recorded value only when asked to, and a typed value wins over the tick', () => {
    const values = liaisonEditValues(LIAISON);
    expect(liaisonUpdatePayload({ ...values, clearPhone: true }, 2).phone).toBeNull();
    expect(liaisonUpdatePayload({ ...values, clearEmail: true, email: 'wang@example.cn' }, 2).email).toBe('wang@example.cn');
  });
});
