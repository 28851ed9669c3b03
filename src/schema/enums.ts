import { registerEnumType } from 'type-graphql';
import {
  CURE_ANSWERS,
  DISSOLUTION_STAGES,
  DISSOLUTION_STEPS,
  TERMINATION_BASES,
  type CureAnswer,
  type DissolutionStage,
  type DissolutionStep,
  type TerminationBasis,
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  EVENT_KINDS,
  KEY_TERM_KINDS,
  NOTICE_KINDS,
  NOTICE_METHODS,
  OBLIGATION_STATUSES,
  PERIOD_UNITS,
  PERFORMANCE_STATUSES,
  OBLIGATION_NATURES,
  PERFORMANCE_VERDICTS,
  NOTICE_STATES,
  type NoticeState,
  type ContractKind,
  type ContractStatus,
  type EventKind,
  type KeyTermKind,
  type NoticeKind,
  type NoticeMethod,
  type ObligationStatus,
  type PeriodUnit,
  type PerformanceStatus,
  type ObligationNature,
  type PerformanceVerdict,
} from '../domain/contracts';

import {
  PARTY_CODES,
  ROLES,
  USER_KINDS,
  type PartyCode,
  type Role,
  type UserKind,
} from '../domain/parties';

/** { A: 'A', B: 'B' } from ['A', 'B']: the shape registerEnumType takes. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/** GraphQL enums built from the domain's closed sets, so the two cannot drift apart. */
export const PartyCodeEnum = enumObject<PartyCode>(PARTY_CODES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(PartyCodeEnum, {
  name: 'PartyCode',
  description: 'VALENCE (licensor), FENGFAN (JVC Party A) or JV (the licensee company)',
});
registerEnumType(RoleEnum, { name: 'Role', description: "A user's role within its party" });
export const UserKindEnum = enumObject<UserKind>(USER_KINDS);
registerEnumType(UserKindEnum, {
  name: 'UserKind',
  description:
    "PERSON: signs in through the party's identity provider; SERVICE: a script's account, signed in only with a service token minted by an administrator",
});

export const ContractKindEnum = enumObject<ContractKind>(CONTRACT_KINDS);
export const ContractStatusEnum = enumObject<ContractStatus>(CONTRACT_STATUSES);
export const NoticeKindEnum = enumObject<NoticeKind>(NOTICE_KINDS);
export const NoticeMethodEnum = enumObject<NoticeMethod>(NOTICE_METHODS);
export const EventKindEnum = enumObject<EventKind>(EVENT_KINDS);
export const ObligationStatusEnum = enumObject<ObligationStatus>(OBLIGATION_STATUSES);
export const KeyTermKindEnum = enumObject<KeyTermKind>(KEY_TERM_KINDS);
export const PeriodUnitEnum = enumObject<PeriodUnit>(PERIOD_UNITS);
export const PerformanceVerdictEnum = enumObject<PerformanceVerdict>(PERFORMANCE_VERDICTS);
export const PerformanceStatusEnum = enumObject<PerformanceStatus>(PERFORMANCE_STATUSES);
export const ObligationNatureEnum = enumObject<ObligationNature>(OBLIGATION_NATURES);
export const FindingStatusEnum = enumObject(['PASS', 'FAIL', 'WARN', 'INFO'] as const);

registerEnumType(ContractKindEnum, { name: 'ContractKind' });
registerEnumType(ContractStatusEnum, {
  name: 'ContractStatus',
  description: 'DRAFT → SIGNED → EFFECTIVE → TERMINATED or EXPIRED',
});
registerEnumType(NoticeKindEnum, { name: 'NoticeKind' });
registerEnumType(NoticeMethodEnum, {
  name: 'NoticeMethod',
  description: 'COURIER and POST: 14 days; FAX (and EMAIL under the JVC): 1 working day',
});
registerEnumType(EventKindEnum, { name: 'EventKind' });
registerEnumType(ObligationStatusEnum, {
  name: 'ObligationStatus',
  description:
    'Computed as of a date: MISSED (a duty still OPEN after its due date), SUSPENDED (a dated duty whose condition, e.g. the export approval of TIC 4.1, is not fulfilled), LAPSED (an option whose window closed unused, JVC Art. 103)',
});
registerEnumType(KeyTermKindEnum, { name: 'KeyTermKind' });
registerEnumType(PeriodUnitEnum, { name: 'PeriodUnit' });
registerEnumType(PerformanceVerdictEnum, {
  name: 'PerformanceVerdict',
  description: "A beneficiary's answer to a recorded performance (TIC 13.7; JVC Art. 120)",
});
registerEnumType(PerformanceStatusEnum, {
  name: 'PerformanceStatus',
  description:
    'UNREVIEWED until a beneficiary answers; DISPUTED once one disputes; ACKNOWLEDGED once every beneficiary still owed has acknowledged (TIC 13.7; JVC Art. 120)',
});
registerEnumType(ObligationNatureEnum, {
  name: 'ObligationNature',
  description:
    'DUTY: owed, MISSED once overdue; OPTION: a window a party may use, LAPSED once closed (JVC Art. 103)',
});
registerEnumType(FindingStatusEnum, { name: 'FindingStatus' });

export const TerminationBasisEnum = enumObject<TerminationBasis>(TERMINATION_BASES);
export const CureAnswerEnum = enumObject<CureAnswer>(CURE_ANSWERS);
export const DissolutionStageEnum = enumObject<DissolutionStage>(DISSOLUTION_STAGES);
export const DissolutionStepEnum = enumObject<DissolutionStep>(DISSOLUTION_STEPS);

registerEnumType(TerminationBasisEnum, {
  name: 'TerminationBasis',
  description:
    'The record a termination rests on: MUTUAL_AGREEMENT (TIC 11.1), UNCURED_BREACH (TIC 11.2), ' +
    'INSOLVENCY (TIC 11.3(a)), PROTECTED_ARTICLE_BREACH (TIC 11.3(b)), JVC_DISSOLUTION (JVC Art. 104, 105)',
});
registerEnumType(CureAnswerEnum, {
  name: 'CureAnswer',
  description: "The breach notice sender's answer to a claimed cure (TIC 11.2; JVC Art. 104(2))",
});
registerEnumType(DissolutionStageEnum, {
  name: 'DissolutionStage',
  description: 'Where a JVC termination notice stands in the procedure of JVC Art. 105-112',
});
registerEnumType(DissolutionStepEnum, {
  name: 'DissolutionStep',
  description:
    'APPLICATION_SUBMITTED to the Examination and Approval Authority, or APPROVED by it (JVC Art. 105)',
});

export const NoticeStateEnum = enumObject<NoticeState>(NOTICE_STATES);
registerEnumType(NoticeStateEnum, {
  name: 'NoticeState',
  description:
    'Where a notice stands as of a date, from the clock it starts (rules/notice-state.ts)',
  valuesConfig: {
    OPEN: {
      description:
        'Given, but its clock has not started: not (yet) deemed received (TIC 13.3; JVC Art. 127); or a force majeure notice whose evidence is still due (JVC Art. 115)',
    },
    CURE_RUNNING: {
      description:
        'A breach notice deemed received, uncured, before the first day its sender may terminate (TIC 11.2: both readings of the 60 days; JVC Art. 104(2))',
    },
    TERMINATION_RIGHT_AVAILABLE: {
      description:
        'The cure period lapsed without an accepted cure: the sender may terminate (TIC 11.2; JVC Art. 104(2)); or a JVC termination notice whose 30-day window closed without an agreement to continue (JVC Art. 105)',
    },
    WINDOW_RUNNING: {
      description:
        'A JVC termination notice deemed received, within its 30-day negotiation window, no agreement to continue yet (JVC Art. 105)',
    },
    SETTLED: {
      description:
        'Nothing runs: a cure the sender accepted, made by the date (TIC 11.2); an agreement to continue (JVC Art. 105); force majeure evidence time over (JVC Art. 115); or a notice that starts no clock',
    },
  },
});
