import DataLoader from 'dataloader';
import type { RequestContext } from '../auth/context';
import type { PerformanceStatus } from '../domain/contracts';
import { ObligationBeneficiaryEntity } from '../entities';
import { beneficiaryStanding } from '../rules/beneficiary-standing';
import type { ObligationEntity } from '../entities';

type Loader = DataLoader<string, ObligationBeneficiaryEntity[]>;

/** One loader per request: the beneficiaries' positions of every obligation on a page, at once. */
const loaders = new WeakMap<RequestContext, Loader>();

function loaderFor(ctx: RequestContext): Loader {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db
        .getRepository(ObligationBeneficiaryEntity)
        .createQueryBuilder('ob')
        .where('ob.obligation_id IN (:...ids)', { ids })
        .getMany();
      return ids.map((id) => rows.filter((row) => row.obligationId === id));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

export interface BeneficiaryView {
  party: ObligationBeneficiaryEntity['partyCode'];
  waived: boolean;
  stillOwed: boolean;
  waivedOn: string | null;
  waiverReason: string | null;
  performanceVerdict: ObligationBeneficiaryEntity['performanceVerdict'];
  verdictReason: string | null;
}

/**
 * Where a (visible, already loaded) obligation stands with each beneficiary and how its
 * performance stands (rules/beneficiary-standing.ts).
 */
export async function obligationStanding(
  ctx: RequestContext,
  obligation: {
    id: string;
    beneficiaryParties: ObligationEntity['beneficiaryParties'];
    status: string;
  },
): Promise<{ beneficiaries: BeneficiaryView[]; performance: PerformanceStatus | null }> {
  const rows = await loaderFor(ctx).load(obligation.id);
  const { standings, performance } = beneficiaryStanding({
    beneficiaries: obligation.beneficiaryParties,
    positions: rows.map((row) => ({
      party: row.partyCode,
      waived: row.waivedBy !== null,
      verdict: row.performanceVerdict,
    })),
    performed: obligation.status === 'MET',
  });
  return {
    performance,
    beneficiaries: standings.map((standing) => {
      const row = rows.find((r) => r.partyCode === standing.party);
      return {
        ...standing,
        performanceVerdict: standing.verdict,
        waivedOn: row?.waivedOn ?? null,
        waiverReason: row?.waiverReason ?? null,
        verdictReason: row?.verdictReason ?? null,
      };
    }),
  };
}
