import { describe, expect, it } from 'vitest';
import { type CharterBlock, charterBlocks } from './charter-text';

describe('a charter laid out as it is printed', () => {
  it.each<[string, string, CharterBlock]>([
    ['a chapter heading', '第一章 总则', { kind: 'chapter', number: '第一章', title: '总则' }],
    ['a chapter without a space', '第六章附则', { kind: 'chapter', number: '第六章', title: '附则' }],
    [
      'an article',
      '第一条 联盟名称：沿沪宁产业创新带职业院校联盟。',
      { kind: 'article', number: '第一条', text: '联盟名称：沿沪宁产业创新带职业院校联盟。' },
    ],
    ['an article past ten', '第二十九条 章程生效', { kind: 'article', number: '第二十九条', text: '章程生效' }],
    [
      'a full-width item',
      '（一）开展区域职业教育发展与产教融合的战略研究；',
      { kind: 'item', number: '（一）', text: '开展区域职业教育发展与产教融合的战略研究；' },
    ],
    [
      'an item pasted with a list marker (第九条)',
      '- （一）制定和修改联盟章程；',
      { kind: 'item', number: '（一）', text: '制定和修改联盟章程；' },
    ],
    [
      'a half-width item with a marker (第十三条)',
      '- (二) 为校长联席会议的决策提供咨询建议；',
      { kind: 'item', number: '（二）', text: '为校长联席会议的决策提供咨询建议；' },
    ],
    ['a half-width item (第二十四条)', '(五) 其他合法收入。', { kind: 'item', number: '（五）', text: '其他合法收入。' }],
    ['an item numbered past ten', '（十一）其他事项。', { kind: 'item', number: '（十一）', text: '其他事项。' }],
  ])('%s', (_, line, expected) => {
    expect(charterBlocks(`第一章 总则\n${line}`).at(-1)).toEqual(expected);
  });

  it("keeps the preamble before the first chapter apart, and an article's further lines as its paragraphs", () => {
    const text = '为规范联盟建设，特制定本章程。\n第三章 组织机构\n\n第十条 秘书处\n联盟设立秘书处，作为常设协调与服务机构。\n  \n';
    expect(charterBlocks(text)).toEqual([
      { kind: 'preamble', text: '为规范联盟建设，特制定本章程。' },
      { kind: 'chapter', number: '第三章', title: '组织机构' },
      { kind: 'article', number: '第十条', text: '秘书处' },
      { kind: 'paragraph', text: '联盟设立秘书处，作为常设协调与服务机构。' },
    ]);
  });

  it('leaves a sentence that only mentions an article as text', () => {
    expect(charterBlocks('第一章 总则\n依照第八条的规定表决。')).toEqual([
      { kind: 'chapter', number: '第一章', title: '总则' },
      { kind: 'paragraph', text: '依照第八条的规定表决。' },
    ]);
  });
});
