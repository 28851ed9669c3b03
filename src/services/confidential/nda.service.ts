import { In, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import type { NdaKind } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import {
  NdaFormApprovalEntity,
  NdaFormEntity,
  NondisclosureAgreementEntity,
  UserEntity,
} from '../../entities';
import { BadInputError, ConflictError, NotFoundError } from '../../errors';
import { ndaCovers, type SignedAgreement } from '../../rules/confidential/nda-coverage';
import { assertIsoDate } from '../../rules/iso-date';
import { keyed } from '../idempotency';
import { mapPage, paginate, type Page, type PageRequest } from '../pagination';
import { mutate } from '../transaction';

export interface NdaFormView {
  form: NdaFormEntity;
  approvedBy: PartyCode[];
}

/** The parties that approved each of the forms, in party order, in one statement. */
async function approvalsOf(
  manager: Pick<EntityManager, 'getRepository'>,
  formIds: readonly string[],
): Promise<Map<string, PartyCode[]>> {
  const byForm = new Map<string, PartyCode[]>(formIds.map((id) => [id, []]));
  if (formIds.length === 0) return byForm;
  const approvals = await manager.getRepository(NdaFormApprovalEntity).find({
    where: { formId: In([...formIds]) },
    order: { partyCode: 'ASC' },
  });
  for (const approval of approvals) byForm.get(approval.formId)?.push(approval.partyCode);
  return byForm;
}

async function formView(manager: EntityManager, id: string): Promise<NdaFormView> {
  const form = await manager.getRepository(NdaFormEntity).findOneBy({ id });
  if (!form) throw new NotFoundError('NdaForm', id);
  return { form, approvedBy: (await approvalsOf(manager, [id])).get(id) ?? [] };
}

/** A party registers a form its own staff sign (TIC 8.1(ii); the JV's undertaking, JVC Art. 98). */
export function registerNdaForm(
  ctx: SignedInContext,
  input: { kind: NdaKind; title: string; reference: string; idempotencyKey?: string | null },
): Promise<NdaFormView> {
  return mutate(
    ctx,
    async (manager) => {
      if (input.kind === 'JV_UNDERTAKING' && ctx.user.party !== 'JV') {
        throw new BadInputError(
          'kind',
          'the confidentiality undertaking is signed by the JV company’s staff (JVC Art. 98)',
        );
      }
      const { identifiers } = await manager.getRepository(NdaFormEntity).insert({
        partyCode: ctx.user.party,
        kind: input.kind,
        title: input.title,
        reference: input.reference,
        registeredBy: ctx.user.id,
      });
      const id = (identifiers[0] as { id: string }).id;
      return {
        result: await formView(manager, id),
        audit: {
          operation: 'registerNdaForm',
          entity: 'NdaForm',
          entityId: id,
          before: null,
          after: { kind: input.kind, title: input.title, reference: input.reference },
        },
      };
    },
    keyed('registerNdaForm', input, (view) => view.form.id, formView),
  );
}

/** The disclosing party finds a form satisfactory (TIC 8.1(ii)); a Party accepts the undertaking. */
export function approveNdaForm(ctx: SignedInContext, formId: string): Promise<NdaFormView> {
  return mutate(ctx, async (manager) => {
    const { form } = await formView(manager, formId);
    assertMay(ctx, 'ndaForm.approve', form);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO nda_form_approval (form_id, party_code, approved_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING form_id`,
      [form.id, ctx.user.party, ctx.user.id],
    );
    if (inserted.length === 0) {
      throw new ConflictError(`${ctx.user.party} has already approved this form`, 'TIC 8.1(ii)');
    }
    return {
      result: await formView(manager, form.id),
      audit: {
        operation: 'approveNdaForm',
        entity: 'NdaForm',
        entityId: form.id,
        before: null,
        after: { approvedBy: ctx.user.party },
      },
    };
  });
}

/** A party records that one of its own users executed an agreement on one of its forms. */
export function recordNondisclosureAgreement(
  ctx: SignedInContext,
  input: { userId: string; formId: string; executedOn: string; idempotencyKey?: string | null },
): Promise<NondisclosureAgreementEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user) throw new NotFoundError('User', input.userId);
      assertMay(ctx, 'user.recordNda', user);
      const { form } = await formView(manager, input.formId);
      if (form.partyCode !== user.partyCode) {
        throw new BadInputError(
          'formId',
          `is a form of ${form.partyCode}, not of the user’s party`,
        );
      }
      const executedOn = assertIsoDate({ field: 'executedOn', value: input.executedOn });
      if (executedOn > ctx.today) {
        throw new BadInputError('executedOn', `must not be after today (${ctx.today})`);
      }
      const repository = manager.getRepository(NondisclosureAgreementEntity);
      const saved = await repository.save(
        repository.create({
          userId: user.id,
          formId: form.id,
          executedOn,
          recordedBy: ctx.user.id,
        }),
      );
      // The user's NDA status (`me.ndaExecutedAt`): the first agreement they executed.
      await manager.query(
        `UPDATE app_user SET nda_executed_at = LEAST(coalesce(nda_executed_at, $2::timestamptz), $2::timestamptz)
         WHERE id = $1`,
        [user.id, executedOn],
      );
      return {
        result: saved,
        audit: {
          operation: 'recordNondisclosureAgreement',
          entity: 'NondisclosureAgreement',
          entityId: saved.id,
          before: null,
          after: { userId: user.id, formId: form.id, executedOn },
        },
      };
    },
    keyed(
      'recordNondisclosureAgreement',
      input,
      (row) => row.id,
      (manager, id) => manager.getRepository(NondisclosureAgreementEntity).findOneByOrFail({ id }),
    ),
  );
}

/** Each user's executed agreements with the parties that approved their forms, in one statement. */
export async function agreementsOf(
  manager: Pick<EntityManager, 'query'>,
  userIds: readonly string[],
): Promise<Map<string, SignedAgreement[]>> {
  const rows: Array<{ user_id: string; kind: NdaKind; approved_by: PartyCode[] }> =
    userIds.length === 0
      ? []
      : await manager.query(
          `SELECT a.user_id, f.kind,
                  coalesce(array_agg(ap.party_code) FILTER (WHERE ap.party_code IS NOT NULL), '{}')
                    AS approved_by
             FROM nondisclosure_agreement a
             JOIN nda_form f ON f.id = a.form_id
             LEFT JOIN nda_form_approval ap ON ap.form_id = f.id
            WHERE a.user_id = ANY($1::uuid[])
            GROUP BY a.id, a.user_id, f.kind`,
          [userIds],
        );
  const byUser = new Map<string, SignedAgreement[]>(userIds.map((id) => [id, []]));
  for (const row of rows) {
    byUser.get(row.user_id)?.push({ kind: row.kind, approvedBy: row.approved_by });
  }
  return byUser;
}

/**
 * Whether one user's agreements on record cover the information of `disclosingParty` (TIC
 * 8.1(ii); JVC Art. 98): the judgement a grant and a reveal both rest on.
 */
export async function ndaCoverageOf(
  manager: Pick<EntityManager, 'query'>,
  user: { id: string; party: PartyCode },
  disclosingParty: PartyCode,
): Promise<ReturnType<typeof ndaCovers>> {
  const agreements = (await agreementsOf(manager, [user.id])).get(user.id) ?? [];
  return ndaCovers({ userParty: user.party, disclosingParty, agreements });
}

/**
 * The forms on record, every party's, newest first: a disclosing party must see the forms the
 * other parties' staff sign to approve them (TIC 8.1(ii)); a form holds no confidential content.
 */
export async function listNdaForms(
  ctx: SignedInContext,
  filter: { partyCode?: PartyCode | null },
  page: PageRequest,
): Promise<Page<NdaFormView>> {
  const query = ctx.db.getRepository(NdaFormEntity).createQueryBuilder('form');
  if (filter.partyCode) query.where('form.party_code = :party', { party: filter.partyCode });
  const forms = await paginate(query, page, {
    column: [`date_trunc('milliseconds', form.registered_at)`, 'form.id'],
    direction: 'DESC',
    valueOf: (f) => [f.registeredAt.toISOString(), f.id],
  });
  const approvals = await approvalsOf(
    ctx.db.manager,
    forms.nodes.map((f) => f.id),
  );
  return mapPage(forms, (form) => ({ form, approvedBy: approvals.get(form.id) ?? [] }));
}
