import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { visibleQuery } from '../../auth/visibility';
import type { TrademarkLicenceOrderField, TrademarkProduct } from '../../domain/trademarks';
import { TrademarkLicenceEntity } from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import { assertIsoDate } from '../../rules/iso-date';
import { keyedByRow } from '../idempotency';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { mutate } from '../transaction';

export interface NewTrademarkLicence {
  markIds: string[];
  products: TrademarkProduct[];
  territory: string[];
  executedOn: string;
  documentRef: string;
  termFrom: string;
  termTo?: string | null;
  idempotencyKey?: string | null;
}

/** ISO 3166-1 alpha-2, or WW for the world (JVC Art. 50: "anywhere in the world"). */
const TERRITORY = /^([A-Z]{2})$/;

export function validTerritory(field: string, territory: readonly string[]): string[] {
  if (territory.length === 0) throw new BadInputError(field, 'name at least one territory');
  return [
    ...new Set(
      territory.map((t, i) => {
        const code = t.trim().toUpperCase();
        if (!TERRITORY.test(code)) {
          throw new BadInputError(`${field}[${i}]`, 'must be an ISO 3166-1 alpha-2 code, or WW');
        }
        return code;
      }),
    ),
  ];
}

/**
 * A Party's LEGAL records the written trademark licence it signed with the JV (JVC Art. 50):
 * the licensor must own every mark it licenses.
 */
export function grantTrademarkLicence(
  ctx: SignedInContext,
  input: NewTrademarkLicence,
): Promise<TrademarkLicenceEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const markIds = [...new Set(input.markIds)];
      if (markIds.length === 0) throw new BadInputError('markIds', 'name at least one mark');
      const marks = await visibleQuery(manager, 'Trademark', 'm', ctx.user.party)
        .andWhere('m.id IN (:...markIds)', { markIds })
        .getMany();
      const missing = markIds.find((id) => !marks.some((m) => m.id === id));
      if (missing) throw new NotFoundError('Trademark', missing);
      assertMay(ctx, 'trademarkLicence.grant', { markOwners: marks.map((m) => m.ownerParty) });
      if (input.products.length === 0) {
        throw new BadInputError('products', 'name at least one Product (TIC 1.9)');
      }
      const termFrom = assertIsoDate({ field: 'termFrom', value: input.termFrom });
      const termTo = input.termTo ? assertIsoDate({ field: 'termTo', value: input.termTo }) : null;
      if (termTo && termTo < termFrom)
        throw new BadInputError('termTo', 'must not be before termFrom');
      const documentRef = input.documentRef.trim();
      if (documentRef === '') {
        throw new BadInputError('documentRef', 'must name the signed licence (JVC Art. 50)');
      }
      const values = {
        licensorParty: ctx.user.party,
        licenseeParty: 'JV' as const,
        markIds,
        products: [...new Set(input.products)],
        territory: validTerritory('territory', input.territory),
        executedOn: assertIsoDate({ field: 'executedOn', value: input.executedOn }),
        documentRef,
        termFrom,
        termTo,
      };
      if (values.executedOn > ctx.today) {
        throw new BadInputError('executedOn', 'cannot be in the future');
      }
      const repository = manager.getRepository(TrademarkLicenceEntity);
      const licence = await repository.save(
        repository.create({ ...values, createdBy: ctx.user.id }),
      );
      return {
        result: licence,
        audit: {
          operation: 'grantTrademarkLicence',
          entity: 'TrademarkLicence',
          entityId: licence.id,
          before: null,
          after: values,
        },
      };
    },
    keyedByRow(ctx, 'grantTrademarkLicense', input, 'TrademarkLicence'),
  );
}

const LICENCE_ORDER: Record<TrademarkLicenceOrderField, SortKey<TrademarkLicenceEntity>> = {
  EXECUTED_ON: { column: 'l.executed_on', valueOf: (l) => l.executedOn },
  DOCUMENT_REF: { column: 'l.document_ref', valueOf: (l) => l.documentRef },
};

/** The licences the caller's party granted, or, for the JV, holds. */
export function listTrademarkLicences(
  ctx: SignedInContext,
  page: PageRequest,
  orderBy?: OrderRequest<TrademarkLicenceOrderField> | null,
): Promise<Page<TrademarkLicenceEntity>> {
  return paginate(
    visibleQuery(ctx.db.manager, 'TrademarkLicence', 'l', ctx.user.party),
    page,
    keysetOrder(
      LICENCE_ORDER,
      { column: 'l.id', valueOf: (l) => l.id },
      orderBy ?? { field: 'EXECUTED_ON', direction: 'DESC' },
    ),
  );
}
