/** 1. 联合体概况: leader, 秘书处, funds 2026–2028 and their sources, the park. */
import type { TTextLimits } from '@chanjiao/contracts/selection-rules';
import { Col, Divider, Row } from 'antd';
import { DateField, LimitedText, NumberField, TextField, UnitField, useFieldLabel } from './FormFields';

export function OverviewSection({ textLimits }: { textLimits: TTextLimits }) {
  const label = useFieldLabel('overview');
  const s = (field: string) => ['secretariat', field];
  return (
    <>
      <DateField name={['establishedOn']} label={label(['establishedOn'])} />
      <TextField name={['leaderName']} label={label(['leaderName'])} max={30} />
      <TextField name={['leaderTitleAndContact']} label={label(['leaderTitleAndContact'])} max={100} />
      <Divider titlePlacement="start">{label(['secretariat'])}</Divider>
      <UnitField name={s('hostUnit')} label={label(s('hostUnit'))} />
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <TextField name={s('head')} label={label(s('head'))} max={30} />
        </Col>
        <Col xs={24} md={8}>
          <NumberField name={s('officeArea')} label={label(s('officeArea'))} kind="amount" />
        </Col>
        <Col xs={24} md={8}>
          <TextField name={s('phone')} label={label(s('phone'))} />
        </Col>
        <Col xs={24} md={8}>
          <NumberField name={s('staffTotal')} label={label(s('staffTotal'))} kind="count" />
        </Col>
        <Col xs={24} md={8}>
          <NumberField name={s('fullTime')} label={label(s('fullTime'))} kind="count" />
        </Col>
        <Col xs={24} md={8}>
          <NumberField name={s('partTime')} label={label(s('partTime'))} kind="count" />
        </Col>
      </Row>
      <TextField name={s('staffNames')} label={label(s('staffNames'))} max={500} />
      <Divider titlePlacement="start">{label(['funding'])}</Divider>
      <Row gutter={12}>
        {(['y2026', 'y2027', 'y2028'] as const).map((year) => (
          <Col xs={24} md={8} key={year}>
            <NumberField name={['funding', year]} label={`${year.slice(1)}`} kind="amount" />
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">{label(['fundingSources2026'])}</Divider>
      <Row gutter={12}>
        {(['leadUnits', 'government', 'otherMembers', 'otherChannels'] as const).map((source) => (
          <Col xs={24} md={6} key={source}>
            <NumberField name={['fundingSources2026', source]} label={label(['fundingSources2026', source])} kind="amount" />
          </Col>
        ))}
      </Row>
      <NumberField name={['parkOutput2025']} label={label(['parkOutput2025'])} kind="amount" />
      <LimitedText name={['parkLeadingIndustries']} label={label(['parkLeadingIndustries'])} max={textLimits.parkLeadingIndustries} />
      <LimitedText name={['localPolicies']} label={label(['localPolicies'])} max={textLimits.localPolicies} rows={6} />
    </>
  );
}
