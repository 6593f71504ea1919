import { Command } from 'commander';
import { registerDbCommands } from './commands/db.js';
import { runCli } from './run.js';

const program = new Command('arna')
  .description('Arna: find the organizers of illegal-migration channels (Art. 394 УК РК)')
  .showHelpAfterError();

registerDbCommands(program);

await runCli(program, process.argv);
