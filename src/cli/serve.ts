import { fileURLToPath } from 'node:url';
import { countDocuments, redactUrl } from '../db/index.js';
import { hasAccounts } from '../app/accounts.js';
import { openWorkspace as openDatabase } from '../workspace/index.js';
import { importDocumentPair } from '../documents/index.js';
import { startServer } from '../server/index.js';
import { dbPathOf, osUser, stringOption, UsageError, type Command } from './command.js';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
const DEMO_EN = fileURLToPath(new URL('../../demo/caspian-ports.en.md', import.meta.url));
const DEMO_TR = fileURLToPath(new URL('../../demo/caspian-ports.tr.md', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the editor and the HTTP API',
  usage: `hizala serve [--host 127.0.0.1] [--port 8787] [--allowed-host NAME …] [--team] [--demo] [--db PATH]

Serves the editor and /api on http://HOST:PORT (loopback by default). On any other
address it refuses to start without HIZALA_TOKEN, and then every API call needs it
(Authorization: Bearer TOKEN).
--allowed-host NAME  a name the server answers to besides HOST (repeatable; also
                     HIZALA_ALLOWED_HOSTS, comma-separated): the machine's name or
                     address, or the public name behind a reverse proxy; NAME:PORT
                     for that port only (docs/security.md)
--author NAME        who the changes made in the editor are by, when the browser names
                     nobody (default: the user running the server)
--team               a team server: every page and API call needs a signed-in account
                     (hizala user add NAME --role admin --password-stdin), revisions are
                     by the signed-in user, roles decide who may review; no token needed
                     off loopback (put it behind TLS: the session cookie is then Secure)
--demo   import the shipped demo analysis pair when the workspace has no documents`,
  options: { host: { type: 'string' }, port: { type: 'string' }, demo: { type: 'boolean' }, team: { type: 'boolean' }, 'allowed-host': { type: 'string', multiple: true }, author: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError('serve takes no arguments');
    const portText = stringOption(values, 'port') ?? process.env.PORT ?? '8787';
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${portText}"`);
    const host = stringOption(values, 'host') ?? '127.0.0.1';
    const allowedHosts = [...((values['allowed-host'] as unknown as string[] | undefined) ?? []), ...(process.env.HIZALA_ALLOWED_HOSTS ?? '').split(',')]
      .map((h) => h.trim())
      .filter(Boolean);
    for (const name of allowedHosts) if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(name)) throw new UsageError(`--allowed-host "${name}" is not a host name, address or name:port`);
    const dbPath = dbPathOf(values);
    const db = openDatabase(dbPath, { role: 'server' });
    const team = values.team === true;
    if (team && !hasAccounts(db)) {
      db.close();
      throw new UsageError('a team server needs an account to sign in with first: hizala user add NAME --role admin --password-stdin');
    }
    if (values.demo && countDocuments(db) === 0) {
      const result = importDocumentPair(db, { source: { path: DEMO_EN }, target: { path: DEMO_TR } });
      process.stderr.write(`imported the demo analysis as document ${result.id}\n`);
    }
    const token = team ? undefined : process.env.HIZALA_TOKEN || undefined; // on a team server sessions do the token's work
    let server;
    try {
      server = await startServer({ db, host, port: Number(portText), webRoot: WEB_ROOT, team, ...(token ? { token } : {}), allowedHosts, author: stringOption(values, 'author') ?? osUser() });
    } catch (err) {
      db.close();
      throw err;
    }
    process.stderr.write(`Hizala is serving ${server.url} (database ${redactUrl(dbPath)}${team ? ', team server: sign in with an account' : ''}); Ctrl+C stops it\n`);
    if (token) process.stderr.write(`Every API call needs the token (HIZALA_TOKEN); open ${server.url}/?token=… once in the browser\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    db.close();
    return 0;
  },
};
