/**
 * Adds or changes one register table of the cycle's report: its caption, the outline chapter it stands under and the
 * filter choosing its rows, with the entries the filter selects now shown as the user sets it.
 */
import { type TRegisterBlock, type TRegisterFilter, ZRegisterBlock } from '@chanjiao/contracts/reports/index';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useRegisterEntries } from '../hooks/registers-api';
import { registerOptions } from '../register-options';
import { REGISTER_MESSAGES } from '../registers-messages';

type BlockFormValues = { caption: string; chapter: string } & TRegisterFilter;

const FILTER_FIELDS = ['kind', 'level', 'year', 'schoolLevel', 'sourceTable', 'keyword'] as const;

function filterOf(values: Partial<BlockFormValues>): TRegisterFilter {
  const filter: Record<string, unknown> = {};
  for (const field of FILTER_FIELDS) {
    const value = typeof values[field] === 'string' ? (values[field] as string).trim() : values[field];
    if (value !== undefined && value !== null && value !== '') filter[field] = value;
  }
  return filter as TRegisterFilter;
}

const blockOf = (values: BlockFormValues): TRegisterBlock => ({
  caption: values.caption?.trim(),
  chapter: values.chapter,
  filter: filterOf(values),
});

// The schema names a filter's fields filter.kind, …; the form keeps them flat beside the caption.
const nameOf = (path: string) => [path.startsWith('filter.') ? path.slice('filter.'.length) : path.split('.')[0]!];

interface Props {
  cycleId: string;
  outline: string[];
  sourceTables: string[];
  block?: TRegisterBlock;
  pending: boolean;
  onSave: (block: TRegisterBlock) => void;
  onClose: () => void;
}

export function RegisterBlockModal({ cycleId, outline, sourceTables, block, pending, onSave, onClose }: Props) {
  const t = useT(REGISTER_MESSAGES);
  const bilingual = useBilingual();
  const [form] = Form.useForm<BlockFormValues>();
  const zod = useZodForm<BlockFormValues>(ZRegisterBlock, { toPayload: blockOf, nameOf });
  const options = registerOptions(bilingual);
  const watched = Form.useWatch([], form) as Partial<BlockFormValues> | undefined;
  const filter = useDebouncedValue(filterOf(watched ?? block?.filter ?? {}), 300);
  const selected = useRegisterEntries(cycleId, filter);
  const names = selected.data?.items.slice(0, 3).map((entry) => entry.name) ?? [];
  const count = selected.data?.items.length ?? 0;

  return (
    <Modal
      open
      title={block ? t('blocks.edit') : t('blocks.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      width={720}
    >
      <Form<BlockFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => onSave(blockOf(values))}
        initialValues={block ? { caption: block.caption, chapter: block.chapter, ...block.filter } : { chapter: outline[0] }}
      >
        <Form.Item {...zod.field('caption')} label={t('blocks.caption')} extra={t('blocks.caption.hint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('chapter')} label={t('blocks.chapter')}>
          <Select
            showSearch
            options={[...new Set([...outline, ...(block ? [block.chapter] : [])])].map((chapter) => ({ value: chapter, label: chapter }))}
          />
        </Form.Item>
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {t('blocks.filter')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('blocks.filter.hint')}</Typography.Paragraph>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="kind" label={t('filter.kind')}>
              <Select allowClear options={options.kinds} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="level" label={t('filter.level')}>
              <Select allowClear options={options.levels} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item {...zod.field('year')} label={t('filter.year')}>
              <InputNumber style={{ width: '100%' }} min={2000} max={2100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="schoolLevel" label={t('filter.schoolLevel')}>
              <Select allowClear options={options.schoolLevels} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="sourceTable" label={t('filter.source')}>
              <Select allowClear showSearch options={sourceTables.map((value) => ({ value, label: value }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item {...zod.field('keyword')} label={t('blocks.keyword')}>
              <Input allowClear maxLength={50} placeholder={t('filter.keyword')} />
            </Form.Item>
          </Col>
        </Row>
        <Alert
          type={count === 0 && !selected.isPending ? 'warning' : 'info'}
          showIcon
          title={count === 0 && !selected.isPending ? t('blocks.rows.none') : t('blocks.preview', { count })}
          description={names.length > 0 ? `${names.join('；')}${count > names.length ? ` ${t('blocks.preview.more')}` : ''}` : undefined}
        />
      </Form>
    </Modal>
  );
}
