import { acceptanceById, acceptancesFor, acceptDocumentFinding, acceptFlag, documentHead, NotFoundError, requirePair, withdrawAcceptance, type Acceptance, type Db } from '../db/index.js';
import { documentFlags, pairFlags } from '../documents/flags.js';
import { syncPairToTm } from '../documents/tm-sync.js';
import type { Flag, FlagAcceptance } from '../model/flag.js';
import type { Actor } from '../model/user.js';
import { documentFlagKey, documentFlagSide, flagKey, markAccepted, type DocumentReport } from '../qa/index.js';
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

/**
 * Accept a finding about a whole document ("both spellings are right here"), a reviewer's
 * decision, keyed by the finding as it stands (`key`, from documentFlagKey): it holds while
 * the finding is the same. `computed`: the document's report if the caller has it.
 */
export function acceptDocumentFlag(db: Db, actor: Actor, documentId: number, request: { check: string; key: string; reason: string }, computed?: DocumentReport): { acceptance: Acceptance } {
  authorize(actor, 'accept-flag');
  documentHead(db, documentId);
  const finding = documentFlags(db, documentId, computed).document.find((d) => d.check === request.check && documentFlagKey(d) === request.key);
  if (!finding) throw new NotFoundError(`document ${documentId} has no ${request.check} finding like that (changed since?)`);
  const acceptance = acceptDocumentFinding(db, { documentId, check: request.check, side: documentFlagSide(finding), found: request.key, reason: request.reason.trim(), author: actor.name });
  return { acceptance };
}

/** Withdraw the acceptance of a document-level finding. */
export function withdrawDocumentAcceptance(db: Db, actor: Actor, documentId: number, acceptanceId: number): { withdrawn: number } {
  authorize(actor, 'accept-flag');
  const acceptance = acceptanceById(db, acceptanceId);
  if (!acceptance || acceptance.documentId !== documentId || acceptance.pairId !== null) throw new NotFoundError(`no acceptance ${acceptanceId} of document ${documentId}`);
  withdrawAcceptance(db, acceptanceId);
  return { withdrawn: acceptanceId };
}

export function withdrawFlagAcceptance(db: Db, actor: Actor, pairId: number, acceptanceId: number): { flags: Flag[] } {
  authorize(actor, 'accept-flag');
  const pair = requirePair(db, pairId);
  if (!withdrawAcceptance(db, acceptanceId)) throw new NotFoundError(`no acceptance ${acceptanceId}`);
  return { flags: pairFlags(db, pair) };
}
