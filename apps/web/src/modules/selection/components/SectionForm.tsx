/**
 * One section of the 推荐书 as a form that saves itself: a change waits a moment, then the whole section is sent
 * with the version last seen. Saves run one after another, so a quick second edit never races the first.
 * Error messages never outlive what they describe: changing a field clears its own message, and every answer of
 * the server replaces them all (a saved section has none; a refused one has exactly those the server names),
 * the toast included.
 */
import type { ApplicationSection, TApplication } from '@chanjiao/contracts/selection/index';
import { Form } from 'antd';
import App from 'antd/es/app';
import { useCallback, useEffect, useRef } from 'react';
import { ApiError } from '../../../app/api';
import { namePathOf, useReportError } from '../../../app/forms';
import { staleErrorFields } from '../changed-fields';
import { useSaveSection } from '../hooks/use-selection';
import { CommitmentSection, FeaturesSection, PlanSection } from './TextSections';
import { CoverSection, SummarySection } from './CoverSections';
import { EffectivenessSection } from './EffectivenessSection';
import { MembersSection } from './MembersSection';
import { OverviewSection } from './OverviewSection';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
const AUTOSAVE_DELAY_MS = 1200;

interface SectionFieldsProps {
  applicationId: string;
  /** The call's limits, which the fields show beside them. */
  call: Pick<TApplication['call'], 'textLimits' | 'limits'>;
  section: ApplicationSection;
  disabled: boolean;
}

/** The inputs of one section, inside a form whose values are that section's content. */
export function SectionFields({ applicationId, call, section, disabled }: SectionFieldsProps) {
  const { textLimits, limits } = call;
  switch (section) {
    case 'cover':
      return <CoverSection />;
    case 'summary':
      return <SummarySection limits={limits} />;
    case 'overview':
      return <OverviewSection textLimits={textLimits} />;
    case 'members':
      return <MembersSection limits={limits} />;
    case 'effectiveness':
      return <EffectivenessSection textLimits={textLimits} applicationId={applicationId} suggest={!disabled} />;
    case 'plan':
      return <PlanSection textLimits={textLimits} />;
    case 'features':
      return <FeaturesSection textLimits={textLimits} />;
    case 'commitment':
      return <CommitmentSection applicationId={applicationId} disabled={disabled} />;
  }
}

interface SectionFormProps {
  application: TApplication;
  section: ApplicationSection;
  editable: boolean;
  onSaveState: (state: SaveState) => void;
}

export function SectionForm({ application, section, editable, onSaveState }: SectionFormProps) {
  const [form] = Form.useForm();
  const { mutateAsync: saveSection } = useSaveSection(application.id);
  const report = useReportError();
  const { message } = App.useApp();
  const toastKey = `selection-section-${section}`;
  const version = useRef(application.version);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    version.current = application.version;
  }, [application.version]);

  const erroredFields = useCallback(
    () =>
      form
        .getFieldsError()
        .filter((field) => field.errors.length > 0)
        .map((field) => field.name),
    [form],
  );

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    queue.current = queue.current.then(async () => {
      onSaveState('saving');
      try {
        const saved = await saveSection({ section, version: version.current, data: form.getFieldsValue(true) });
        version.current = saved.version;
        onSaveState('saved');
        form.setFields(erroredFields().map((name) => ({ name, errors: [] })));
        message.destroy(toastKey);
      } catch (error) {
        onSaveState('failed');
        const prefix = `${section}.`;
        const own = error instanceof ApiError ? error.fields.filter((field) => field.path.startsWith(prefix)) : [];
        form.setFields([
          ...erroredFields().map((name) => ({ name, errors: [] })),
          ...own.map((field) => ({ name: namePathOf(field.path.slice(prefix.length)), errors: [field.message] })),
        ]);
        report(error, { key: toastKey });
      }
    });
  }, [erroredFields, form, message, onSaveState, report, saveSection, section, toastKey]);

  // Leaving the step sends what is still waiting.
  useEffect(
    () => () => {
      if (timer.current !== undefined) flush();
    },
    [flush],
  );
  // …and takes its toast away: a refusal of what was still waiting comes back as a new one.
  useEffect(() => () => message.destroy(toastKey), [message, toastKey]);

  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={application.content[section]}
      onValuesChange={(changed) => {
        const stale = staleErrorFields(erroredFields(), changed);
        if (stale.length > 0) {
          form.setFields(stale.map((name) => ({ name, errors: [] })));
          if (erroredFields().length === 0) message.destroy(toastKey);
        }
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
      }}
    >
      <SectionFields applicationId={application.id} call={application.call} section={section} disabled={!editable} />
    </Form>
  );
}
