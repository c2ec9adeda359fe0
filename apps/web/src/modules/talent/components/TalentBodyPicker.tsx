/**
 * The body a talent page is about: a picker when the user has a choice to make (changing it keeps them on the same
 * page), else the name of their only body.
 */
import Select from 'antd/es/select';
import Typography from 'antd/es/typography';
import { useT } from '../../../app/i18n';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';

export function TalentBodyPicker() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, setBodyId, pickerOptions, own, loading } = useTalentBody();
  // Until the user's bodies are known there is nothing to show: an empty picker would ask for a choice that is not needed.
  if (loading) return null;
  if (!pickerOptions) {
    const body = own.find((b) => b.id === bodyId);
    return body ? <Typography.Text strong>{body.name}</Typography.Text> : null;
  }
  return (
    <Select
      aria-label={t('body.label')}
      placeholder={t('body.placeholder')}
      style={{ minWidth: 260, maxWidth: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      value={bodyId}
      onChange={(id: string) => setBodyId(id)}
      options={pickerOptions.map((body) => ({ value: body.id, label: body.name }))}
    />
  );
}
