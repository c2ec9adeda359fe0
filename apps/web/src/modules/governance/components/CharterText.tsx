/** The charter's full text set as the printed charter: centred chapter headings, 第X条 leads, indented （一） items. */
import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { type CharterBlock, charterBlocks } from '../charter-text';

/** Printed charters set a full-width space between 第X条 (or 第X章) and what follows. */
const GAP = '\u3000';
const PARAGRAPH: CSSProperties = { textIndent: '2em', marginBottom: 8 };
const ITEM: CSSProperties = { paddingInlineStart: '2em', marginBottom: 4 };

function Block({ block }: { block: CharterBlock }) {
  switch (block.kind) {
    case 'preamble':
      return <Typography.Paragraph style={PARAGRAPH}>{block.text}</Typography.Paragraph>;
    case 'chapter':
      return (
        <Typography.Title level={5} style={{ textAlign: 'center', margin: '20px 0 12px' }}>
          {`${block.number}${GAP}${block.title}`}
        </Typography.Title>
      );
    case 'article':
      return (
        <Typography.Paragraph style={PARAGRAPH}>
          <Typography.Text strong>{block.number}</Typography.Text>
          {block.text && `${GAP}${block.text}`}
        </Typography.Paragraph>
      );
    case 'item':
      return <Typography.Paragraph style={ITEM}>{`${block.number}${block.text}`}</Typography.Paragraph>;
    case 'paragraph':
      return <Typography.Paragraph style={PARAGRAPH}>{block.text}</Typography.Paragraph>;
  }
}

export function CharterText({ text }: { text: string }) {
  return (
    <article className="charter-text">
      {charterBlocks(text).map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </article>
  );
}
