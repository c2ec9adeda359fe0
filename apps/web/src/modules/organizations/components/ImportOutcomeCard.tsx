/** Step 3 of the import: what was registered, or why nothing was and where each problem is. */
import type { TImportResult, TImportRowsInvalid } from '@chanjiao/contracts/files';
import { Alert, Button, Card, Flex, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { ImportRowErrors } from '../../../app/components/ImportRowErrors';
import { useT } from '../../../app/i18n';
import { ORG_MESSAGES } from '../messages';

export type ImportOutcome =
  | { kind: 'imported'; result: TImportResult }
  | { kind: 'invalidRows'; report: TImportRowsInvalid }
  /** Refused as a whole: wrong file type, header mismatch, too large, too many rows… */
  | { kind: 'refused'; message: string };

export function ImportOutcomeCard({ outcome, onAgain }: { outcome: ImportOutcome; onAgain: () => void }) {
  const t = useT(ORG_MESSAGES);
  const again = <Button onClick={onAgain}>{t('import.again')}</Button>;
  const card = useRef<HTMLDivElement>(null);
  // The result appears below the upload box, often below the fold.
  useEffect(() => {
    // A block body: newer browsers return a promise from scrollIntoView, which must not become the cleanup.
    void card.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [outcome]);
  return (
    <Card ref={card} title={`3. ${t('import.step.result')}`}>
      {outcome.kind === 'imported' && (
        <Result
          status="success"
          title={t('import.success.title', { count: outcome.result.imported })}
          subTitle={t('import.success.text', { filename: outcome.result.filename })}
          extra={[
            <Link key="list" to="/orgs">
              <Button type="primary">{t('import.toList')}</Button>
            </Link>,
            <span key="again">{again}</span>,
          ]}
        />
      )}
      {outcome.kind === 'invalidRows' && (
        <Flex vertical gap={16} align="start">
          <div style={{ width: '100%' }}>
            <ImportRowErrors report={outcome.report} reportFilename={t('import.report.name')} />
          </div>
          {again}
        </Flex>
      )}
      {outcome.kind === 'refused' && (
        <>
          <Alert type="error" showIcon title={t('import.failed.title')} description={outcome.message} style={{ marginBottom: 16 }} />
          {again}
        </>
      )}
    </Card>
  );
}
