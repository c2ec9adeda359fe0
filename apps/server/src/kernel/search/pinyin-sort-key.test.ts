import { describe, expect, it } from 'vitest';
import { comparePinyin, pinyinSortKey } from './pinyin-sort-key.js';

describe('pinyinSortKey', () => {
  it.each([
    ['上海三菱', 'shang4hai3san1ling2'],
    ['上海世纪', 'shang4hai3shi4ji4'],
    ['上海中侨', 'shang4hai3zhong1qiao2'],
    // polyphones read from their words, as they are in organisations' names
    ['重庆市机电学校', 'chong2qing4shi4ji1dian4xue2xiao4'],
    ['长沙银行', 'chang2sha1yin2hang2'],
    ['重工集团', 'zhong4gong1ji2tuan2'],
    ['会计学院', 'kuai4ji4xue2yuan4'],
    ['厦门大学', 'xia4men2da4xue2'],
    // words the library reads otherwise, corrected by NAME_READINGS
    ['招商银行上海分行', 'zhao1shang1yin2hang2shang4hai3fen1hang2'],
    ['南京市六合区职业教育中心', 'nan2jing1shi4lu4he2qu1zhi2ye4jiao4yu4zhong1xin1'],
    ['乐清市职业中等专业学校', 'yue4qing1shi4zhi2ye4zhong1deng3zhuan1ye4xue2xiao4'],
    ['上海市闵行区莘庄镇', 'shang4hai3shi4min3hang2qu1xin1zhuang1zhen4'],
    ['绿地集团', 'lv4di4ji2tuan2'],
    ['的', 'de5'],
    // Latin words in lower case and ended by 0; numbers by digit count, then value
    ['IBM中国', 'ibm0zhong1guo2'],
    ['Café 上海', 'cafe0shang4hai3'],
    ['第10中学', 'di40210zhong1xue2'],
    ['第007中学', 'di4017zhong1xue2'],
    // full-width forms are the same as the ASCII ones; punctuation is skipped
    ['ＩＢＭ（中国）', 'ibm0zhong1guo2'],
    ['上海·三菱 (筹)', 'shang4hai3san1ling2chou2'],
    ['', ''],
    ['（）', ''],
  ])('%s → %s', (name, key) => {
    expect(pinyinSortKey(name)).toBe(key);
  });

  it('holds only digits and lower-case letters, which every collation orders as C does', () => {
    for (const name of ['上海ＡＢＣ有限公司①', 'Αθήνα学院', 'さくら株式会社', '㐀㐁', 'Zürich 12 号']) {
      expect(pinyinSortKey(name)).toMatch(/^[0-9a-z]*$/);
    }
  });
});

describe('comparePinyin', () => {
  const sorted = (names: string[]) => [...names].sort(comparePinyin);

  it.each([
    ['the issue’s example: sanling, shiji, zhongqiao', ['上海中侨', '上海世纪', '上海三菱'], ['上海三菱', '上海世纪', '上海中侨']],
    [
      '重庆 is chongqing and 长沙 changsha, so 长沙 (chang) comes before 重庆 (chong)',
      ['重庆银行', '长沙银行', '北京银行'],
      ['北京银行', '长沙银行', '重庆银行'],
    ],
    ['银行 is yinhang, so 中国银行 before 中国邮政', ['中国邮政', '中国银行'], ['中国银行', '中国邮政']],
    ['a syllable ends before a longer one: 西安 (xi an) before 先锋 (xian feng)', ['先锋学院', '西安学院'], ['西安学院', '先锋学院']],
    ['syllables spelt alike sort by tone: 诗 shi1 before 世 shi4', ['上海世纪', '上海诗集'], ['上海诗集', '上海世纪']],
    [
      'Latin names among the syllables starting with their letters',
      ['中国银行', 'IBM中国', '安徽大学', 'Apple公司'],
      ['安徽大学', 'Apple公司', 'IBM中国', '中国银行'],
    ],
    ['numbers by value, before letters', ['第10中学', '第2中学', '第二中学'], ['第2中学', '第10中学', '第二中学']],
    ['other scripts after every letter', ['さくら株式会社', '中国银行'], ['中国银行', 'さくら株式会社']],
    ['names with the same key keep an order: by the name itself', ['上海·三菱', '上海三菱'], ['上海·三菱', '上海三菱']],
  ])('%s', (_rule, names, expected) => {
    expect(sorted(names)).toEqual(expected);
  });
});
