/**
 * A unit's exchange figures of a year for other modules (a read model: the quality report's 教师队伍 and 社会服务 figures,
 * docs/sources.md §9 R5 "totals per member and year feed the quality report"): what it sent, received and hosted, counted by
 * the exchange's own rule, with the agreements behind them.
 */
import type { AgreementStatus } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { countedAgreementsOfOrg } from './exchange-figures.repository.js';
import { exchangeTotals, type ExchangeTotals } from './exchange.rules.js';

export interface ExchangeFigureSource {
  agreementId: string;
  kind: 'teacher' | 'experience';
  role: 'sent' | 'received' | 'hosted';
  counterpart: string;
  body: string;
  startsOn: string;
  endsOn: string;
  days: number | null;
  hours: number | null;
  participants: number | null;
}

export interface ExchangeFigures {
  year: number;
  totals: ExchangeTotals;
  sources: ExchangeFigureSource[];
}

export async function exchangeFiguresOf(db: Executor, orgId: string, year: number): Promise<ExchangeFigures> {
  const rows = await countedAgreementsOfOrg(db, orgId, year);
  const counted = exchangeTotals(
    rows.map(({ agreement }) => ({
      ...agreement,
      kind: agreement.kind as 'teacher' | 'experience',
      status: agreement.status as AgreementStatus,
    })),
    year,
  );
  const totals = counted.get(orgId) ?? {
    teacherDaysSent: 0,
    teacherHoursSent: 0,
    teacherDaysReceived: 0,
    teacherHoursReceived: 0,
    experienceActivities: 0,
    experienceParticipants: 0,
  };
  return {
    year,
    totals,
    sources: rows.map(({ agreement, senderName, receiverName, bodyName }) => {
      const sent = agreement.senderOrgId === orgId;
      return {
        agreementId: agreement.id,
        kind: agreement.kind as 'teacher' | 'experience',
        role: agreement.kind === 'experience' ? 'hosted' : sent ? 'sent' : 'received',
        counterpart: (sent ? (receiverName ?? agreement.visitorName) : senderName) ?? '',
        body: bodyName,
        startsOn: agreement.startsOn,
        endsOn: agreement.endsOn,
        days: agreement.actualDays,
        hours: agreement.actualHours,
        participants: agreement.actualParticipants,
      };
    }),
  };
}
