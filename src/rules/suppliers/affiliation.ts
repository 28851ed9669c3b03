import type { PartyCode } from '../../domain/parties';
import type { Affiliation } from '../../domain/suppliers';

/** A company of the register: a supplier, a company in its ownership, or one of the parties. */
export interface Company {
  id: string;
  name: string;
  partyCode: PartyCode | null;
}

/** Who holds what in whom, and the powers that come with it, as recorded. */
export interface OwnershipLink {
  holderId: string;
  heldId: string;
  /** Share of the registered capital or voting stock, in percent; null when not recorded. */
  sharePercent: number | null;
  appointsGeneralManager: boolean;
  appointsBoardMajority: boolean;
  /** In effect from this day (null: since before any date asked about). */
  from: string | null;
  /** No longer in effect from this day (null: still in effect). */
  endedOn: string | null;
}

/** One link of a chain of control, with the names, for the message. */
export interface ControlStep {
  holderId: string;
  holder: string;
  heldId: string;
  held: string;
  sharePercent: number | null;
  appointsGeneralManager: boolean;
  appointsBoardMajority: boolean;
}

export interface AffiliationResult {
  affiliation: Affiliation;
  /** The links through which control runs, from the controlling company down. */
  chain: ControlStep[];
  message: string;
}

export const AFFILIATE_ARTICLE = 'TIC 1.1; JVC Art. 2';

/**
 * Whether a company is Fengfan or a Fengfan Affiliate on a day, and through which chain.
 *
 * JVC Art. 2 (Affiliate of Party A): an entity which directly or indirectly controls, or is
 * controlled by, Fengfan; control is ownership of 50% or more of the registered capital or
 * voting stock, or the power to appoint the general manager (or other principal person in
 * charge). TIC 1.1 adds entities under common control with the Party (control: the power to
 * direct management and policies through an equity interest — a board majority is that power)
 * and counts an entity as an Affiliate only while the control exists, so links are read as in
 * effect on `asOf`. Indirect control runs through companies already controlled: their shares
 * in a company add up, and any of them holding an appointing power controls it.
 *
 * A company with no holder on record cannot be judged: UNKNOWN, never NONE.
 */
export function fengfanAffiliation({
  companies,
  links,
  companyId,
  asOf,
}: {
  companies: readonly Company[];
  links: readonly OwnershipLink[];
  companyId: string;
  asOf: string;
}): AffiliationResult {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const subject = name(companyId);
  const inEffect = links.filter(
    (l) => (l.from === null || l.from <= asOf) && (l.endedOn === null || asOf < l.endedOn),
  );
  const fengfan = companies.find((c) => c.partyCode === 'FENGFAN');
  if (byId.get(companyId)?.partyCode === 'FENGFAN') {
    return {
      affiliation: 'IS_FENGFAN',
      chain: [],
      message: `${subject} is Fengfan itself`,
    };
  }
  if (fengfan) {
    const down = controlledBy(fengfan.id, inEffect, name);
    const toSubject = down.get(companyId);
    if (toSubject) {
      return {
        affiliation: 'CONTROLLED_BY_FENGFAN',
        chain: toSubject,
        message: `${describeChain(companyId, toSubject, name)}: Fengfan controls ${subject}`,
      };
    }
    const up = controlledBy(companyId, inEffect, name).get(fengfan.id);
    if (up) {
      return {
        affiliation: 'CONTROLS_FENGFAN',
        chain: up,
        message: `${subject} controls Fengfan: ${describeChain(fengfan.id, up, name)}`,
      };
    }
    const holders = [...new Set(inEffect.map((l) => l.holderId))].filter(
      (id) => id !== companyId && id !== fengfan.id,
    );
    for (const holder of holders) {
      const controlled = controlledBy(holder, inEffect, name);
      const a = controlled.get(fengfan.id);
      const b = controlled.get(companyId);
      if (a && b) {
        return {
          affiliation: 'COMMON_CONTROL',
          chain: unique([...a, ...b]),
          message:
            `${subject} is under common control with Fengfan: ${name(holder)} controls both ` +
            `(${describeChain(companyId, b, name)}; ${describeChain(fengfan.id, a, name)})`,
        };
      }
    }
  }
  const own = inEffect.filter((l) => l.heldId === companyId);
  if (own.length === 0) {
    return {
      affiliation: 'UNKNOWN',
      chain: [],
      message: `No holder of ${subject} is on record on ${asOf}: whether Fengfan controls it cannot be told`,
    };
  }
  return {
    affiliation: 'NONE',
    chain: [],
    message:
      `${subject} is neither controlled by Fengfan, nor controls it, nor is under common ` +
      `control with it on ${asOf} (holders on record: ${own.map((l) => describeLink(l, name)).join('; ')})`,
  };
}

