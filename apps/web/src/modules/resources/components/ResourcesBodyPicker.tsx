/** The body a resources page is about, among those the user serves or belongs to. */
import Select from 'antd/es/select';
import { useT } from '../../../app/i18n';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

export function ResourcesBodyPicker() {
  const t = useT(RESOURCES_MESSAGES);
  const { bodyId, choose, bodies } = useResourcesBody();
  if (bodies.length < 2) return null;
  return (
    <Select
      aria-label={t('body.label')}
      style={{ minWidth: 260, maxWidth: '100%' }}
      value={bodyId}
      onChange={choose}
      options={bodies.map((body) => ({ value: body.id, label: body.name }))}
    />
  );
}
