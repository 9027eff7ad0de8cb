import { describe, expect, it } from 'vitest';
import { authorizePairChange, ForbiddenError, may, type Action } from '../../src/app/policy.js';
import type { Actor } from '../../src/model/user.js';

const translator: Actor = { name: 'ayşe', role: 'translator' };
const reviewer: Actor = { name: 'rev', role: 'reviewer' };
const admin: Actor = { name: 'boss', role: 'admin' };
const local: Actor = { name: 'me', role: null };

describe('who may do what', () => {
  it('gives each role its own and the roles below it', () => {
    const table = (actor: Actor) => (['edit', 'review', 'edit-reviewed', 'accept-flag', 'edit-glossary', 'import-tm', 'delete-document', 'manage-users'] as Action[]).filter((a) => may(actor, a));
    expect(table(translator)).toEqual(['edit']);
    expect(table(reviewer)).toEqual(['edit', 'review', 'edit-reviewed', 'accept-flag', 'edit-glossary', 'import-tm']);
    expect(table(admin)).toEqual(['edit', 'review', 'edit-reviewed', 'accept-flag', 'edit-glossary', 'import-tm', 'delete-document', 'manage-users']);
    expect(table(local)).toEqual(table(admin)); // local use: no accounts, no limits
  });

  it('lets a translator move a pair between draft and translated only, and not touch a reviewed one', () => {
    expect(() => authorizePairChange(translator, 'draft', 'translated')).not.toThrow();
    expect(() => authorizePairChange(translator, 'translated', 'draft')).not.toThrow();
    expect(() => authorizePairChange(translator, 'translated', 'final')).toThrow(ForbiddenError);
    expect(() => authorizePairChange(translator, 'reviewed', undefined)).toThrow(/has been reviewed/);
    expect(() => authorizePairChange(reviewer, 'final', 'draft')).not.toThrow();
  });
});
