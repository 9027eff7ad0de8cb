import { accounts, addUser, changePassword, changeRole, removeUser } from '../app/accounts.js';
import type { Actor } from '../model/user.js';
import { openWorkspace } from '../workspace/index.js';
import { dbPathOf, openExistingWorkspace, stringOption, UsageError, writeJson, type Command } from './command.js';

/** Whoever runs the CLI on the workspace's machine manages its accounts (as they could edit the file anyway). */
const LOCAL: Actor = { name: null, role: null };

/** The first line of standard input (a password piped in, never on the command line where `ps` shows it). */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if ((chunk as Buffer).includes(10)) break;
  }
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!line) throw new UsageError('no password on standard input (--password-stdin reads its first line)');
  return line;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'accounts of a team server (hizala serve --team)',
  usage: `hizala user add NAME --role translator|reviewer|admin --password-stdin
hizala user passwd NAME --password-stdin   (also signs the user out everywhere)
hizala user role NAME --role ROLE
hizala user remove NAME
hizala user list [--json]

Translators edit and confirm (draft → translated); reviewers also set reviewed and final,
change reviewed pairs, edit the glossary, import into the TM and accept QA flags; admins
also manage accounts and delete documents. The password is read from the first line of
standard input, never from the command line: printf '%s\\n' "$PASSWORD" | hizala user add …`,
  options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    const [sub, name, ...extra] = positionals;
    if (extra.length) throw new UsageError('too many arguments');
    const needName = () => {
      if (!name) throw new UsageError(`give the user's NAME: hizala user ${sub} NAME`);
      return name;
    };
    const needPassword = () => {
      if (!values['password-stdin']) throw new UsageError('give the password on standard input with --password-stdin');
      return passwordFromStdin();
    };
    switch (sub) {
      case 'add': {
        const role = stringOption(values, 'role');
        if (!role) throw new UsageError('give the role: --role translator|reviewer|admin');
        const userName = needName();
        const password = await needPassword();
        const db = openWorkspace(dbPathOf(values));
        try {
          const user = await addUser(db, LOCAL, userName, role, password);
          process.stderr.write(`added ${user.name} (${user.role})\n`);
        } finally {
          db.close();
        }
        return 0;
      }
      case 'passwd': {
        const userName = needName();
        const password = await needPassword();
        const db = openExistingWorkspace(values);
        try {
          await changePassword(db, LOCAL, userName, password);
          process.stderr.write(`changed the password of ${userName}; their sessions are ended\n`);
        } finally {
          db.close();
        }
        return 0;
      }
      case 'role': {
        const role = stringOption(values, 'role');
        if (!role) throw new UsageError('give the role: --role translator|reviewer|admin');
        const db = openExistingWorkspace(values);
        try {
          changeRole(db, LOCAL, needName(), role);
        } finally {
          db.close();
        }
        return 0;
      }
      case 'remove': {
        const db = openExistingWorkspace(values);
        try {
          removeUser(db, LOCAL, needName());
          process.stderr.write(`removed ${name}\n`);
        } finally {
          db.close();
        }
        return 0;
      }
      case 'list': {
        if (name) throw new UsageError('user list takes no NAME');
        const db = openExistingWorkspace(values);
        try {
          const users = accounts(db, LOCAL);
          if (values.json) writeJson(users);
          else if (!users.length) process.stderr.write('no accounts yet (hizala user add NAME --role admin --password-stdin)\n');
          else for (const u of users) process.stdout.write(`${u.name}\t${u.role}\t${u.createdAt}\n`);
        } finally {
          db.close();
        }
        return 0;
      }
      default:
        throw new UsageError(sub ? `unknown user command "${sub}" (add, passwd, role, remove, list)` : 'give a user command: add, passwd, role, remove, list');
    }
  },
};
