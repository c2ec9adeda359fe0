/** Where a printed 合计 differs from the one computed from the table's rows (表1, 表3): one line per column. */
import type { TGeneratedReport } from '@chanjiao/contracts/reports/index';
import { Alert } from 'antd';
import { useT } from '../../../app/i18n';
import { REPORT_MESSAGES } from '../reports-messages';

export function StatedDifferencesAlert({ differences, gap }: { differences: TGeneratedReport['differences']; gap: number }) {
  const t = useT(REPORT_MESSAGES);
  if (differences.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: gap }}
      message={t('generated.differences')}
      description={differences.map((d) => (
        <div key={`${d.table}${d.column}`}>
          {t('generated.difference', {
            table: d.table,
            column: d.column,
            stated: d.stated,
            computed: d.computed ?? '—',
            source: d.source,
          })}
        </div>
      ))}
    />
  );
}
