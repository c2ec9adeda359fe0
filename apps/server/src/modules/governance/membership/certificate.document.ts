/**
 * The 《联盟成员证书》 as a document (章程第十九条(二)): issued by the secretariat in the body's name, with the
 * certificate number, the member unit and the date the meeting admitted it (or, for a founding unit, that it is
 * a member by right).
 */
import type { DocBlock } from '../../../kernel/documents/index.js';

export interface CertificateFacts {
  bodyName: string;
  orgName: string;
  number: string;
  issuedOn: string;
  /** The decision that admitted the unit, or null for a founding unit (当然会员). */
  admittedOn: string | null;
  returnedOn: string | null;
}

function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function certificateBlocks(facts: CertificateFacts): DocBlock[] {
  const basis = facts.admittedOn
    ? `经${facts.bodyName}校长联席会议于${chineseDate(facts.admittedOn)}审议通过，`
    : `作为${facts.bodyName}共同发起单位（当然会员），`;
  const blocks: DocBlock[] = [
    { kind: 'spacer', lines: 2 },
    { kind: 'title', text: '联盟成员证书', color: 'red' },
    { kind: 'spacer', lines: 1 },
    { kind: 'paragraph', text: `证书编号：${facts.number}`, align: 'right', size: 'small' },
    { kind: 'rule', color: 'red' },
    { kind: 'spacer', lines: 2 },
    { kind: 'paragraph', text: facts.orgName, align: 'center', bold: true, size: 'large' },
    { kind: 'spacer', lines: 1 },
    {
      kind: 'paragraph',
      text: `${basis}正式成为${facts.bodyName}成员单位，享有章程规定的成员权利，履行成员义务。`,
      indent: true,
      size: 'large',
    },
    { kind: 'paragraph', text: '特颁此证。', indent: true, size: 'large' },
    { kind: 'spacer', lines: 4 },
    { kind: 'paragraph', text: `${facts.bodyName}秘书处`, align: 'right' },
    { kind: 'paragraph', text: chineseDate(facts.issuedOn), align: 'right' },
  ];
  if (facts.returnedOn) {
    blocks.push(
      { kind: 'spacer', lines: 2 },
      { kind: 'paragraph', text: `本证书已于${chineseDate(facts.returnedOn)}交回或作废，不再有效。`, align: 'center', bold: true },
    );
  }
  return blocks;
}
