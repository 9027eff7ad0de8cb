import type { PairStatus } from '../model/pair.js';
import type { Actor, Role } from '../model/user.js';

/**
 * Who may do what on a team server. Translators translate: they edit, confirm (draft →
 * translated), comment and mend alignment. Reviewers also review (reviewed, final), own
 * the glossary and the TM, accept QA flags and change pairs already reviewed. Admins also
 * manage accounts and delete documents. Local use (role null) may do everything.
 */
export type Action =
  | 'read'
  | 'edit'
  | 'comment'
  | 'import-document'
  | 'review'
  | 'edit-reviewed'
  | 'accept-flag'
  | 'edit-glossary'
  | 'import-tm'
  | 'delete-document'
  | 'manage-users';

const TRANSLATOR: readonly Action[] = ['read', 'edit', 'comment', 'import-document'];
const REVIEWER: readonly Action[] = [...TRANSLATOR, 'review', 'edit-reviewed', 'accept-flag', 'edit-glossary', 'import-tm'];
const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  translator: new Set(TRANSLATOR),
  reviewer: new Set(REVIEWER),
  admin: new Set<Action>([...REVIEWER, 'delete-document', 'manage-users']),
};

/** What a refusal says, in words a user can act on. */
const DENIED: Record<Action, string> = {
  read: 'reading this workspace needs an account',
  edit: 'editing needs a translator, reviewer or admin account',
  comment: 'only its author, a reviewer or an admin can remove a comment',
  'import-document': 'importing documents needs an account',
  review: 'only a reviewer or an admin can set a pair reviewed or final',
  'edit-reviewed': 'this pair has been reviewed; only a reviewer or an admin can change it',
  'accept-flag': 'only a reviewer or an admin can accept a QA flag',
  'edit-glossary': 'only a reviewer or an admin can change the glossary',
  'import-tm': 'only a reviewer or an admin can import into the translation memory',
  'delete-document': 'only an admin can delete a document',
  'manage-users': 'only an admin can manage accounts',
};

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  constructor(
    readonly action: Action,
    message: string = DENIED[action],
  ) {
    super(message);
  }
}

export function may(actor: Actor, action: Action): boolean {
  return actor.role === null || ALLOWED[actor.role].has(action);
}

export function authorize(actor: Actor, action: Action): void {
  if (!may(actor, action)) throw new ForbiddenError(action);
}

/** Setting this status is reviewing it. */
export function isReviewStatus(status: PairStatus): boolean {
  return status === 'reviewed' || status === 'final';
}

/**
 * May `actor` change a pair now at `current` into `next`? Changing a reviewed or final
 * pair, or making one reviewed or final, is a reviewer's; anything else an editor's.
 */
export function authorizePairChange(actor: Actor, current: PairStatus, next: PairStatus | undefined): void {
  authorize(actor, 'edit');
  if (next !== undefined && next !== current && isReviewStatus(next)) authorize(actor, 'review');
  if (isReviewStatus(current)) authorize(actor, 'edit-reviewed');
}
