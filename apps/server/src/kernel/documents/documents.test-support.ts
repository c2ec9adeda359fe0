/** A document using every kind of block, and a seal-like PNG made on the spot, for the renderer tests. */
import { crc32, deflateSync } from 'node:zlib';
import type { DocBlock } from './document-model.js';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/** A red ring on a transparent background, like a round seal. */
export function sealPng(size = 96): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then pixels
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const onRing = distance <= size / 2 - 1 && distance >= size / 2 - 7;
      if (onRing) row.set([200, 0, 0, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const EVERY_BLOCK: DocBlock[] = [
  { kind: 'title', text: '产教融合工作简报', color: 'red' },
  { kind: 'paragraph', text: '第 3 期　上海市产教融合联盟秘书处　2026年3月1日', align: 'center', size: 'small' },
  { kind: 'rule', color: 'red' },
  { kind: 'heading', text: '一、理事会会议纪要', level: 1 },
  {
    kind: 'paragraph',
    text: '联盟第二届理事会第三次会议于2026年2月28日召开，应到理事9人，实到6人，符合章程规定的法定人数。',
    indent: true,
    align: 'justify',
  },
  { kind: 'heading', text: '（一）表决结果', level: 2 },
  { kind: 'paragraph', text: '赞成4票，反对1票，弃权1票，决议通过。', bold: true },
  { kind: 'paragraph', text: '注：本简报发至各成员单位。\n抄送：市教委职成处。', size: 'small' },
  { kind: 'paragraph', text: '上海市曹杨职业技术学校', align: 'right', size: 'large' },
  {
    kind: 'fields',
    rows: [
      ['单位名称', '上海市曹杨职业技术学校'],
      ['统一社会信用代码', '12310107425011234X'],
    ],
  },
  {
    kind: 'table',
    header: [
      [
        { text: '序号', rowSpan: 2 },
        { text: '单位', rowSpan: 2 },
        { text: '推荐结果', colSpan: 2 },
      ],
      ['票数', '结论'],
    ],
    rows: [
      ['1', '苏州工业园区职业技术学院', { text: '6', align: 'right' }, { text: '入选', rowSpan: 2, bold: true }],
      ['2', '无锡职业技术学院', { text: '5', align: 'right' }],
      [{ text: '合计', colSpan: 2, align: 'center' }, { text: '11', align: 'right' }, '—'],
    ],
    columnWidths: [1, 4, 1.5, 1.5],
  },
  { kind: 'spacer', lines: 2 },
  { kind: 'image', data: sealPng(), width: 72, height: 72, align: 'right' },
  { kind: 'pageBreak' },
  { kind: 'paragraph', text: '附件：成员单位名单（第二页）' },
  { kind: 'rule' },
];
