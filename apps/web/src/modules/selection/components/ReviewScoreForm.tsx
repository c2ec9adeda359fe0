/**
 * The score sheet (评分表): every observation point with its maximum, a comment per basic indicator, the
 * overall comment and the 7.其他 deduction with its reason. Once submitted, a change must give its reason.
 */
import type { TIndicatorPoint, TReview, TScoreSave } from '@chanjiao/contracts/selection/index';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useRef, useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { useSaveScores, useSubmitReview } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';
import { scoreProblem } from '../score-sheet-checks';
import { scoreFieldKey, scoreSheetFieldName } from '../score-sheet-fields';

interface SheetValues {
  scores: Record<string, number | null>;
  indicatorComments: Record<string, string>;
  overallComment?: string;
  deduction?: number | null;
  deductionReason?: string;
}

interface Indicator {
  code: string;
  name: string;
  points: TIndicatorPoint[];
}

function indicatorsOf(points: TIndicatorPoint[]): Indicator[] {
  const byCode = new Map<string, Indicator>();
  for (const point of [...points].sort((a, b) => a.position - b.position)) {
    if (point.kind !== 'score') continue;
    const indicator = byCode.get(point.indicatorCode) ?? { code: point.indicatorCode, name: point.indicatorName, points: [] };
    indicator.points.push(point);
    byCode.set(point.indicatorCode, indicator);
  }
  return [...byCode.values()];
}

function payloadOf(review: TReview, values: SheetValues, changeReason: string | null): TScoreSave {
  const scores: Record<string, number | null> = {};
  for (const point of review.points) if (point.kind === 'score') scores[point.code] = values.scores?.[scoreFieldKey(point.code)] ?? null;
  return {
    version: review.version,
    scores,
    indicatorComments: Object.fromEntries(Object.entries(values.indicatorComments ?? {}).filter(([, text]) => !!text?.trim())),
    overallComment: values.overallComment?.trim() || undefined,
    deduction: values.deduction ?? 0,
    deductionReason: values.deductionReason?.trim() || undefined,
    changeReason: changeReason ?? undefined,
  };
}

function initialValues(review: TReview): SheetValues {
  return {
    scores: Object.fromEntries(Object.entries(review.scores).map(([code, score]) => [scoreFieldKey(code), score])),
    indicatorComments: review.indicatorComments,
    overallComment: review.overallComment ?? '',
    deduction: review.deduction,
    deductionReason: review.deductionReason ?? '',
  };
}

