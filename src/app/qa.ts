import { acceptancesFor, acceptFlag, NotFoundError, requirePair, withdrawAcceptance, type Acceptance, type Db } from '../db/index.js';
import { pairFlags } from '../documents/flags.js';
import { syncPairToTm } from '../documents/tm-sync.js';
import type { Flag, FlagAcceptance } from '../model/flag.js';
import type { Actor } from '../model/user.js';
import { flagKey, markAccepted } from '../qa/index.js';
import { authorize } from './policy.js';

export interface AcceptRequest {
  check: string;
  side: 'src' | 'tgt';
  start: unknown;
  end: unknown;
  reason: string;
  scope: FlagAcceptance['scope'];
}

/**
 * Accept a flag of a pair as it is now ("this is fine"): a reviewer's decision. The flagged
 * text is read from the pair; the acceptance holds while that text is there.
 */
export function acceptPairFlag(db: Db, actor: Actor, pairId: number, request: AcceptRequest): { acceptance: Acceptance; flags: Flag[] } {
  authorize(actor, 'accept-flag');
  const pair = requirePair(db, pairId);
  const flags = pairFlags(db, pair);
  const flag = flags.find((f) => f.check === request.check && f.side === request.side && f.start === request.start && f.end === request.end);
  if (!flag) throw new NotFoundError(`pair ${pair.id} has no ${request.check} flag at ${String(request.start)}–${String(request.end)} of its ${request.side === 'src' ? 'source' : 'target'} (changed since?)`);
  const acceptance = acceptFlag(db, {
    scope: request.scope,
    pairId: pair.id,
    check: request.check,
    side: request.side,
    found: flagKey(flag, request.side === 'src' ? pair.source : pair.target),
    reason: request.reason.trim(),
    author: actor.name,
  });
  // the checks ran once: the flags are only marked again with the new acceptance
  const marked = markAccepted(flags, pair, acceptancesFor(db, pair.documentId));
  // a confirmed pair whose last open error this was enters the TM now
  syncPairToTm(db, pair, actor.name, marked);
  return { acceptance, flags: marked };
}

export function withdrawFlagAcceptance(db: Db, actor: Actor, pairId: number, acceptanceId: number): { flags: Flag[] } {
  authorize(actor, 'accept-flag');
  const pair = requirePair(db, pairId);
  if (!withdrawAcceptance(db, acceptanceId)) throw new NotFoundError(`no acceptance ${acceptanceId}`);
  return { flags: pairFlags(db, pair) };
}
