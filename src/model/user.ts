/** Roles on a team server (hizala serve --team). What each may do: src/app/policy.ts. */
export const ROLES = ['translator', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is doing something. `role` null: local use (no accounts), where the person at the
 * keyboard may do everything and `name` is only the author written on revisions.
 */
export interface Actor {
  name: string | null;
  role: Role | null;
}

/** GET /api/session: who the editor is signed in as; `team` false on a local server. */
export interface SessionInfo {
  team: boolean;
  user: string | null;
  role: Role | null;
}
