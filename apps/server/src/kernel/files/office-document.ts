/**
 * An uploaded Office Open XML file (ECMA-376 Part 2, Open Packaging Conventions) is the document its extension
 * says only if its package has the parts of one: `[Content_Types].xml`, and the main part (`word/document.xml`
 * for Word) declared there with its content type. Any other ZIP renamed `.docx` is refused, and so is one
 * that inflates beyond what it declares.
 */
import { DEFAULT_ZIP_LIMITS, inspectZip, readEntryText, startsLikeZip, verifyInflatedSizes, type ZipLimits } from './zip-inspection.js';

interface OfficeKind {
  contentType: string;
  mainPart: string;
  mainPartType: string;
}

const ML = 'application/vnd.openxmlformats-officedocument';

export const OFFICE_DOCUMENTS: Record<string, OfficeKind> = {
  '.docx': {
    contentType: `${ML}.wordprocessingml.document`,
    mainPart: 'word/document.xml',
    mainPartType: `${ML}.wordprocessingml.document.main+xml`,
  },
  '.xlsx': { contentType: `${ML}.spreadsheetml.sheet`, mainPart: 'xl/workbook.xml', mainPartType: `${ML}.spreadsheetml.sheet.main+xml` },
  '.pptx': {
    contentType: `${ML}.presentationml.presentation`,
    mainPart: 'ppt/presentation.xml',
    mainPartType: `${ML}.presentationml.presentation.main+xml`,
  },
};

const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Whether `[Content_Types].xml` declares `part` with `type` (an <Override PartName="/part" ContentType="type"/>). */
function declares(contentTypes: string, part: string, type: string): boolean {
  for (const [override] of contentTypes.matchAll(/<Override\b[^>]*>/g)) {
    const name = /PartName="([^"]*)"/.exec(override)?.[1];
    const declared = /ContentType="([^"]*)"/.exec(override)?.[1];
    if (name?.toLowerCase() === `/${part}`.toLowerCase() && declared === type) return true;
  }
  return false;
}

/**
 * The content type of an Office document whose package proves it is of the kind `extension` names, or null.
 * Throws FILE_EXPANSION_REJECTED for a package that expands too much or is damaged.
 */
export async function provenOfficeDocumentType(
  content: Buffer,
  extension: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<string | null> {
  const kind = OFFICE_DOCUMENTS[extension.toLowerCase()];
  if (!kind || !startsLikeZip(content)) return null;
  const zip = await inspectZip(content, limits);
  if (!zip.entries.some((entry) => entry.name === kind.mainPart)) return null;
  const contentTypes = await readEntryText(zip, CONTENT_TYPES_PART);
  if (contentTypes === null || !declares(contentTypes, kind.mainPart, kind.mainPartType)) return null;
  await verifyInflatedSizes(zip);
  return kind.contentType;
}