export function ReviewScoreForm({ review }: { review: TReview }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<SheetValues>();
  const save = useSaveScores(review.id);
  const submit = useSubmitReview(review.id);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const submitted = review.status === 'submitted';
  const deductionPoint = review.points.find((p) => p.kind === 'deduction');
  const editable = review.abilities.edit;
  const compact = useCompactScreen();
  // Set while 提交评分 checks the sheet: only then must every point have a score.
  const submitting = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const scoreRule = (p: TIndicatorPoint): RuleObject => ({
    validator: (_, value: number | null | undefined) => {
      const max = p.maxScore ?? null;
      const problem = scoreProblem(value, max, submitting.current);
      if (!problem) return Promise.resolve();
      // The same words as the server's refusal, so the message does not change when the server answers.
      const params = { code: p.code, max: max ?? '', value: value ?? '' };
      return Promise.reject(new Error(t(`sheet.check.${problem.kind}`, params)));
    },
  });
  const deductionRule: RuleObject = {
    validator: (_, value: number | null | undefined) => {
      const max = deductionPoint?.maxScore ?? null;
      const problem = scoreProblem(value, max, false);
      if (!problem) return Promise.resolve();
      return Promise.reject(
        new Error(problem.kind === 'over' ? t('sheet.check.deductionOver', { max: problem.max }) : t('sheet.check.deductionNegative')),
      );
    },
  };
  const scoreNames = review.points.filter((p) => p.kind === 'score').map((p) => ['scores', scoreFieldKey(p.code)]);
  // 提交评分 checks every point first (empty, above its maximum) and asks to confirm only when the sheet is complete.
  const checkBeforeSubmit = async () => {
    submitting.current = true;
    try {
      await form.validateFields();
      setConfirming(true);
    } catch (error) {
      const count = (error as { errorFields?: unknown[] }).errorFields?.length ?? 0;
      void message.error(t('sheet.check.incomplete', { count }));
      form.scrollToField((error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]?.name ?? scoreNames[0]!);
    } finally {
      submitting.current = false;
    }
  };

  const send = (changeReason: string | null) =>
    save.mutate(payloadOf(review, form.getFieldsValue(true) as SheetValues, changeReason), {
      onSuccess: () => {
        setAskReason(false);
        setReason('');
        void message.success(t('sheet.saved'));
      },
      onError: (error) => report(error, { form, nameOf: scoreSheetFieldName }),
    });
  // Save what is on screen first, so that the submitted sheet is the one the expert sees. Promises rather than
  // mutate's callbacks: the saved sheet has a new version, which mounts a new form before the submission
  // answers, and callbacks of an unmounted component are dropped (no confirmation, no error shown).
  const saveAndSubmit = async () => {
    try {
      const saved = await save.mutateAsync(payloadOf(review, form.getFieldsValue(true) as SheetValues, null));
      await submit.mutateAsync(saved.version);
      void message.success(t('sheet.submitted'));
    } catch (error) {
      report(error, { form, nameOf: scoreSheetFieldName });
    }
  };
  const scoreInput = (p: TIndicatorPoint) => (
    // No max on the input: it would silently lower a score typed too high; the server's message
    // (the point, its maximum) appears under the input instead.
    <Form.Item name={['scores', scoreFieldKey(p.code)]} rules={[scoreRule(p)]} style={{ marginBottom: 0 }}>
      <InputNumber min={0} precision={2} step={0.5} aria-label={t('sheet.scoreOf', { code: p.code })} />
    </Form.Item>
  );
  const onSave = () => void form.validateFields().then(() => (submitted ? setAskReason(true) : send(null)));

  return (
    <Form form={form} layout="vertical" initialValues={initialValues(review)} disabled={!editable}>
      {indicatorsOf(review.points).map((indicator) => (
        <Card key={indicator.code} size="small" title={`${indicator.code}. ${indicator.name}`} style={{ marginBottom: 12 }}>
          {compact ? (
            // On a phone the observation's text and its score input stand one under the other: in a table the
            // input would sit beyond a long line of text, out of sight.
            indicator.points.map((p) => (
              <div key={p.code} style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)', paddingBlock: 8 }}>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{p.code}</Typography.Text> {p.text}
                </Typography.Paragraph>
                <Space align="center">
                  <Typography.Text type="secondary">{t('sheet.maxOf', { max: p.maxScore ?? '' })}</Typography.Text>
                  {scoreInput(p)}
                </Space>
              </div>
            ))
          ) : (
            <Table<TIndicatorPoint>
              rowKey="code"
              size="small"
              dataSource={indicator.points}
              pagination={false}
              columns={[
                { title: t('sheet.point'), width: 64, dataIndex: 'code' },
                { title: t('sheet.pointText'), dataIndex: 'text' },
                { title: t('sheet.max'), width: 80, render: (_, p) => p.maxScore ?? '' },
                { title: t('sheet.score'), width: 130, render: (_, p) => scoreInput(p) },
              ]}
            />
          )}
          <Form.Item
            name={['indicatorComments', indicator.code]}
            label={t('sheet.indicatorComment')}
            style={{ marginTop: 8, marginBottom: 0 }}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Card>
      ))}
      <Card
        size="small"
        title={deductionPoint ? `${deductionPoint.code}. ${deductionPoint.indicatorName}` : t('sheet.deduction')}
        style={{ marginBottom: 12 }}
      >
        {deductionPoint && <Typography.Paragraph type="secondary">{deductionPoint.text}</Typography.Paragraph>}
        <Space align="start" wrap>
          <Form.Item
            name="deduction"
            rules={[deductionRule]}
            label={t('sheet.deduction')}
            extra={deductionPoint?.maxScore ? t('sheet.deductionMax', { max: deductionPoint.maxScore }) : undefined}
          >
            <InputNumber min={0} precision={2} />
          </Form.Item>
          <Form.Item
            name="deductionReason"
            label={t('sheet.deductionReason')}
            style={{ minWidth: compact ? undefined : 360 }}
            dependencies={['deduction']}
            rules={[
              ({ getFieldValue }) => ({
                // The reason is what makes a deduction reviewable; ask for it before the server does.
                validator: (_, value?: string) =>
                  Number(getFieldValue('deduction') ?? 0) > 0 && !value?.trim()
                    ? Promise.reject(new Error(t('field.required', { field: t('sheet.deductionReason') })))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Space>
      </Card>
      <Form.Item name="overallComment" label={t('sheet.overallComment')}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      {editable && (
        <Space>
          <Button onClick={onSave} loading={save.isPending}>
            {submitted ? t('sheet.change') : t('action.save')}
          </Button>
          {review.abilities.submit && (
            <Popconfirm
              title={t('sheet.submit.confirm')}
              open={confirming}
              onOpenChange={(open) => !open && setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void saveAndSubmit();
              }}
              onCancel={() => setConfirming(false)}
            >
              <Button type="primary" loading={submit.isPending} onClick={() => void checkBeforeSubmit()}>
                {t('sheet.submit')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <Modal
        open={askReason}
        title={t('sheet.changeReason.title')}
        onCancel={() => setAskReason(false)}
        okButtonProps={{ disabled: !reason.trim(), loading: save.isPending }}
        onOk={() => send(reason.trim())}
      >
        <Typography.Paragraph>{t('sheet.changeReason.hint')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('sheet.changeReason.title')}
        />
      </Modal>
    </Form>
  );
}
