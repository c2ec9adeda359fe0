/**
 * A charter's text as it is printed: chapters (第一章 总则) as headings, articles (第一条) as paragraphs led by
 * their number, items numbered （一）（二）… in full-width brackets. Charters are pasted in from Word and web
 * copies, so items arrive as "- （一）", "(一) " or "（一）"; they all read as the printed （一）.
 */
export type CharterBlock =
  | { kind: 'preamble'; text: string }
  | { kind: 'chapter'; number: string; title: string }
  | { kind: 'article'; number: string; text: string }
  | { kind: 'item'; number: string; text: string }
  | { kind: 'paragraph'; text: string };

const NUMERAL = '[一二三四五六七八九十百零〇]+';
const CHAPTER = new RegExp(`^(第${NUMERAL}章)\\s*(.*)$`);
const ARTICLE = new RegExp(`^(第${NUMERAL}条)\\s*(.*)$`);
/** An optional list marker, then the numeral in half- or full-width brackets. */
const ITEM = new RegExp(`^(?:[-－•·*]\\s*)?[（(]\\s*(${NUMERAL})\\s*[)）]\\s*(.*)$`);

function blockOf(line: string, pastPreamble: boolean): CharterBlock {
  const chapter = CHAPTER.exec(line);
  if (chapter) return { kind: 'chapter', number: chapter[1]!, title: chapter[2]! };
  const article = ARTICLE.exec(line);
  if (article) return { kind: 'article', number: article[1]!, text: article[2]! };
  const item = ITEM.exec(line);
  if (item) return { kind: 'item', number: `（${item[1]!}）`, text: item[2]! };
  return pastPreamble ? { kind: 'paragraph', text: line } : { kind: 'preamble', text: line };
}

export function charterBlocks(text: string): CharterBlock[] {
  const blocks: CharterBlock[] = [];
  let pastPreamble = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const block = blockOf(line, pastPreamble);
    pastPreamble ||= block.kind === 'chapter' || block.kind === 'article';
    blocks.push(block);
  }
  return blocks;
}
