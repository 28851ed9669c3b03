import type { ItemKind, TransactionRole } from '../../domain/export';
import { licenceRequirements } from './country-chart';
import type { LicenceOnFile, TransactionParty } from './decision';
import { destinationFindings, nationalityFindings } from './destination-controls';
import { classificationFindings } from './eccn';
import { endUseFindings, type EndUseFlag } from './end-use';
import { decideCheck, type CheckEvaluation, type CheckHit, type CheckOutcome } from './evaluation';
import { effectiveDestination, type EffectiveDestination, type TransferInput } from './release';
import type { ExportFinding, ExportReferenceData } from './types';

/** One item of a check, resolved (a classification read, or an ECCN given). */
export interface CheckItem {
  label: string;
  eccn: string;
  relatedEccn?: string;
  kind: ItemKind;
  technology: boolean;
}

export interface CheckParty {
  name: string;
  country?: string | null;
  role: TransactionRole;
}

export interface CheckComposition {
  transfer: TransferInput;
  items: readonly CheckItem[];
  declaredEndUse: string;
  endUseFlags?: readonly EndUseFlag[];
  parties: readonly CheckParty[];
  reference: ExportReferenceData;
  /** The screening matches of the parties, with any review remembered for them. */
  hits: readonly CheckHit[];
  /** Fail closed: the finding of a missing or stale screening list (screening-list.ts), or null. */
  screeningList: ExportFinding | null;
  licences: readonly LicenceOnFile[];
  /** The transfer date ('YYYY-MM-DD'): licences are read on it. */
  on: string;
}

/**
 * The parties a licence must name (15 C.F.R. 750.7(a): a licence authorises only the transaction
 * it describes): the consignee and the end user, and for a release of technology the person it
 * is released to (734.13(b), 734.15).
 */
function licensedParties(parties: readonly CheckParty[], release: boolean): TransactionParty[] {
  return parties.flatMap((p): TransactionParty[] =>
    p.role === 'CONSIGNEE' || p.role === 'END_USER' || (release && p.role === 'RECIPIENT')
      ? [{ name: p.name, role: p.role }]
      : [],
  );
}

/**
 * An export check, composed in the EAR's order (15 C.F.R. 732.1–732.5): the transfer and its
 * destination, then per item classification, destination and nationalities, Country Chart and end
 * use; the screening hits and licences are read by decideCheck. The one composition production
 * (runExportCheck) and the worked cases both call; it returns the evaluation to store and its
 * decision before any review of this check.
 */
export function composeCheck(input: CheckComposition): {
  transfer: EffectiveDestination;
  evaluation: CheckEvaluation;
  outcome: CheckOutcome;
} {
  const transfer = effectiveDestination(input.transfer);
  const destination = transfer.destination;
  const recipientCountries =
    input.transfer.kind === 'RELEASE'
      ? input.transfer.recipient.statuses.map((s) => s.country)
      : [];
  const { eccns, chart, groups } = input.reference;
  const evaluation: CheckEvaluation = {
    destination,
    transferFinding: transfer.finding,
    on: input.on,
    parties: licensedParties(input.parties, transfer.kind.startsWith('DEEMED')),
    hits: [...input.hits],
    screeningList: input.screeningList,
    licences: [...input.licences],
    items: destination
      ? input.items.map((item) => ({
          label: item.label,
          eccn: item.eccn,
          kind: item.kind,
          technology: item.technology,
          classification: classificationFindings({
            eccn: item.eccn,
            relatedEccn: item.relatedEccn,
            eccns,
          }),
          destination: [
            ...destinationFindings({ destination, eccn: item.eccn, groups }),
            ...nationalityFindings({ parties: input.parties, recipientCountries, groups }),
          ],
          chart: licenceRequirements({
            eccn: item.eccn,
            relatedEccn: item.relatedEccn,
            destination,
            eccns,
            chart,
          }).findings.slice(),
          endUse: endUseFindings({
            declaredEndUse: input.declaredEndUse,
            flags: input.endUseFlags ?? [],
            destination,
            eccn: item.eccn,
            groups,
          }),
        }))
      : [],
  };
  return { transfer, evaluation, outcome: decideCheck({ evaluation, reviews: [] }) };
}
