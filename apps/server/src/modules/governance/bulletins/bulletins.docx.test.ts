import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bulletinDocx, bulletinFilename, chineseDate } from './bulletins.docx.js';

/** 《沿沪宁产业创新带职业院校联盟简报》第1期, as the demo loads it. */
const FIRST_ISSUE = {
  bodyName: '沿沪宁产业创新带职业院校联盟',
  issueNumber: 1,
  subject: '沪宁同心·职教同行|联盟在沪成立',
  headline: '沿沪宁产业创新带职业院校联盟在沪成立！ 上海曹杨职业技术学校当选首届轮值主席单位！',
  eventOn: '2025-12-12',
  content:
    '12月12日下午，“沿沪宁产业创新带职业院校联盟”成立大会暨一届一次会议在华东师范大学国家教育宏观政策研究院圆满举行。\n预备会上，筹备组负责人王晓刚向大会宣读了《沿沪宁产业创新带职业院校联盟章程（草案）》。',
  keywords: ['预备会', '联盟成立', '一届一次会议'],
  reportTo: '联盟首届轮值主席单位——上海市曹杨职业技术学校',
  copyTo: '沿沪宁产业创新带职业院校联盟各成员单位',
  issuer: '联盟首届轮值主席单位',
  issuedOn: '2025-12-14',
  draftedBy: '郭跃',
  reviewedBy: '殷时余',
};

describe('the bulletin DOCX in the layout of 简报第1期', () => {
  it('carries the masthead, issue number, title block, 印发 date, 拟稿 and 核稿, in under a second', async () => {
    // The first document of a process also loads the docx library; the 1 s target (docs/benchmarks.md) is per bulletin after that.
    await bulletinDocx({ ...FIRST_ISSUE, issueNumber: 2 });
    const started = performance.now();
    const file = await bulletinDocx(FIRST_ISSUE);
    const elapsed = performance.now() - started;
    console.info(`bulletin DOCX generated in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
    expect(file.filename).toBe('沿沪宁产业创新带职业院校联盟简报第1期.docx');
    const xml = await (await JSZip.loadAsync(file.content)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '沿沪宁产业创新带职业院校联盟简报',
      '（第1期）',
      '【沪宁同心·职教同行|联盟在沪成立】',
      '活动时间 2025年12月12日',
      '关键词：预备会 联盟成立 一届一次会议',
      '报送：联盟首届轮值主席单位——上海市曹杨职业技术学校',
      '抄送：沿沪宁产业创新带职业院校联盟各成员单位',
      '2025年12月14日印发',
      '拟稿：郭跃',
      '核稿：殷时余',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('关键词')).toBeGreaterThan(text.indexOf('王晓刚'));
  });

  it('names a draft without a number', () => {
    expect(bulletinFilename({ bodyName: '联盟', issueNumber: null, subject: '夏令营' })).toBe('简讯（草稿）-夏令营.docx');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
