import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import type { MarkOrderField } from '../../domain/trademarks';
import {
  TrademarkEntity,
  TrademarkRegistrationEntity,
  TrademarkRenderingEntity,
} from '../../entities';
import { BadInputError, ConflictError } from '../../errors';
import { checkRegistration } from '../../rules/trademarks/protected-marks';
import { keyedByRow } from '../idempotency';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { shapedReader } from '../shaped-read/shaped-rows';
import { mutate } from '../transaction';
import { MARK_SHAPE } from './mark-shape';
import { checkMarkConflict } from './conflict.service';
import {
  matchColumns,
  validMark,
  validRegistration,
  type NewMark,
  type RegistrationInput,
} from './mark-input';

/**
 * Registers a mark of the caller's party. The conflict check runs first: a mark identical or
 * confusingly similar to another party's protected mark is refused unless that party's
 * express written consent is recorded with it (TIC 10.4; JVC Art. 50).
 */
export function registerMark(ctx: SignedInContext, input: NewMark): Promise<TrademarkEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const values = validMark(ctx.user.party, input);
      const registrations = (input.registrations ?? []).map((r, i) =>
        validRegistration(`registrations[${i}]`, r),
      );
      const renderings = (input.renderings ?? []).map((r, i) => ({
        kind: r.kind,
        language: r.language.trim(),
        ...matchColumns(`renderings[${i}].text`, r.text),
      }));
      if (values.consentParty === ctx.user.party) {
        throw new BadInputError('consent.party', 'is the consent of another party (TIC 10.4)');
      }
      await lockRegister(manager);
      const mine = await manager.getRepository(TrademarkEntity).existsBy({
        ownerParty: values.ownerParty,
        script: values.script,
        letters: values.letters,
      });
      if (mine)
        throw new ConflictError(`${values.ownerParty} already has the mark "${values.text}"`);
      const classes = registrations.flatMap((r) => r.niceClasses);
      const check = await checkMarkConflict(manager, {
        text: values.text,
        forParty: ctx.user.party,
        niceClasses: classes,
      });
      const gate = checkRegistration({ result: check, consentBy: values.consentParty });
      if (!gate.ok) raise(gate.refusal);
      const mark = await manager
        .getRepository(TrademarkEntity)
        .save(manager.getRepository(TrademarkEntity).create({ ...values, createdBy: ctx.user.id }));
      await saveChildren(manager, mark.id, registrations, renderings);
      return {
        result: mark,
        audit: {
          operation: 'registerMark',
          entity: 'Trademark',
          entityId: mark.id,
          before: null,
          after: { ...values, registrations, renderings, conflict: check.level },
        },
      };
    },
    keyedByRow(ctx, 'registerMark', input, 'Trademark'),
  );
}

/** The owner's LEGAL adds a national registration of its mark (TIC 10.4). */
export function addMarkRegistration(
  ctx: SignedInContext,
  input: RegistrationInput & { markId: string; idempotencyKey?: string | null },
): Promise<TrademarkRegistrationEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const mark = await findVisible(ctx, manager, 'Trademark', input.markId, { lock: true });
      assertMay(ctx, 'trademark.manage', mark);
      const values = validRegistration('input', input);
      const repository = manager.getRepository(TrademarkRegistrationEntity);
      if (await repository.existsBy({ country: values.country, number: values.number })) {
        throw new ConflictError(
          `Registration ${values.country} ${values.number} is already on file`,
          undefined,
          'number',
        );
      }
      const row = await repository.save(repository.create({ ...values, markId: mark.id }));
      return {
        result: row,
        audit: {
          operation: 'addMarkRegistration',
          entity: 'TrademarkRegistration',
          entityId: row.id,
          before: null,
          after: { ...values, markId: mark.id },
        },
      };
    },
    keyedByRow(ctx, 'addMarkRegistration', input, 'TrademarkRegistration'),
  );
}

/** Inserts a mark's registrations and renderings (also used by the seed). */
export async function saveChildren(
  manager: EntityManager,
  markId: string,
  registrations: ReadonlyArray<Omit<TrademarkRegistrationEntity, 'id' | 'markId'>>,
  renderings: ReadonlyArray<Omit<TrademarkRenderingEntity, 'id' | 'markId'>>,
): Promise<void> {
  if (registrations.length > 0) {
    await manager
      .getRepository(TrademarkRegistrationEntity)
      .insert(registrations.map((r) => ({ ...r, markId })));
  }
  if (renderings.length > 0) {
    await manager
      .getRepository(TrademarkRenderingEntity)
      .insert(renderings.map((r) => ({ ...r, markId })));
  }
}

/** Registrations are checked against the register as it stands: one at a time. */
async function lockRegister(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('trademark-register'))`);
}

const MARK_ORDER: Record<MarkOrderField, SortKey<TrademarkEntity>> = {
  TEXT: { column: 'm.text', valueOf: (m) => m.text },
  OWNER: { column: 'm.owner_party', valueOf: (m) => m.ownerParty },
  CREATED_AT: {
    column: `date_trunc('milliseconds', m.created_at)`,
    valueOf: (m) => m.createdAt.toISOString(),
  },
};

/**
 * The register, filtered and ordered; with the query's `info`, each mark is read shaped by
 * its selection (only the columns asked, registrations and renderings in the same statement).
 */
export function listMarks(
  ctx: SignedInContext,
  filter: { owner?: PartyCode | null },
  page: PageRequest,
  orderBy?: OrderRequest<MarkOrderField> | null,
  info?: GraphQLResolveInfo,
): Promise<Page<TrademarkEntity>> {
  const query = visibleQuery(ctx.db.manager, 'Trademark', 'm', ctx.user.party);
  if (filter.owner) query.andWhere('m.owner_party = :owner', { owner: filter.owner });
  return paginate(
    query,
    page,
    keysetOrder(
      MARK_ORDER,
      { column: 'm.id', valueOf: (m) => m.id },
      orderBy ?? { field: 'TEXT', direction: 'ASC' },
    ),
    shapedReader(ctx, MARK_SHAPE, info, 'm'),
  );
}

export function getMark(ctx: SignedInContext, id: string): Promise<TrademarkEntity> {
  return findVisible(ctx, ctx.db.manager, 'Trademark', id);
}