/**
 * Every company `root` controls, directly or indirectly, with the chain of links from `root`
 * down to it: repeated until nothing new is controlled (a cycle of holdings ends too).
 */
function controlledBy(
  root: string,
  links: readonly OwnershipLink[],
  name: (id: string) => string,
): Map<string, ControlStep[]> {
  const controlled = new Map<string, ControlStep[]>([[root, []]]);
  const targets = [...new Set(links.map((l) => l.heldId))];
  let changed = true;
  while (changed) {
    changed = false;
    for (const target of targets) {
      if (controlled.has(target)) continue;
      const incoming = links.filter((l) => l.heldId === target && controlled.has(l.holderId));
      if (incoming.length === 0) continue;
      const step = (l: OwnershipLink) => [...controlled.get(l.holderId)!, toStep(l, name)];
      const appointing = incoming.find((l) => l.appointsGeneralManager || l.appointsBoardMajority);
      const share = incoming.reduce((sum, l) => sum + (l.sharePercent ?? 0), 0);
      if (appointing) {
        controlled.set(target, step(appointing));
      } else if (share >= 50) {
        controlled.set(target, unique(incoming.flatMap(step)));
      } else {
        continue;
      }
      changed = true;
    }
  }
  controlled.delete(root);
  return controlled;
}

function toStep(l: OwnershipLink, name: (id: string) => string): ControlStep {
  return {
    holderId: l.holderId,
    holder: name(l.holderId),
    heldId: l.heldId,
    held: name(l.heldId),
    sharePercent: l.sharePercent,
    appointsGeneralManager: l.appointsGeneralManager,
    appointsBoardMajority: l.appointsBoardMajority,
  };
}

function unique(steps: ControlStep[]): ControlStep[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = `${s.holderId}>${s.heldId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "60% owned by Fengfan Holdings", "20% owned by X, which appoints its general manager". */
function describeLink(
  l: Pick<
    OwnershipLink,
    'holderId' | 'sharePercent' | 'appointsGeneralManager' | 'appointsBoardMajority'
  >,
  name: (id: string) => string,
): string {
  const holder = name(l.holderId);
  const owned =
    l.sharePercent !== null ? `${l.sharePercent}% owned by ${holder}` : `held by ${holder}`;
  const powers = [
    l.appointsGeneralManager ? 'appoints its general manager' : null,
    l.appointsBoardMajority ? 'appoints a majority of its board' : null,
  ].filter((p): p is string => p !== null);
  return powers.length ? `${owned}, which ${powers.join(' and ')}` : owned;
}

/** The chain read upward from `bottom`: "X is 60% owned by A; A is 100% owned by B". */
function describeChain(
  bottom: string,
  chain: readonly ControlStep[],
  name: (id: string) => string,
): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  let level = [bottom];
  while (level.length > 0) {
    const next: string[] = [];
    for (const held of level) {
      if (seen.has(held)) continue;
      seen.add(held);
      const into = chain.filter((s) => s.heldId === held);
      if (into.length === 0) continue;
      parts.push(`${name(held)} is ${into.map((s) => describeLink(s, name)).join(' and ')}`);
      next.push(...into.map((s) => s.holderId));
    }
    level = next;
  }
  return parts.join('; ');
}
