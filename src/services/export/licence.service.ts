import type { EntityManager } from 'typeorm';
import { visibleQuery } from '../../auth/visibility';
import type { SignedInContext } from '../../auth/context';
import type { PartyCode } from '../../domain/parties';
import { ExportLicenceEntity } from '../../entities';
import { BadInputError, ConflictError, NotFoundError } from '../../errors';
import { assertDestination } from '../../rules/export/destination';
import { assertEccn } from '../../rules/export/eccn';
import { normaliseLicenceNumber } from '../../rules/export/licence-number';
import { assertIsoDate } from '../../rules/iso-date';
import type { ExportLicenceOrderField } from '../../domain/ordering';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { mutate } from '../transaction';
import { keyedByRow } from '../idempotency';

export interface LicenceInput {
  number: string;
  agency: ExportLicenceEntity['agency'];
  eccns: string[];
  destinations: string[];
  consignees: string[];
  endUsers: string[];
  coveredParties: PartyCode[];
  validFrom: string;
  validTo: string;
  conditions: string;
}

function validated(input: LicenceInput) {
  const validFrom = assertIsoDate({ field: 'validFrom', value: input.validFrom });
  const validTo = assertIsoDate({ field: 'validTo', value: input.validTo });
  if (validTo < validFrom) throw new BadInputError('validTo', 'must not be before validFrom');
  const number = normaliseLicenceNumber(input.number);
  if (number === '') throw new BadInputError('number', 'must not be blank');
  if (input.eccns.length === 0) throw new BadInputError('eccns', 'name at least one ECCN');
  if (input.destinations.length === 0)
    throw new BadInputError('destinations', 'name at least one destination');
  return {
    number,
    agency: input.agency,
    eccns: input.eccns.map((e, i) => assertEccn({ field: `eccns[${i}]`, value: e })),
    destinations: input.destinations.map((d, i) =>
      assertDestination({ field: `destinations[${i}]`, value: d }),
    ),
    consignees: input.consignees.map((c) => c.trim()),
    endUsers: input.endUsers.map((c) => c.trim()),
    coveredParties: [...new Set(input.coveredParties)],
    validFrom,
    validTo,
    conditions: input.conditions,
  };
}

/** Valence COMPLIANCE records an export licence it obtained (TIC 4.1). */
export function createExportLicence(
  ctx: SignedInContext,
  input: LicenceInput & { idempotencyKey?: string | null },
): Promise<ExportLicenceEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const repository = manager.getRepository(ExportLicenceEntity);
      const values = validated(input);
      await lockNumber(manager, values.number);
      if (await repository.existsBy({ number: values.number })) {
        throw new ConflictError(`Licence ${values.number} is already on file`);
      }
      const licence = await repository.save(
        repository.create({ ...values, createdBy: ctx.user.id }),
      );
      return {
        result: licence,
        audit: {
          operation: 'createExportLicence',
          entity: 'ExportLicence',
          entityId: licence.id,
          before: null,
          after: values,
        },
      };
    },
    keyedByRow(ctx, 'createExportLicense', input, 'ExportLicence'),
  );
}

/** Amends a licence on file (an extension, an added consignee), keeping the trail. */
export function updateExportLicence(
  ctx: SignedInContext,
  id: string,
  input: LicenceInput,
): Promise<ExportLicenceEntity> {
  return mutate(ctx, async (manager) => {
    const repository = manager.getRepository(ExportLicenceEntity);
    const before = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw new NotFoundError('ExportLicence', id);
    const values = validated(input);
    await lockNumber(manager, values.number);
    const taken = await repository
      .createQueryBuilder('l')
      .where('l.number = :number AND l.id <> :id', { number: values.number, id })
      .getExists();
    if (taken) throw new ConflictError(`Licence ${values.number} is already on file`);
    const after = await repository.save({ ...before, ...values });
    return {
      result: after,
      audit: {
        operation: 'updateExportLicence',
        entity: 'ExportLicence',
        entityId: id,
        before,
        after,
      },
    };
  });
}

/**
 * Serialises the writers of one licence number until their transactions end, so that two
 * concurrent requests cannot both find the number free.
 */
async function lockNumber(manager: EntityManager, number: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`export_licence:${number}`]);
}

export interface LicenceFilter {
  /** Only the licences valid on `asOf` whose validity ends within this many days of it. */
  expiringWithinDays?: number | null;
  /** The day the validity window is judged on (default today). */
  asOf?: string | null;
}

const LICENCE_ORDER: Record<ExportLicenceOrderField, SortKey<ExportLicenceEntity>> = {
  NUMBER: { column: 'l.number', valueOf: (l) => l.number },
  VALID_TO: { column: 'l.valid_to', valueOf: (l) => l.validTo },
};

/** Valence reads every licence; the others the licences that cover them. */
export function listExportLicences(
  ctx: SignedInContext,
  filter: LicenceFilter,
  page: PageRequest,
  orderBy?: OrderRequest<ExportLicenceOrderField> | null,
): Promise<Page<ExportLicenceEntity>> {
  const query = visibleQuery(ctx.db.manager, 'ExportLicence', 'l', ctx.user.party);
  if (filter.expiringWithinDays != null) {
    const days = filter.expiringWithinDays;
    if (!Number.isInteger(days) || days < 0 || days > 3660) {
      throw new BadInputError('filter.expiringWithinDays', 'must be a whole number from 0 to 3660');
    }
    const asOf = filter.asOf
      ? assertIsoDate({ field: 'filter.asOf', value: filter.asOf })
      : ctx.today;
    // In force on the day (TIC 4.1: a licence covers exports within its validity) and ending
    // within the window.
    query.andWhere(
      `l.valid_from <= CAST(:asOf AS date) AND l.valid_to >= CAST(:asOf AS date)
       AND l.valid_to <= CAST(:asOf AS date) + CAST(:days AS integer)`,
      { asOf, days },
    );
  }
  return paginate(
    query,
    page,
    keysetOrder(
      LICENCE_ORDER,
      { column: 'l.id', valueOf: (l) => l.id },
      orderBy ?? { field: 'NUMBER', direction: 'ASC' },
    ),
  );
}
