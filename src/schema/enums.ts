import { registerEnumType } from 'type-graphql';
import {
  ALERT_KIND_DESCRIPTIONS,
  ALERT_KINDS,
  DELIVERY_STATUS_DESCRIPTIONS,
  DELIVERY_STATUSES,
  type AlertKind,
  type DeliveryStatus,
} from '../domain/alerts';
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
  RECURRENCES,
  TRIGGER_KINDS,
  CONTRACT_PARTY_ROLES,
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
  type Recurrence,
  type TriggerKind,
  type ContractPartyRole,
} from '../domain/contracts';

import {
  PARTY_CODES,
  ROLES,
  USER_KINDS,
  type PartyCode,
  type Role,
  type UserKind,
} from '../domain/parties';

import * as DESCRIBED from '../domain/descriptions';
// Trademark uses (issue 15)
import {
  CONFLICT_LEVELS,
  CONFLICT_REASONS,
  GOODS_OVERLAPS,
  MARK_SCRIPTS,
  PROTECTION_BASES,
  REGISTRATION_STATUSES,
  RENDERING_KINDS,
  TRADEMARK_PRODUCTS,
  USE_KINDS,
  USE_STATUSES,
  type ConflictLevel,
  type ConflictReason,
  type GoodsOverlap,
  type MarkScript,
  type ProtectionBasis,
  type RegistrationStatus,
  type RenderingKind,
  type TrademarkProduct,
  type UseKind,
  type UseStatus,
} from '../domain/trademarks';
import * as TM from '../domain/trademark-descriptions';

/** { A: 'A', B: 'B' } from ['A', 'B']: the shape registerEnumType takes. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/**
 * Registers a GraphQL enum built from a domain vocabulary, each value described by the map
 * kept next to the vocabulary (domain/descriptions.ts).
 */
function register<T extends string>(
  values: Readonly<Record<string, T>>,
  name: string,
  description: string,
  valueDescriptions: Readonly<Record<T, string>>,
): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        { description: valueDescriptions[value] },
      ]),
    ),
  });
}

/** The GraphQL names of values: "license" as the EAR spells it, whatever the stored value says. */
function licenseSpelled<T extends string>(values: readonly T[]): Readonly<Record<string, T>> {
  return Object.fromEntries(values.map((value) => [value.replace('LICENCE', 'LICENSE'), value]));
}

/** GraphQL enums built from the domain's closed sets, so the two cannot drift apart. */
export const PartyCodeEnum = enumObject<PartyCode>(PARTY_CODES);
export const RoleEnum = enumObject<Role>(ROLES);
export const UserKindEnum = enumObject<UserKind>(USER_KINDS);
export const ContractKindEnum = licenseSpelled<ContractKind>(CONTRACT_KINDS);
export const ContractStatusEnum = enumObject<ContractStatus>(CONTRACT_STATUSES);
export const ContractPartyRoleEnum = enumObject<ContractPartyRole>(CONTRACT_PARTY_ROLES);
export const NoticeKindEnum = enumObject<NoticeKind>(NOTICE_KINDS);
export const NoticeMethodEnum = enumObject<NoticeMethod>(NOTICE_METHODS);
export const EventKindEnum = enumObject<EventKind>(EVENT_KINDS);
export const TriggerKindEnum = enumObject<TriggerKind>(TRIGGER_KINDS);
export const ObligationStatusEnum = enumObject<ObligationStatus>(OBLIGATION_STATUSES);
export const KeyTermKindEnum = enumObject<KeyTermKind>(KEY_TERM_KINDS);
export const PeriodUnitEnum = enumObject<PeriodUnit>(PERIOD_UNITS);
export const RecurrenceEnum = enumObject<Recurrence>(RECURRENCES);
export const PerformanceVerdictEnum = enumObject<PerformanceVerdict>(PERFORMANCE_VERDICTS);
export const PerformanceStatusEnum = enumObject<PerformanceStatus>(PERFORMANCE_STATUSES);
export const ObligationNatureEnum = enumObject<ObligationNature>(OBLIGATION_NATURES);
export const FindingStatusEnum = enumObject(['PASS', 'FAIL', 'WARN', 'INFO'] as const);
export const TerminationBasisEnum = enumObject<TerminationBasis>(TERMINATION_BASES);
export const CureAnswerEnum = enumObject<CureAnswer>(CURE_ANSWERS);
export const DissolutionStageEnum = enumObject<DissolutionStage>(DISSOLUTION_STAGES);
export const DissolutionStepEnum = enumObject<DissolutionStep>(DISSOLUTION_STEPS);

