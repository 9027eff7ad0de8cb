import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { listPairs, listRevisions, openDatabase } from '../../src/db/index.js';
import { BIN, hizala, REPO } from '../helpers/cli.js';
import { newWorkspaceLocation } from '../helpers/store.js';

describe('hizala user', () => {
  it('adds, lists, changes and removes accounts, the password only from standard input', () => {
    const db = newWorkspaceLocation();
    const add = hizala(['user', 'add', 'ayşe', '--role', 'translator', '--password-stdin', '--db', db], { input: 'uzun bir parola 1\n' });
    expect(add).toMatchObject({ status: 0, stdout: '' });
    expect(add.stderr).toBe('added ayşe (translator)\n');
    expect(hizala(['user', 'add', 'rev', '--role', 'reviewer', '--password-stdin', '--db', db], { input: 'reviewer password 1\n' }).status).toBe(0);
    const list = hizala(['user', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'ayşe', role: 'translator' }), expect.objectContaining({ name: 'rev', role: 'reviewer' })]);
    expect(list.stdout).not.toMatch(/scrypt|password/i);
    expect(hizala(['user', 'role', 'ayşe', '--role', 'reviewer', '--db', db]).status).toBe(0);
    expect(hizala(['user', 'passwd', 'ayşe', '--password-stdin', '--db', db], { input: 'yeni parola 2222\n' }).status).toBe(0);
    expect(hizala(['user', 'remove', 'rev', '--db', db]).status).toBe(0);
    expect(hizala(['user', 'list', '--db', db]).stdout).toMatch(/^ayşe\treviewer\t\S+\n$/);
  });

  it('refuses a missing --password-stdin, a short password, an unknown role or user with exit 2 and the reason', () => {
    const db = newWorkspaceLocation();
    const cases: [string[], string | undefined, RegExp][] = [
      [['user', 'add', 'ali', '--role', 'translator'], undefined, /--password-stdin/],
      [['user', 'add', 'ali', '--role', 'translator', '--password-stdin'], 'short\n', /at least 10 characters/],
      [['user', 'add', 'ali', '--role', 'owner', '--password-stdin'], 'long enough 1\n', /role must be one of translator, reviewer, admin/],
      [['user', 'add', 'ali', '--role', 'translator', '--password-stdin'], '', /no password on standard input/],
      [['user', 'remove', 'nobody'], undefined, /no user "nobody"/],
      [['user', 'frobnicate'], undefined, /unknown user command "frobnicate"/],
    ];
    hizala(['user', 'add', 'first', '--role', 'admin', '--password-stdin', '--db', db], { input: 'long enough 1\n' });
    for (const [args, input, message] of cases) {
      const run = hizala([...args, '--db', db], input === undefined ? {} : { input });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it('will not start a team server with no account to sign in with', () => {
    const db = newWorkspaceLocation();
    const run = hizala(['serve', '--team', '--port', '0', '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/needs an account to sign in with first: hizala user add NAME --role admin --password-stdin/);
  });

  it('starts a team server that asks for a session', async () => {
    const db = newWorkspaceLocation();
    hizala(['user', 'add', 'boss', '--role', 'admin', '--password-stdin', '--db', db], { input: 'long enough 1\n' });
    const child = spawn(process.execPath, [BIN, 'serve', '--team', '--port', '0', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /serving (http:\/\/\S+) .*team server/.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('exit', () => reject(new Error(err)));
      });
      expect((await fetch(`${url}/api/documents`)).status).toBe(401);
      const signIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'boss', password: 'long enough 1' }) });
      expect(signIn.status).toBe(201);
      const documents = await fetch(`${url}/api/documents`, { headers: { cookie: signIn.headers.get('set-cookie')!.split(';')[0]! } });
      expect(documents.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('writes what the CLI imports as the person running it (local use: no accounts)', () => {
    const db = newWorkspaceLocation();
    const run = hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]);
    expect(run.status).toBe(0);
    const workspace = openDatabase(db);
    const first = listPairs(workspace, Number(run.stdout.trim()))[0]!;
    expect(listRevisions(workspace, first.id)[0]!.author).toBe(userInfo().username);
    workspace.close();
  });
});
