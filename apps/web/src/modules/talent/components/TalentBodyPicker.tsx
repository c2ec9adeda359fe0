/** The body a talent page is about; changing it keeps the user on the same page. */
import Select from 'antd/es/select';
import { useT } from '../../../app/i18n';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';

export function TalentBodyPicker() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, setBodyId, options } = useTalentBody();
  return (
    <Select
      aria-label={t('body.label')}
      placeholder={t('body.placeholder')}
      style={{ minWidth: 260, maxWidth: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      value={bodyId}
      onChange={setBodyId}
      options={options.map((body) => ({ value: body.id, label: body.name }))}
    />
  );
}
