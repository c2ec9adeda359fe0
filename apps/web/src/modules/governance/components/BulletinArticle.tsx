/** A published bulletin laid out like 简报第1期: red masthead, number, 【title】, text, then the title block. */
import type { TPublicBulletin } from '@chanjiao/contracts/governance/bulletins';
import { Divider, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { BULLETIN_MESSAGES } from '../bulletins-messages';

/** A date as the printed issue writes it (2025年12月14日); the English text keeps the ISO date. */
function dateParts(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, date: iso };
}

export function BulletinArticle({ bulletin }: { bulletin: TPublicBulletin }) {
  const t = useT(BULLETIN_MESSAGES);
  return (
    <article>
      <Typography.Title level={2} style={{ color: '#c00', textAlign: 'center', marginBottom: 4 }}>
        {`${bulletin.bodyName}简报`}
      </Typography.Title>
      {bulletin.issueNumber && <div style={{ textAlign: 'center' }}>{`（${t('issue', { number: bulletin.issueNumber })}）`}</div>}
      <Divider style={{ borderColor: '#c00', margin: '12px 0' }} />
      <Typography.Title level={4}>{`【${bulletin.subject}】`}</Typography.Title>
      {bulletin.eventOn && (
        <Typography.Paragraph type="secondary">{t('article.eventOn', dateParts(bulletin.eventOn))}</Typography.Paragraph>
      )}
      {bulletin.headline && (
        <Typography.Paragraph strong style={{ textAlign: 'center' }}>
          {bulletin.headline}
        </Typography.Paragraph>
      )}
      {bulletin.content
        .split(/\n+/)
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <Typography.Paragraph key={index} style={{ textIndent: '2em' }}>
            {line}
          </Typography.Paragraph>
        ))}
      <Divider />
      {bulletin.keywords.length > 0 && (
        <Typography.Paragraph strong>{`${t('field.keywords')}：${bulletin.keywords.join(' ')}`}</Typography.Paragraph>
      )}
      {bulletin.reportTo && <Typography.Paragraph>{`${t('field.reportTo')}：${bulletin.reportTo}`}</Typography.Paragraph>}
      {bulletin.copyTo && <Typography.Paragraph>{`${t('field.copyTo')}：${bulletin.copyTo}`}</Typography.Paragraph>}
      <div style={{ textAlign: 'right' }}>
        {bulletin.issuer && <div>{bulletin.issuer}</div>}
        {bulletin.issuedOn && <div>{t('article.issuedOn', dateParts(bulletin.issuedOn))}</div>}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {[
          bulletin.draftedBy && `${t('field.draftedBy')}：${bulletin.draftedBy}`,
          bulletin.reviewedBy && `${t('field.reviewedBy')}：${bulletin.reviewedBy}`,
        ]
          .filter(Boolean)
          .join('　　')}
      </Typography.Paragraph>
    </article>
  );
}
