/** The body a governance page is about; changing it keeps the user on the same page. */
import Select from 'antd/es/select';
import { useT } from '../../../app/i18n';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useBodyChoice } from '../hooks/use-body-choice';

export function BodyPicker() {
  const t = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId, setBodyId, options } = useBodyChoice();
  return (
    <Select
      aria-label={t('body.label')}
      placeholder={t('body.placeholder')}
      style={{ minWidth: 320 }}
      showSearch={{ optionFilterProp: 'label' }}
      value={bodyId}
      onChange={setBodyId}
      options={options.map((body) => ({ value: body.id, label: body.name }))}
    />
  );
}
