/**
 * The call's review settings: how scores combine (mean/median/trimmed), tie-breaks, K reviews per application, L per
 * expert, comments to applicants, and the last day experts score.
 */
import { AGGREGATION_METHODS, type AggregationMethod, SCORED_INDICATOR_CODES } from '@chanjiao/contracts/selection-rules';
import {
  type TReviewBoard,
  type TReviewSettings,
  type TReviewSettingsUpdate,
  ZReviewSettingsUpdate,
} from '@chanjiao/contracts/selection/index';
import { App, Button, Card, Form, InputNumber, Select, Switch } from 'antd';
import { useReportError } from '../../../app/forms';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { useBilingual, useT } from '../../../app/i18n';
import { useSaveSettings } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

interface SettingsValues {
  method: AggregationMethod;
  tieBreakIndicators: TReviewSettings['scoringRule']['tieBreakIndicators'];
  reviewsPerApplication: number;
  maxPerExpert: number | null;
  commentsVisibleToApplicants: boolean;
  scoresDueOn: string | null;
}

const CODE_FIELDS = {
  'scoringRule.method': 'method',
  'limits.reviewsPerApplication': 'reviewsPerApplication',
  'limits.maxPerExpert': 'maxPerExpert',
};

export function ReviewSettingsCard({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  const bilingual = useBilingual();
  const report = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const save = useSaveSettings(board.call.id);
  const { scoringRule, limits, commentsVisibleToApplicants, scoresDueOn } = board.settings;
  const toPayload = (values: SettingsValues): TReviewSettingsUpdate => ({
    version: board.version,
    scoringRule: { method: values.method, tieBreakIndicators: values.tieBreakIndicators ?? [] },
    limits: { reviewsPerApplication: values.reviewsPerApplication, maxPerExpert: values.maxPerExpert ?? null },
    commentsVisibleToApplicants: values.commentsVisibleToApplicants,
    scoresDueOn: values.scoresDueOn ?? null,
  });
  // The request nests what the form holds flat: its paths are mapped back to the form's names.
  const nameOf = (path: string) => [CODE_FIELDS[path as keyof typeof CODE_FIELDS] ?? path.split('.').at(-1) ?? path];
  const zod = useZodForm<SettingsValues>(ZReviewSettingsUpdate, {
    toPayload,
    nameOf,
    labels: {
      method: t('settings.method'),
      reviewsPerApplication: t('settings.k'),
      maxPerExpert: t('settings.l'),
      scoresDueOn: t('settings.scoresDue'),
    },
  });
  const submit = (values: SettingsValues) =>
    save.mutate(toPayload(values), {
      onSuccess: () => void message.success(t('settings.saved')),
      // The server names fields by their nested path; the form's fields are flat.
      onError: (error) => report(error, { form, codeFields: CODE_FIELDS }),
    });
  return (
    <Card title={t('settings.title')}>
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        disabled={board.published}
        initialValues={{
          method: scoringRule.method,
          tieBreakIndicators: scoringRule.tieBreakIndicators,
          ...limits,
          commentsVisibleToApplicants,
          scoresDueOn,
        }}
        onFinish={submit}
        style={{ maxWidth: 560 }}
      >
        <Form.Item {...zod.field('method')} label={t('settings.method')}>
          <Select options={Object.entries(AGGREGATION_METHODS).map(([value, label]) => ({ value, label: bilingual(label) }))} />
        </Form.Item>
        <Form.Item name="tieBreakIndicators" label={t('settings.tieBreak')} extra={t('settings.tieBreak.hint')}>
          <Select
            mode="multiple"
            options={SCORED_INDICATOR_CODES.map((code) => ({ value: code, label: t('settings.indicator', { code }) }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('reviewsPerApplication')} label={t('settings.k')}>
          <InputNumber min={1} max={50} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('maxPerExpert')} label={t('settings.l')} extra={t('settings.l.hint')}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
        <Form.Item name="commentsVisibleToApplicants" label={t('settings.comments')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item {...zod.field('scoresDueOn')} label={t('settings.scoresDue')} extra={t('settings.scoresDue.hint')}>
          <DateInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
      </Form>
    </Card>
  );
}
