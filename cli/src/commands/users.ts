import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { connect, type Executor } from '@arna/graph';
import { appendAudit, createUser, listUsers, updateUser } from '@arna/graph/app';
import { operator } from '../operator.js';

async function withExecutor(work: (executor: Executor) => Promise<void>): Promise<void> {
  const executor = await connect();
  try {
    await work(executor);
  } finally {
    await executor.close();
  }
}

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('API users and their roles (admins)');

  users
    .command('add <username>')
    .description('create a user; without --password a random one is generated and printed once')
    .requiredOption('--role <role>', 'INVESTIGATOR, ANALYST, SUPERVISOR or ADMIN')
    .option('--password <password>', 'initial password (at least 12 characters)')
    .action((username: string, options: { role: string; password?: string }) =>
      withExecutor(async (executor) => {
        const password = options.password ?? randomBytes(18).toString('base64url');
        const user = await createUser(executor, {
          username,
          role: options.role.toUpperCase(),
          password,
        });
        await appendAudit(executor, {
          user: operator(),
          action: 'user.create',
          args: { username: user.username, role: user.role },
        });
        console.log(`user ${user.username} created with role ${user.role}`);
        if (!options.password) console.log(`initial password: ${password}`);
      }),
    );

  users
    .command('role <username> <role>')
    .description("change a user's role")
    .action((username: string, role: string) =>
      withExecutor(async (executor) => {
        const user = await updateUser(executor, username, { role: role.toUpperCase() });
        await appendAudit(executor, {
          user: operator(),
          action: 'user.role',
          args: { username, role: user.role },
        });
        console.log(`user ${user.username} now has role ${user.role}`);
      }),
    );

  users
    .command('disable <username>')
    .description('disable a user and end their sessions')
    .action((username: string) =>
      withExecutor(async (executor) => {
        await updateUser(executor, username, { disabled: true });
        await appendAudit(executor, {
          user: operator(),
          action: 'user.disable',
          args: { username },
        });
        console.log(`user ${username} disabled; sessions ended`);
      }),
    );

  users
    .command('enable <username>')
    .description('enable a disabled user')
    .action((username: string) =>
      withExecutor(async (executor) => {
        await updateUser(executor, username, { disabled: false });
        await appendAudit(executor, {
          user: operator(),
          action: 'user.enable',
          args: { username },
        });
        console.log(`user ${username} enabled`);
      }),
    );

  users
    .command('list')
    .description('list users')
    .action(() =>
      withExecutor(async (executor) => {
        for (const user of await listUsers(executor)) {
          console.log(`${user.username}\t${user.role}${user.disabled ? '\tdisabled' : ''}`);
        }
      }),
    );
}
