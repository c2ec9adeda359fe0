/**
 * What the platform checks of a report itself before an expert scores it (合规性评价, 上海年报 6.4), each with the evidence
 * it rests on: the core data (form.rules.ts), the flags where a stated rate differs from the computed one (rates.rules.ts),
 * the 责任声明 (“学校年度质量报告须经学校法定代表人签字并加盖公章”) and publication against the cycle's deadline (“市级、区级、
 * 校级年报分别在各自官方网站面向社会发布”). The expert confirms or overrides each pre-assessment with a finding.
 */
import type { Bilingual, ComplianceCheck, ComplianceVerdict, TComputedRate, TReportProblem } from '@chanjiao/contracts';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';

export interface ReportFacts {
  /** Problems left on the form: missing counts and parts above their wholes. */
  problems: TReportProblem[];
  rates: TComputedRate[];
  statement: { signatoryName: string; signedAt: string } | null;
  /** The live publication's date (公开时间), or null when the report is not published. */
  publishedOn: string | null;
  publishDeadline: string;
  today: string;
  /** The cycle's outline, and the chapters the generated report fills with data. */
  outline: string[];
  chaptersWithData: string[];
}

export interface Preassessment {
  verdict: ComplianceVerdict | null;
  evidence: Bilingual[];
}

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const shanghaiDay = (iso: string) => shanghaiDate(new Date(iso));

const CHECKS: Record<ComplianceCheck, (facts: ReportFacts) => Preassessment> = {
  data_complete: ({ problems }) =>
    problems.length === 0
      ? {
          verdict: 'met',
          evidence: [
            l('提交所需的核心数据均已填写，部分均未超过整体', 'every count a submission needs is filled in; no part exceeds its whole'),
          ],
        }
      : { verdict: 'failed', evidence: problems.map((p) => p.message) },
  figures_consistent: ({ rates }) => {
    const differing = rates.filter((rate) => rate.differs && rate.note);
    if (differing.length > 0) {
      return {
        verdict: 'finding',
        evidence: differing.map((rate) => ({
          'zh-CN': `${rate.label['zh-CN']}：${rate.note!['zh-CN']}`,
          'en-US': `${rate.label['en-US']}: ${rate.note!['en-US']}`,
        })),
      };
    }
    const stated = rates.filter((rate) => rate.stated !== null).length;
    return {
      verdict: 'met',
      evidence: [
        stated > 0
          ? l(`报告所载的 ${stated} 项比例与按数据计算的结果一致`, `the ${stated} rates the report states agree with the computed ones`)
          : l('报告未记录所载比例，无可比对的差异', 'the report records no stated rates; there is no difference to flag'),
      ],
    };
  },
  statement_signed: ({ statement }) =>
    statement
      ? {
          verdict: 'met',
          evidence: [
            l(
              `${statement.signatoryName} 于 ${shanghaiDay(statement.signedAt)} 签署责任声明`,
              `${statement.signatoryName} signed the statement on ${shanghaiDay(statement.signedAt)}`,
            ),
          ],
        }
      : { verdict: 'failed', evidence: [l('尚无签署的责任声明', 'no statement has been signed')] },
  published_on_time: ({ publishedOn, publishDeadline, today }) => {
    if (publishedOn !== null && publishedOn <= publishDeadline) {
      return {
        verdict: 'met',
        evidence: [l(`公开时间 ${publishedOn}，截止日期 ${publishDeadline}`, `published on ${publishedOn}; deadline ${publishDeadline}`)],
      };
    }
    if (publishedOn !== null) {
      return {
        verdict: 'finding',
        evidence: [
          l(
            `公开时间 ${publishedOn} 晚于截止日期 ${publishDeadline}`,
            `published on ${publishedOn}, after the deadline ${publishDeadline}`,
          ),
        ],
      };
    }
    if (today > publishDeadline) {
      return {
        verdict: 'failed',
        evidence: [
          l(`截止日期 ${publishDeadline} 已过，仍未公开发布`, `the deadline ${publishDeadline} has passed and it is not published`),
        ],
      };
    }
    return {
      verdict: null,
      evidence: [l(`尚未公开发布；截止日期 ${publishDeadline}`, `not published yet; the deadline is ${publishDeadline}`)],
    };
  },
};

/** The evidence of an item only the expert judges: the chapters the outline requires, and which carry platform data. */
function chaptersEvidence({ outline, chaptersWithData }: ReportFacts): Preassessment {
  return {
    verdict: null,
    evidence: outline.map((chapter) =>
      chaptersWithData.includes(chapter)
        ? l(`${chapter}（含平台生成的数据表或数据）`, `${chapter} (holds data the platform generated)`)
        : l(`${chapter}（须对照报告正文核对）`, `${chapter} (check against the report’s text)`),
    ),
  };
}

export function preassess(check: ComplianceCheck | null, facts: ReportFacts): Preassessment {
  return check === null ? chaptersEvidence(facts) : CHECKS[check](facts);
}
