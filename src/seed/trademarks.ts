import type { EntityManager } from 'typeorm';
import type { PartyCode } from '../domain/parties';
import { TrademarkEntity } from '../entities';
import { matchColumns } from '../services/trademarks/mark-input';

/**
 * The marks the contracts themselves name: each party's trade name as the signed texts give
 * it, protected as a trade name by TIC 10.4 and JVC Art. 50. Exhibit B (Valence's listed
 * marks) is not in the texts we hold, and the JV's Chinese name is blanked in JVC Art. 24
 * ("[VALENCE IN CHINESE]"), so neither is seeded: the owners register them.
 */
export const SEED_MARKS: ReadonlyArray<{
  text: string;
  owner: PartyCode;
  designatedOn: string;
  designationRef: string;
  consent?: { party: PartyCode; ref: string; on: string };
}> = [
  {
    text: 'VALENCE',
    owner: 'VALENCE',
    designatedOn: '2003-07-08',
    designationRef: 'TIC preamble (1) "VALENCE TECHNOLOGY, INC."; TIC 10.4 (trade names)',
  },
  {
    text: 'FENGFAN',
    owner: 'FENGFAN',
    designatedOn: '2003-07-08',
    designationRef:
      'TIC preamble (2) "Baoding Fengfan Group Limited Liability Company"; TIC 10.4 (trade names)',
  },
  {
    // JVC Art. 24 names the JV "FENGFAN - VALENCE BATTERY COMPANY, LTD.": Valence, Party B,
    // agreed to its name by signing the JVC, which is the written consent TIC 10.4 asks for.
    text: 'FENGFAN-VALENCE',
    owner: 'JV',
    designatedOn: '2002-11-08',
    designationRef: 'JVC Art. 24 "FENGFAN - VALENCE BATTERY COMPANY, LTD."; JVC Art. 50',
    consent: {
      party: 'VALENCE',
      ref: 'JVC Art. 24, signed by Valence as Party B',
      on: '2002-11-08',
    },
  },
];

/** Adds the marks the contracts name that are not on the register yet; returns how many. */
export async function seedMarks(manager: EntityManager): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(TrademarkEntity)
    .values(
      SEED_MARKS.map((mark) => ({
        ...matchColumns('text', mark.text),
        logoRef: null,
        language: 'en',
        ownerParty: mark.owner,
        protectionBasis: 'NAMED_IN_CONTRACT' as const,
        designatedOn: mark.designatedOn,
        designationRef: mark.designationRef,
        consentParty: mark.consent?.party ?? null,
        consentRef: mark.consent?.ref ?? null,
        consentOn: mark.consent?.on ?? null,
        createdBy: null,
      })),
    )
    .orIgnore()
    .returning('id')
    .execute();
  return (result.raw as unknown[]).length;
}
