/**
 * 附件3 市域产教联合体申报汇总表 as a workbook with the seed's two-row header (依托园区 › 园区名称/主导产业 …).
 * Text typed by applicants goes through the formula neutraliser. The contacts' mobile numbers are written in full:
 * the table goes to the authority that receives the applications, which reads them to call the contacts.
 */
import { SUMMARY_SCHOOL_LEVELS, type TApplicationContent } from '@chanjiao/contracts';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../kernel/files/index.js';
import { HEADER_FILL, safeCellValue, type XlsxCellValue } from '../../../kernel/files/xlsx-writer.js';

export interface SummarySheetInput {
  authorityName: string;
  callTitle: string;
  applications: { content: TApplicationContent; consortiumName: string; parkName: string }[];
}

/** The columns under the grouped header, in the seed's order. */
const COLUMNS: {
  group: string | null;
  header: string;
  width: number;
  value: (c: TApplicationContent, row: SummarySheetInput['applications'][number]) => XlsxCellValue;
}[] = [
  { group: null, header: '联合体名称', width: 30, value: (c, row) => c.cover.consortiumName ?? row.consortiumName },
  { group: null, header: '主要服务产业', width: 20, value: (c) => c.summary.mainIndustries.join('、') },
  { group: '依托园区', header: '园区名称', width: 26, value: (c, row) => c.cover.park.name ?? row.parkName },
  { group: '依托园区', header: '主导产业', width: 18, value: (c) => c.summary.parkLeadingIndustry },
  { group: '牵头学校', header: '学校名称', width: 26, value: (c) => c.cover.leadSchool.name },
  {
    group: '牵头学校',
    header: '教育层次',
    width: 12,
    value: (c) => (c.summary.leadSchoolLevel ? SUMMARY_SCHOOL_LEVELS[c.summary.leadSchoolLevel]['zh-CN'] : null),
  },
  { group: '牵头企业', header: '企业名称', width: 26, value: (c) => c.cover.leadEnterprise.name },
  {
    group: '牵头企业',
    header: '是否省市级产教融合型企业',
    width: 14,
    value: (c) =>
      c.summary.leadEnterpriseIsIntegrationEnterprise === null ? null : c.summary.leadEnterpriseIsIntegrationEnterprise ? '是' : '否',
  },
  { group: '联系人', header: '姓名', width: 10, value: (c) => c.summary.contactName },
  { group: '联系人', header: '职务', width: 14, value: (c) => c.summary.contactTitle },
  { group: '联系人', header: '手机号码', width: 15, value: (c) => c.summary.contactMobile },
];

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function headerRows(sheet: ExcelJS.Worksheet, first: number) {
  const groups = ['序号', ...COLUMNS.map((column) => column.group ?? column.header)];
  const leaves = ['序号', ...COLUMNS.map((column) => column.header)];
  sheet.getRow(first).values = groups;
  sheet.getRow(first + 1).values = leaves;
  // Columns without a group span both header rows; grouped ones merge their group cell across the group.
  groups.forEach((group, index) => {
    const column = index + 1;
    if (index === 0 || COLUMNS[index - 1]!.group === null) sheet.mergeCells(first, column, first + 1, column);
    else if (groups[index - 1] !== group) {
      const width = groups.filter((g, i) => i >= index && g === group).length;
      sheet.mergeCells(first, column, first, column + width - 1);
    }
  });
  for (const rowNumber of [first, first + 1]) {
    const row = sheet.getRow(rowNumber);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
    });
  }
}

export async function summaryWorkbook(input: SummarySheetInput): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('申报汇总表', { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  sheet.columns = [{ width: 6 }, ...COLUMNS.map((column) => ({ width: column.width }))];
  const lastColumn = COLUMNS.length + 1;
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = '市域产教联合体申报汇总表';
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.getCell(2, 1).value = safeCellValue(`填表单位（盖章）：${input.authorityName}`);
  sheet.getCell(2, 6).value = '联系人：';
  sheet.getCell(2, 9).value = '联系电话：';
  headerRows(sheet, 3);
  input.applications.forEach((application, index) => {
    const row = sheet.addRow([index + 1, ...COLUMNS.map((column) => safeCellValue(column.value(application.content, application)))]);
    row.alignment = { vertical: 'middle', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
  });
  const notes = [
    '填表说明：1.园区名称、学校名称和企业名称请填写全称。',
    '2.联合体主要服务产业不超过 2 个。',
    '3.教育层次填写中职、高职专科或高职本科。',
  ];
  sheet.addRow([]);
  for (const note of notes) sheet.addRow([note]);
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
