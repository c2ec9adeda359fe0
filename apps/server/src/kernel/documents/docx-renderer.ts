/**
 * DOCX output for documents users edit before sending (bulletins, application forms, reports): A4, Chinese
 * fonts named for Word, real headings (so Word's navigation pane lists them) and ruled tables.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { DocBlock, DocOptions } from './document-model.js';
import { A4, contentWidth, HEADING_SIZE, inkOf, MARGINS, paragraphSize, RULE_WIDTH, TEXT_SIZE, TITLE_SIZE } from './document-layout.js';
import { docxTable } from './docx-table.js';
import { alignmentOf, BODY_FONT, halfPoints, STRONG_FONT, textRuns, twips } from './docx-text.js';
import { imageFormat } from './image-format.js';
import { fieldsAsTable } from './table-grid.js';

/** Word's "1.5 lines", the usual spacing of Chinese body text. */
const LINE_SPACING = 360;
const PIXELS_PER_POINT = 96 / 72;

export async function renderDocx(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  const width = contentWidth(options);
  const document = new Document({
    title: options.title,
    creator: options.author ?? 'Chanjiao 产教协同平台',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: halfPoints(TEXT_SIZE.normal), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE_SPACING } },
        },
        title: headingStyle(TITLE_SIZE, { after: TITLE_SIZE * 0.6 }),
        heading1: headingStyle(HEADING_SIZE[1], { before: HEADING_SIZE[1] * 0.4, after: HEADING_SIZE[1] * 0.4 }),
        heading2: headingStyle(HEADING_SIZE[2], { before: HEADING_SIZE[2] * 0.4, after: HEADING_SIZE[2] * 0.4 }),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twips(A4.width),
              height: twips(A4.height),
              orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(MARGINS.top),
              bottom: twips(MARGINS.bottom),
              left: twips(MARGINS.left),
              right: twips(MARGINS.right),
            },
          },
        },
        ...(options.pageNumbers ? { footers: { default: pageNumberFooter() } } : {}),
        children: blocks.flatMap((block) => docxBlock(block, width)),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function headingStyle(size: number, spacing: { before?: number; after: number }) {
  return {
    run: { font: STRONG_FONT, size: halfPoints(size), bold: true, color: '000000' },
    paragraph: {
      keepNext: true,
      spacing: { before: twips(spacing.before ?? 0), after: twips(spacing.after), line: LINE_SPACING },
    },
  };
}

function docxBlock(block: DocBlock, width: number): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: textRuns(block.text, { strong: true, color: inkOf(block.color) }),
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          children: textRuns(block.text, { strong: true }),
        }),
      ];
    case 'paragraph': {
      const size = paragraphSize(block);
      return [
        new Paragraph({
          alignment: alignmentOf(block.align ?? 'left'),
          spacing: { after: twips(size * 0.3) },
          ...(block.indent ? { indent: { firstLine: twips(size * 2) } } : {}),
          children: textRuns(block.text, { strong: block.bold === true, size }),
        }),
      ];
    }
    case 'fields': {
      const table = fieldsAsTable(block);
      return tableWithGap(docxTable(table, table.columnWidths, twips(width)));
    }
    case 'table': {
      const table = { header: block.header ?? [], rows: block.rows };
      return tableWithGap(docxTable(table, block.columnWidths, twips(width)));
    }
    case 'rule':
      return [
        new Paragraph({
          spacing: { line: 240, after: 120 },
          border: { bottom: { style: BorderStyle.SINGLE, size: RULE_WIDTH * 8, color: inkOf(block.color), space: 1 } },
          children: [],
        }),
      ];
    case 'image':
      return [imageParagraph(block, width)];
    case 'spacer':
      return Array.from({ length: Math.max(1, block.lines ?? 1) }, () => new Paragraph({ children: [] }));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Word joins two tables that touch into one, so each table is followed by an empty, tight paragraph. */
function tableWithGap(table: FileChild | undefined): FileChild[] {
  return table ? [table, new Paragraph({ spacing: { line: 240, after: 0 }, children: [] })] : [];
}

function imageParagraph(block: Extract<DocBlock, { kind: 'image' }>, width: number): Paragraph {
  const scale = Math.min(1, width / block.width);
  return new Paragraph({
    alignment: alignmentOf(block.align ?? 'center'),
    children: [
      new ImageRun({
        type: imageFormat(block.data),
        data: block.data,
        transformation: {
          width: Math.round(block.width * scale * PIXELS_PER_POINT),
          height: Math.round(block.height * scale * PIXELS_PER_POINT),
        },
      }),
    ],
  });
}

/** “— n —” centred at the foot of every page, as GB/T 9704 numbers official documents. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: halfPoints(10.5) })],
      }),
    ],
  });
}
