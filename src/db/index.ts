export { openDatabase, isPostgres, isBusy, whenUnlocked, statement, migrate, schemaVersion, defaultDbPath, DEFAULT_DB_PATH, type Db, type OpenOptions } from './open.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
export * from './documents.js';
export * from './pairs.js';
export * from './glossary.js';
export * from './comments.js';
export * from './acceptances.js';
export * from './users.js';
export { isPostgresUrl, redactUrl } from './pg/database.js';
