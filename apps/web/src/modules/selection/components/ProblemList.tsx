/** What still stands between the draft and submission, each with its place on the form. */
import type { TFormProblem } from '@chanjiao/contracts/selection/index';
import { Alert } from 'antd';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';

export function ProblemList({ problems }: { problems: TFormProblem[] }) {
  const t = useT(SELECTION_MESSAGES);
  if (problems.length === 0) return <Alert type="success" showIcon title={t('app.noProblems')} style={{ marginBottom: 16 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('app.problems', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 160, overflow: 'auto' }}>
          {problems.map((problem) => (
            <li key={`${problem.path}${problem.kind}`}>
              {problem.label}：{problem.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
