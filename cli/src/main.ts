import { Command } from 'commander';
import { registerDbCommands } from './commands/db.js';
import { registerUsersCommands } from './commands/users.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerServeCommands } from './commands/serve.js';
import { registerRetentionCommands } from './commands/retention.js';
import { registerLoadCommands } from './commands/load.js';
import { registerDetectCommands } from './commands/detect.js';
import { registerSynthCommands } from './commands/synth.js';
import { registerStartCommands } from './commands/start.js';
import { runCli } from './run.js';

const program = new Command('arna')
  .description('Arna: find the organizers of illegal-migration channels (Art. 394 УК РК)')
  .showHelpAfterError();

registerDbCommands(program);
registerUsersCommands(program);
registerAuditCommands(program);
registerServeCommands(program);
registerRetentionCommands(program);
registerLoadCommands(program);
registerDetectCommands(program);
registerSynthCommands(program);
registerStartCommands(program);

await runCli(program, process.argv);