register(
  PartyCodeEnum,
  'PartyCode',
  'One of the three parties to the contracts',
  DESCRIBED.PARTY_CODE_DESCRIPTIONS,
);
register(RoleEnum, 'Role', "A user's role within its party", DESCRIBED.ROLE_DESCRIPTIONS);
register(
  UserKindEnum,
  'UserKind',
  'Who signs in with an account: a person or a script',
  DESCRIBED.USER_KIND_DESCRIPTIONS,
);
register(
  ContractKindEnum,
  'ContractKind',
  'What a contract is',
  DESCRIBED.CONTRACT_KIND_DESCRIPTIONS,
);
register(
  ContractStatusEnum,
  'ContractStatus',
  'DRAFT → SIGNED → EFFECTIVE → TERMINATED or EXPIRED',
  DESCRIBED.CONTRACT_STATUS_DESCRIPTIONS,
);
register(
  ContractPartyRoleEnum,
  'ContractPartyRole',
  "A party's role in one contract, as the contract names it",
  DESCRIBED.CONTRACT_PARTY_ROLE_DESCRIPTIONS,
);
register(
  NoticeKindEnum,
  'NoticeKind',
  'What a written notice is about (TIC 13.3; JVC Art. 127)',
  DESCRIBED.NOTICE_KIND_DESCRIPTIONS,
);
register(
  NoticeMethodEnum,
  'NoticeMethod',
  'COURIER and POST: 14 days; FAX (and EMAIL under the JVC): 1 working day',
  DESCRIBED.NOTICE_METHOD_DESCRIPTIONS,
);
register(
  EventKindEnum,
  'EventKind',
  'Events that fix the due dates of the obligations they trigger',
  DESCRIBED.EVENT_KIND_DESCRIPTIONS,
);
register(
  TriggerKindEnum,
  'TriggerKind',
  'What starts an obligation: an event, or a notice once deemed received',
  DESCRIBED.TRIGGER_KIND_DESCRIPTIONS,
);
register(
  ObligationStatusEnum,
  'ObligationStatus',
  'Computed as of a date: MISSED (a duty still OPEN after its due date), SUSPENDED (a dated duty whose condition, e.g. the export approval of TIC 4.1, is not fulfilled), LAPSED (an option whose window closed unused, JVC Art. 103)',
  DESCRIBED.OBLIGATION_STATUS_DESCRIPTIONS,
);
register(
  KeyTermKindEnum,
  'KeyTermKind',
  'What a key term measures',
  DESCRIBED.KEY_TERM_KIND_DESCRIPTIONS,
);
register(
  PeriodUnitEnum,
  'PeriodUnit',
  'The unit a period is counted in',
  DESCRIBED.PERIOD_UNIT_DESCRIPTIONS,
);
register(
  RecurrenceEnum,
  'Recurrence',
  'How often a recurring duty falls due (JVC Art. 58, 88)',
  DESCRIBED.RECURRENCE_DESCRIPTIONS,
);
register(
  PerformanceVerdictEnum,
  'PerformanceVerdict',
  "A beneficiary's answer to a recorded performance (TIC 13.7; JVC Art. 120)",
  DESCRIBED.PERFORMANCE_VERDICT_DESCRIPTIONS,
);
register(
  PerformanceStatusEnum,
  'PerformanceStatus',
  'UNREVIEWED until a beneficiary answers; DISPUTED once one disputes; ACKNOWLEDGED once every beneficiary still owed has acknowledged (TIC 13.7; JVC Art. 120)',
  DESCRIBED.PERFORMANCE_STATUS_DESCRIPTIONS,
);
register(
  ObligationNatureEnum,
  'ObligationNature',
  'DUTY: owed, MISSED once overdue; OPTION: a window a party may use, LAPSED once closed (JVC Art. 103)',
  DESCRIBED.OBLIGATION_NATURE_DESCRIPTIONS,
);
register(FindingStatusEnum, 'FindingStatus', 'The outcome of one check a rule made', {
  PASS: 'The check passed',
  FAIL: 'The check failed: the rule refuses or the requirement is not met',
  WARN: 'The check passed with a point to look at',
  INFO: 'Information, no verdict',
});
register(
  TerminationBasisEnum,
  'TerminationBasis',
  'The record a termination rests on',
  DESCRIBED.TERMINATION_BASIS_DESCRIPTIONS,
);
register(
  CureAnswerEnum,
  'CureAnswer',
  "The breach notice sender's answer to a claimed cure (TIC 11.2; JVC Art. 104(2))",
  DESCRIBED.CURE_ANSWER_DESCRIPTIONS,
);
register(
  DissolutionStageEnum,
  'DissolutionStage',
  'Where a JVC termination notice stands in the procedure of JVC Art. 105-112',
  DESCRIBED.DISSOLUTION_STAGE_DESCRIPTIONS,
);
register(
  DissolutionStepEnum,
  'DissolutionStep',
  'A step of the dissolution procedure a party records (JVC Art. 105)',
  DESCRIBED.DISSOLUTION_STEP_DESCRIPTIONS,
);

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

