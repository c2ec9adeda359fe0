/** 封面 and 附件3 汇总表 facts. */
import type { TCallLimits } from '@chanjiao/contracts/selection-rules';
import { listLimitText, SUMMARY_SCHOOL_LEVELS } from '@chanjiao/contracts/selection/index';
import { Form, Radio, Select } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';
import { DateField, TextField, UnitField, useFieldLabel } from './FormFields';

export function CoverSection() {
  const label = useFieldLabel('cover');
  return (
    <>
      <TextField name={['consortiumName']} label={label(['consortiumName'])} max={100} />
      <TextField name={['recommendingRegion']} label={label(['recommendingRegion'])} max={50} />
      <UnitField name={['park']} label={label(['park'])} />
      <UnitField name={['leadSchool']} label={label(['leadSchool'])} />
      <UnitField name={['leadEnterprise']} label={label(['leadEnterprise'])} />
      <DateField name={['filledOn']} label={label(['filledOn'])} />
    </>
  );
}

export function SummarySection({ limits }: { limits: TCallLimits }) {
  const label = useFieldLabel('summary');
  const t = useT(SELECTION_MESSAGES);
  const bilingual = useBilingual();
  return (
    <>
      <Form.Item name={['mainIndustries']} label={label(['mainIndustries'])} extra={bilingual(listLimitText(limits.mainServedIndustries))}>
        <Select mode="tags" maxCount={limits.mainServedIndustries} open={false} />
      </Form.Item>
      <TextField name={['parkLeadingIndustry']} label={label(['parkLeadingIndustry'])} max={60} />
      <Form.Item name={['leadSchoolLevel']} label={label(['leadSchoolLevel'])}>
        <Radio.Group options={Object.entries(SUMMARY_SCHOOL_LEVELS).map(([value, text]) => ({ value, label: bilingual(text) }))} />
      </Form.Item>
      <Form.Item name={['leadEnterpriseIsIntegrationEnterprise']} label={label(['leadEnterpriseIsIntegrationEnterprise'])}>
        <Radio.Group
          options={[
            { value: true, label: t('yes') },
            { value: false, label: t('no') },
          ]}
        />
      </Form.Item>
      <TextField name={['contactName']} label={label(['contactName'])} max={30} />
      <TextField name={['contactTitle']} label={label(['contactTitle'])} max={40} />
      <TextField name={['contactMobile']} label={label(['contactMobile'])} />
    </>
  );
}
