/**
 * What still stands between the draft and submission, each with its place on the form. It reads the same
 * computation as the steps' red marks (`completenessSummary`), so both always tell the same story.
 */
import { APPLICATION_SECTION_LABELS } from '@chanjiao/contracts/selection/index';
import { Alert } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import type { CompletenessSummary } from '../application-completeness';
import { SELECTION_MESSAGES } from '../messages';

export function ProblemList({ summary }: { summary: CompletenessSummary }) {
  const t = useT(SELECTION_MESSAGES);
  const bilingual = useBilingual();
  const names = (sections: (keyof typeof APPLICATION_SECTION_LABELS)[]) =>
    sections.map((section) => bilingual(APPLICATION_SECTION_LABELS[section])).join('、');
  if (summary.kind === 'complete') return <Alert type="success" showIcon title={t('app.noProblems')} style={{ marginBottom: 16 }} />;
  if (summary.kind === 'sectionDone') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('app.sectionDone')}
        description={
          summary.sections.length > 0
            ? t('app.elsewhere', { count: summary.total, sections: summary.sections.length, names: names(summary.sections) })
            : t('app.problems', { count: summary.total })
        }
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('app.sectionProblems', { count: summary.problems.length })}
      description={
        <>
          <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 160, overflow: 'auto' }}>
            {summary.problems.map((problem) => (
              <li key={`${problem.path}${problem.kind}`}>
                {problem.label}：{problem.message}
              </li>
            ))}
          </ul>
          {summary.otherSections.length > 0 && (
            <div style={{ marginTop: 8 }}>
              {t('app.elsewhere', {
                count: summary.total - summary.problems.length,
                sections: summary.otherSections.length,
                names: names(summary.otherSections),
              })}
            </div>
          )}
        </>
      }
    />
  );
}
