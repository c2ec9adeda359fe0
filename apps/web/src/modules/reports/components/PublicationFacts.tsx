/** 公开形式, 公开时间, 公开网址 of a published report, with whether it was on time and its page on the platform. */
import { PUBLICATION_FORMS, type TPublication } from '@chanjiao/contracts/reports/index';
import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useBilingual, useT } from '../../../app/i18n';
import { PUBLICATION_MESSAGES } from '../publication-messages';

interface Props {
  publication: TPublication;
  /** The publication deadline, to tell whether it was on time. */
  deadline?: string;
  /** The platform's public page of the report: left out on that page itself. */
  withPublicPage?: boolean;
}

export function PublicationFacts({ publication, deadline, withPublicPage = true }: Props) {
  const t = useT(PUBLICATION_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('field.form')}>{bilingual(PUBLICATION_FORMS[publication.form])}</Descriptions.Item>
      <Descriptions.Item label={t('field.publishedOn')}>
        {publication.publishedOn}{' '}
        {deadline &&
          (publication.onTime ? <Tag color="green">{t('card.onTime')}</Tag> : <Tag color="orange">{t('card.late', { deadline })}</Tag>)}
      </Descriptions.Item>
      <Descriptions.Item label={t('field.url')}>
        <a href={publication.url} target="_blank" rel="noreferrer noopener" style={{ wordBreak: 'break-all' }}>
          {publication.url}
        </a>
      </Descriptions.Item>
      {withPublicPage && (
        <Descriptions.Item label={t('card.publicPage')}>
          <Link to={publication.publicPath} style={{ wordBreak: 'break-all' }}>
            {publication.publicPath}
          </Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
