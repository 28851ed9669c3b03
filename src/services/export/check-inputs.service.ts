import type { EntityManager } from 'typeorm';
import type { CheckItemInput } from '../../domain/export';
import { ExportLicenceEntity, ItemClassificationEntity } from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import type { CheckItem } from '../../rules/export/check-composition';
import { assertEccn } from '../../rules/export/eccn';
import {
  classificationKindsVisibleTo,
  involvesTechnology,
} from '../../rules/export/technology-items';

/** What a check is about, loaded: its items (classified or given by ECCN) and the licences on file. */

export async function resolveItems(
  manager: EntityManager,
  party: string,
  items: CheckItemInput[],
): Promise<CheckItem[]> {
  const ids = items.flatMap((item) => (item.classificationId ? [item.classificationId] : []));
  // One query for every classified item, limited to the kinds the party may see (TIC 2.8).
  const classifications = ids.length
    ? await manager
        .getRepository(ItemClassificationEntity)
        .createQueryBuilder('c')
        .where('c.id IN (:...ids)', { ids })
        .andWhere('c.item_kind IN (:...kinds)', { kinds: classificationKindsVisibleTo({ party }) })
        .getMany()
    : [];
  return items.map((item, index): CheckItem => {
    const field = `items[${index}]`;
    if (Boolean(item.classificationId) === Boolean(item.eccn)) {
      throw new BadInputError(field, 'give either a classificationId or an eccn');
    }
    const relatedEccn = item.relatedEccn
      ? assertEccn({ field: `${field}.relatedEccn`, value: item.relatedEccn })
      : undefined;
    if (item.classificationId) {
      const classification = classifications.find((c) => c.id === item.classificationId);
      if (!classification) throw new NotFoundError('Classification', item.classificationId);
      return {
        label: `${classification.itemKind} ${classification.itemRef}`,
        eccn: classification.eccn,
        relatedEccn,
        kind: classification.itemKind,
        technology:
          involvesTechnology({ itemKind: classification.itemKind, eccn: classification.eccn }) ||
          involvesTechnology({ eccn: classification.eccn }),
      };
    }
    const eccn = assertEccn({ field: `${field}.eccn`, value: item.eccn });
    const technology = involvesTechnology({ itemKind: item.itemKind, eccn });
    return {
      label: item.description?.trim() || eccn,
      eccn,
      relatedEccn,
      // An E (technology) ECCN is Technology whatever label it was given (TIC 1.15, 12.2).
      kind:
        technology && (!item.itemKind || item.itemKind === 'PRODUCT')
          ? 'TECHNOLOGY'
          : (item.itemKind ?? 'PRODUCT'),
      technology,
    };
  });
}

export /** The licences a check may rely on, and show: Valence's all, the others' those covering them. */
async function licencesCovering(
  manager: EntityManager,
  party: string,
): Promise<ExportLicenceEntity[]> {
  const query = manager
    .getRepository(ExportLicenceEntity)
    .createQueryBuilder('l')
    .orderBy('l.number');
  if (party !== 'VALENCE') query.where(':party = ANY(l.covered_parties)', { party });
  return query.getMany();
}
