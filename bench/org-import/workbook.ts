/** The file the import benchmark uploads: organisations as a secretariat would list them, every column filled. */
import { usccCheckCharacter } from '@chanjiao/contracts';
import { sheetWorkbook } from '../../apps/server/src/testing/xlsx-upload.js';

const HEADER = ['名称', '简称', '统一社会信用代码', '类型', '办学层次', '所在地区代码', '地址', '法定代表人', '网址', '简介'];
const REGIONS = ['310107', '310104', '320500', '320700', '321100', '320200'];
const TRADES = ['机械制造', '智能装备', '软件信息', '现代物流', '生物医药', '新能源汽车'];

export function usccOf(index: number): string {
  const first17 = `91310107MA${String(index).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

export async function organisationsWorkbook(rows: number): Promise<Buffer> {
  const data = Array.from({ length: rows }, (_, i) => {
    const trade = TRADES[i % TRADES.length]!;
    return [
      `长三角${trade}示范企业第${i + 1}号有限公司`,
      `${trade}${i + 1}`,
      usccOf(i),
      '企业',
      null,
      REGIONS[i % REGIONS.length]!,
      `示范路 ${i + 1} 号`,
      `张${i % 100}`,
      `https://www.example${i}.com.cn`,
      `生成的${trade}企业，用于导入性能测试。`,
    ];
  });
  return sheetWorkbook('组织', HEADER, data);
}
