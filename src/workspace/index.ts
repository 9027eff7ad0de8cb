import { getSetting, glossaryVersion, isPostgresUrl, loadGlossary, openDatabase, saveGlossaryEntries, setSetting, type Db, type OpenOptions } from '../db/index.js';
import { defaultGlossary, TermMatcher } from '../glossary/index.js';
import { checkNotBeingRestored, hold, release, type HolderRole } from './holders.js';

/**
 * A workspace: the database plus what a new one starts with. The shipped glossary is
 * loaded once, into a new workspace; after that the editors own it.
 */
export function openWorkspace(path: string, options: OpenOptions & { role?: HolderRole } = {}): Db {
  // a file on this machine: who holds it matters to `hizala restore`; a server database has its own locks
  const file = path !== ':memory:' && !isPostgresUrl(path);
  if (file) checkNotBeingRestored(path);
  const db = openDatabase(path, options);
  if (file) {
    // who has it open, for `hizala restore` (holders.ts); the note goes with the connection
    hold(path, options.role ?? 'cli');
    const close = db.close.bind(db);
    db.close = () => {
      release(path);
      return close();
    };
  }
  if (!options.readonly && getSetting(db, 'default_glossary_loaded') === undefined) {
    db.transaction(() => {
      saveGlossaryEntries(db, defaultGlossary());
      setSetting(db, 'default_glossary_loaded', new Date().toISOString());
    })();
  }
  return db;
}

const matchers = new WeakMap<Db, { version: number; matcher: TermMatcher }>();

/** The term matcher of the workspace glossary, rebuilt only when the glossary changed. */
export function workspaceMatcher(db: Db): TermMatcher {
  const version = glossaryVersion(db);
  const cached = matchers.get(db);
  if (cached && cached.version === version) return cached.matcher;
  const matcher = new TermMatcher(loadGlossary(db));
  matchers.set(db, { version, matcher });
  return matcher;
}
