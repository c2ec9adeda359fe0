/**
 * The home school's recognition by rule for its students of one closed course: choose what a passed result becomes and
 * why a failed one is refused, preview who gets what and why, then apply it once.
 */
import {
  CLASS_RULE_ACTIONS,
  CLASS_RULE_OUTCOME_NAMES,
  CLASS_RULE_OUTCOMES,
  type ClassRuleAction,
  type TClassRuleInput,
  type TClassRulePlan,
  type TClassRuleRow,
  ZClassRuleInput,
} from '@chanjiao/contracts/resources/index';
import { Alert, App, Button, Form, Input, InputNumber, List, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useZodForm } from '../../../app/zod-form';
import { useBilingual, useT } from '../../../app/i18n';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';
import { useClassRule } from '../hooks/course-operations-api';

const ACTION_COLORS: Record<ClassRuleAction, string | undefined> = {
  recognised: 'green',
  converted: 'blue',
  refused: 'red',
  skipped: undefined,
};

interface Props {
  bodyId: string;
  course: { id: string; name: string };
  homes: { id: string; name: string }[];
  onClose: () => void;
}

type Values = Omit<TClassRuleInput, 'courseId'>;
const ZClassRuleValues = ZClassRuleInput.omit({ courseId: true });

export function ClassRuleModal({ bodyId, course, homes, onClose }: Props) {
  const t = useT(COURSE_OPERATIONS_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(ZClassRuleValues);
  const rule = useClassRule(bodyId);
  const [plan, setPlan] = useState<TClassRulePlan>();
  const outcome = Form.useWatch('outcome', form);
  const payload = (): TClassRuleInput => ({ ...(form.getFieldsValue(true) as Values), courseId: course.id });
  const preview = () =>
    form
      .validateFields()
      .then(() => rule.preview.mutate(payload(), { onSuccess: setPlan, onError: (error) => reportError(error, { form }) }))
      .catch(() => undefined);
  const apply = () =>
    rule.apply.mutate(payload(), {
      onSuccess: (done) => {
        setPlan(done);
        void message.success(t('classRule.applied', { count: done.applied ?? 0 }));
      },
      onError: (error) => reportError(error, { form }),
    });
  const deciding = plan ? plan.rows.length - plan.counts.skipped : 0;
  return (
    <Modal
      open
      width={860}
      title={t('classRule.title', { course: course.name })}
      onCancel={onClose}
      footer={
        <Space wrap>
          <Button onClick={onClose}>关闭</Button>
          <Button onClick={preview} loading={rule.preview.isPending} disabled={(plan?.applied ?? null) !== null}>
            {t('classRule.preview')}
          </Button>
          <Button type="primary" onClick={apply} loading={rule.apply.isPending} disabled={!plan || plan.applied !== null || deciding === 0}>
            {t('classRule.apply', { count: deciding })}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon message={t('classRule.hint')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ homeOrgId: homes[0]?.id, outcome: 'converted', refusalReason: t('classRule.refusalDefault') }}
        onValuesChange={() => setPlan((p) => (p?.applied === null ? undefined : p))}
        disabled={(plan?.applied ?? null) !== null}
      >
        {homes.length > 1 && (
          <Form.Item {...zod.field('homeOrgId')} label={t('classRule.home')}>
            <Select options={homes.map((h) => ({ value: h.id, label: h.name }))} />
          </Form.Item>
        )}
        <Form.Item {...zod.field('outcome')} label={t('classRule.outcome')}>
          <Radio.Group options={CLASS_RULE_OUTCOME_NAMES.map((o) => ({ value: o, label: bilingual(CLASS_RULE_OUTCOMES[o]) }))} />
        </Form.Item>
        {outcome === 'recognised' && (
          <Space wrap>
            <Form.Item {...zod.field('ownCourseName')} label={t('classRule.ownCourseName')} required>
              <Input maxLength={100} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item {...zod.field('ownCredits')} label={t('classRule.ownCredits')} required>
              <InputNumber min={0.5} max={20} step={0.5} />
            </Form.Item>
          </Space>
        )}
        <Form.Item {...zod.field('refusalReason')} label={t('classRule.refusalReason')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
      {plan && (
        <>
          <Alert
            type={plan.applied !== null ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 8 }}
            message={
              plan.applied !== null
                ? `${t('classRule.applied', { count: plan.applied })}（${t('classRule.counts', plan.counts)}）`
                : t('classRule.counts', plan.counts)
            }
          />
          <List<TClassRuleRow>
            size="small"
            bordered
            dataSource={plan.rows}
            renderItem={(r) => (
              <List.Item key={r.nominationId}>
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <span>{r.studentName}</span>
                      <Typography.Text type="secondary">{r.studentNumber}</Typography.Text>
                      <span>{r.score ?? (r.passed === null ? '—' : r.passed ? '合格' : '不合格')}</span>
                      <Tag color={ACTION_COLORS[r.action]}>{bilingual(CLASS_RULE_ACTIONS[r.action])}</Tag>
                    </Space>
                  }
                  description={bilingual(r.why)}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Modal>
  );
}