// Trademark uses (issue 15)
export const MarkScriptEnum = enumObject<MarkScript>(MARK_SCRIPTS);
export const ProtectionBasisEnum = enumObject<ProtectionBasis>(PROTECTION_BASES);
export const RegistrationStatusEnum = enumObject<RegistrationStatus>(REGISTRATION_STATUSES);
export const RenderingKindEnum = enumObject<RenderingKind>(RENDERING_KINDS);
export const TrademarkProductEnum = enumObject<TrademarkProduct>(TRADEMARK_PRODUCTS);
export const UseKindEnum = enumObject<UseKind>(USE_KINDS);
export const UseStatusEnum = enumObject<UseStatus>(USE_STATUSES);
export const ConflictLevelEnum = enumObject<ConflictLevel>(CONFLICT_LEVELS);
export const ConflictReasonEnum = enumObject<ConflictReason>(CONFLICT_REASONS);
export const GoodsOverlapEnum = enumObject<GoodsOverlap>(GOODS_OVERLAPS);
register(
  MarkScriptEnum,
  'MarkScript',
  'The writing a word mark is in',
  TM.MARK_SCRIPT_DESCRIPTIONS,
);
register(
  ProtectionBasisEnum,
  'ProtectionBasis',
  'How a mark became protected (TIC 10.4; JVC Art. 50)',
  TM.PROTECTION_BASIS_DESCRIPTIONS,
);
register(
  RegistrationStatusEnum,
  'RegistrationStatus',
  'Where a national registration of a mark stands',
  TM.REGISTRATION_STATUS_DESCRIPTIONS,
);
register(
  RenderingKindEnum,
  'RenderingKind',
  'A translation or a transliteration of a mark (TIC 10.4)',
  TM.RENDERING_KIND_DESCRIPTIONS,
);
register(
  TrademarkProductEnum,
  'TrademarkProduct',
  'The Products of TIC 1.9 a mark may be used on',
  TM.TRADEMARK_PRODUCT_DESCRIPTIONS,
);
register(UseKindEnum, 'UseKind', 'How the JV uses a mark', TM.USE_KIND_DESCRIPTIONS);
register(
  UseStatusEnum,
  'UseStatus',
  "Where a requested use of a Party's mark stands (JVC Art. 50)",
  TM.USE_STATUS_DESCRIPTIONS,
);
register(
  ConflictLevelEnum,
  'ConflictLevel',
  'How close a proposed mark comes to a protected one (TIC 10.4; JVC Art. 50)',
  TM.CONFLICT_LEVEL_DESCRIPTIONS,
);
register(
  ConflictReasonEnum,
  'ConflictReason',
  'Why the conflict check found a mark close',
  TM.CONFLICT_REASON_DESCRIPTIONS,
);
register(
  GoodsOverlapEnum,
  'GoodsOverlap',
  'How the goods of a proposed mark stand to those of a mark on file (Nice classes)',
  TM.GOODS_OVERLAP_DESCRIPTIONS,
);
// Reminders and alerts (issue 16)
export const AlertKindEnum = enumObject<AlertKind>(ALERT_KINDS);
register(AlertKindEnum, 'AlertKind', 'What an alert is about', ALERT_KIND_DESCRIPTIONS);
export const DeliveryStatusEnum = enumObject<DeliveryStatus>(DELIVERY_STATUSES);
register(
  DeliveryStatusEnum,
  'DeliveryStatus',
  'Where the delivery of an alert to a webhook stands',
  DELIVERY_STATUS_DESCRIPTIONS,
);
