/**
 * A bulletin as a Word document in the layout of 简报第1期: the red masthead with the issue number, the
 * subject in 【】, the event date and headline, the text, then 关键词, 报送, 抄送, the issuing unit with the
 * 印发 date, and 拟稿 / 核稿.
 */
import { type DocBlock, renderDocx } from '../../../kernel/documents/index.js';
import { issueLabel } from './bulletin-issues.rules.js';
import { parseIsoDate } from '../../../kernel/time/calendar.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BulletinDocument {
  bodyName: string;
  issueNumber: number | null;
  subject: string;
  headline: string | null;
  eventOn: string | null;
  content: string;
  keywords: string[];
  reportTo: string | null;
  copyTo: string | null;
  issuer: string | null;
  issuedOn: string | null;
  draftedBy: string | null;
  reviewedBy: string | null;
}

/** 2025-12-14 → 2025年12月14日, as official documents write dates. */
export function chineseDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${year}年${month}月${day}日`;
}

export function bulletinBlocks(bulletin: BulletinDocument): DocBlock[] {
  const blocks: DocBlock[] = [
    { kind: 'title', text: `${bulletin.bodyName}简报`, color: 'red' },
    // An unpublished draft has no number yet; the secretariat gives it one when it publishes.
    {
      kind: 'paragraph',
      text: bulletin.issueNumber === null ? '（待编号）' : `（${issueLabel(bulletin.issueNumber)['zh-CN']}）`,
      align: 'center',
    },
    { kind: 'rule', color: 'red' },
    { kind: 'heading', text: `【${bulletin.subject}】`, level: 1 },
  ];
  if (bulletin.eventOn) blocks.push({ kind: 'paragraph', text: `活动时间 ${chineseDate(bulletin.eventOn)}` });
  if (bulletin.headline) blocks.push({ kind: 'paragraph', text: bulletin.headline, bold: true, align: 'center' });
  for (const paragraph of bulletin.content
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)) {
    blocks.push({ kind: 'paragraph', text: paragraph, indent: true, align: 'justify' });
  }
  blocks.push({ kind: 'spacer' }, { kind: 'rule', color: 'black' });
  if (bulletin.keywords.length > 0) blocks.push({ kind: 'paragraph', text: `关键词：${bulletin.keywords.join(' ')}`, bold: true });
  if (bulletin.reportTo) blocks.push({ kind: 'paragraph', text: `报送：${bulletin.reportTo}` });
  if (bulletin.copyTo) blocks.push({ kind: 'paragraph', text: `抄送：${bulletin.copyTo}` });
  blocks.push({ kind: 'rule', color: 'black' });
  if (bulletin.issuer) blocks.push({ kind: 'paragraph', text: bulletin.issuer, align: 'right' });
  if (bulletin.issuedOn) blocks.push({ kind: 'paragraph', text: `${chineseDate(bulletin.issuedOn)}印发`, align: 'right' });
  const signatures = [bulletin.draftedBy && `拟稿：${bulletin.draftedBy}`, bulletin.reviewedBy && `核稿：${bulletin.reviewedBy}`].filter(
    Boolean,
  );
  if (signatures.length > 0) blocks.push({ kind: 'paragraph', text: signatures.join('　　') });
  return blocks;
}

export function bulletinFilename(bulletin: Pick<BulletinDocument, 'bodyName' | 'issueNumber' | 'subject'>): string {
  return bulletin.issueNumber === null
    ? `简讯（草稿）-${bulletin.subject}.docx`
    : `${bulletin.bodyName}简报${issueLabel(bulletin.issueNumber)['zh-CN']}.docx`;
}

export async function bulletinDocx(bulletin: BulletinDocument): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const content = await renderDocx(bulletinBlocks(bulletin), {
    title: `${bulletin.bodyName}简报`,
    author: bulletin.issuer ?? bulletin.bodyName,
  });
  return { filename: bulletinFilename(bulletin), contentType: DOCX_CONTENT_TYPE, content };
}
