import type { TLearningRecord, TLearningRecordEntry } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type CheckFindings, didWebOf, issuableEntries, learningCredential, readCredential, verdict } from './credentials.rules.js';

// Issue 10 R4: "a verify page that checks a record by upload or link" — and says why a record fails.
describe('the verdict of a check', () => {
  const good: CheckFindings = {
    wellFormed: true,
    keyKnown: true,
    signatureValid: true,
    record: { contentMatches: true, withdrawn: null },
    keyId: 'key-20270115-a1b2c3',
    credentialId: 'c0ffee00-0000-4000-8000-000000000001',
  };
  const cases: [string, Partial<CheckFindings>, string | null, RegExp][] = [
    ['as issued', {}, null, /^有效/],
    ['not a credential of ours', { wellFormed: false, keyKnown: false, signatureValid: false, record: null }, 'malformed', /^无法识别/],
    [
      'signed with a key never published',
      { keyKnown: false, signatureValid: false, record: null },
      'unknown_key',
      /签名密钥未知：key-20270115-a1b2c3/,
    ],
    [
      'content changed after issue',
      { signatureValid: false, record: { contentMatches: false, withdrawn: null } },
      'tampered',
      /^内容被篡改/,
    ],
    ['the signature altered, the content as issued', { signatureValid: false }, 'signature', /^签名校验失败/],
    ['a bad signature on a record the platform never issued', { signatureValid: false, record: null }, 'signature', /^签名校验失败/],
    ['signed, but no record of it', { record: null }, 'unknown_record', /没有编号为 c0ffee00/],
    [
      'withdrawn by the school',
      { record: { contentMatches: true, withdrawn: { at: '2027-02-01 10:00', reason: '认定有误，已重新认定' } } },
      'withdrawn',
      /学校于 2027-02-01 10:00 撤回了该记录（认定有误，已重新认定）/,
    ],
  ];
  it.each(cases)('%s', (_name, change, problem, reason) => {
    const found = verdict({ ...good, ...change });
    expect(found.problem).toBe(problem);
    expect(found.valid).toBe(problem === null);
    expect(found.reason['zh-CN']).toMatch(reason);
    expect(found.reason['en-US']).toMatch(/^[A-Z]/);
  });
});

const entry = (over: Partial<TLearningRecordEntry>): TLearningRecordEntry => ({
  nominationId: 'n1',
  courseId: 'c1',
  courseName: '数控加工工艺',
  host: { id: 'h1', name: '上海市曹杨职业技术学校' },
  term: '2026-2027-1',
  credits: 2,
  hours: 32,
  grading: 'score',
  score: 86,
  passed: null,
  courseClosed: true,
  recognition: {
    outcome: 'converted',
    ownCourseName: null,
    credits: 2,
    grade: '良好',
    ruleId: 'percent-five-level-2026',
    reason: null,
    decidedAt: '2027-01-15T02:00:00.000Z',
    version: 1,
  },
  ...over,
});

const record: TLearningRecord = {
  student: {
    id: 's1',
    name: '陈思远',
    studentNumber: '2025010101',
    major: '数控技术应用',
    home: { id: 'o1', name: '南京浦口中等专业学校' },
    isGenerated: false,
  },
  entries: [],
  creditsRecognised: 2,
};

describe('the learning record as an Open Badges 3.0 AchievementCredential', () => {
  const entries = [
    entry({}),
    entry({ nominationId: 'n2', courseName: '电工基础', grading: 'pass_fail', score: null, passed: true, recognition: null }),
  ];
  const credential = learningCredential(record, entries, {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    issuerDid: 'did:web:chanjiao.example',
    bodyName: '沿沪宁产业创新带职业院校联盟',
    validFrom: '2027-01-15T02:00:00Z',
  });

  it('is a VC 2.0 AchievementCredential whose subject carries the results and the decisions', () => {
    expect(credential['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(credential.type).toEqual(['VerifiableCredential', 'AchievementCredential']);
    expect(credential.credentialSubject.creditsEarned).toBe(2);
    expect(credential.credentialSubject.result).toEqual([
      expect.objectContaining({
        value: '86',
        status: 'Completed',
        recognition: expect.objectContaining({ outcomeName: '按规则转换', grade: '良好' }),
      }),
      expect.objectContaining({ value: '合格', status: 'Completed', recognition: { outcome: 'pending', outcomeName: '待认定' } }),
    ]);
  });

  it('carries the name, the masked student number, the school and the major — nothing more of the person', () => {
    const text = JSON.stringify(credential);
    expect(credential.credentialSubject.identifier.map((i) => i.identityHash)).toEqual(['陈思远', '2025****01']);
    expect(text).not.toContain('2025010101');
    expect(credential.credentialSubject).toMatchObject({ school: '南京浦口中等专业学校', major: '数控技术应用' });
  });

  it('reads back for the verify page with the name masked', () => {
    expect(readCredential(credential)?.summary).toMatchObject({
      studentName: '陈**',
      studentNumber: '2025****01',
      courses: [
        { courseName: '数控加工工艺', host: '上海市曹杨职业技术学校', result: '86', recognition: '按规则转换 · 2 学分 · 良好' },
        { courseName: '电工基础', result: '合格', recognition: '待认定' },
      ],
    });
    expect(readCredential({ id: 'urn:uuid:x' })).toBeNull();
  });

  it('is issued once the home school has decided on at least one closed course', () => {
    expect(issuableEntries([entry({ recognition: null })])).toBeNull();
    expect(issuableEntries([entry({}), entry({ courseClosed: false, score: null })])).toHaveLength(1);
  });

  it('names the platform by did:web, the port encoded', () => {
    expect(didWebOf('https://chanjiao.example')).toBe('did:web:chanjiao.example');
    expect(didWebOf('http://localhost:5173')).toBe('did:web:localhost%3A5173');
  });
});
