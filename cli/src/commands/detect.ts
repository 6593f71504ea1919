import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { connect } from '@arna/graph';
import { listPatterns, runDetection, runPattern, type Lang } from '@arna/graph/detect';

interface DetectOptions {
  json?: string;
  seed?: string;
  resolution?: string;
  lang: string;
  persist: boolean;
  top: string;
}

export function registerDetectCommands(program: Command): void {
  program
    .command('detect')
    .description('find and rank candidate organizer networks in what is loaded')
    .option('--json <file>', 'write the leads export (shared/spec/leads-format.md) to this file')
    .option('--seed <n>', 'Louvain seed (default from config/domain.json)')
    .option('--resolution <r>', 'Louvain resolution (default from config/domain.json)')
    .addOption(
      new Option('--lang <lang>', 'language of the reasons')
        .choices(['ru', 'kk', 'en'])
        .default('ru'),
    )
    .option('--no-persist', 'do not write networks and community ids to the database')
    .option('--top <n>', 'networks to print', '10')
    .action(async (options: DetectOptions) => {
      const executor = await connect();
      try {
        const leads = await runDetection(executor, {
          ...(options.seed === undefined ? {} : { seed: Number(options.seed) }),
          ...(options.resolution === undefined ? {} : { resolution: Number(options.resolution) }),
          lang: options.lang as Lang,
          persist: options.persist,
          onPhase: (phase, ms) => console.log(`${phase.padEnd(12)} ${(ms / 1000).toFixed(2)} s`),
        });
        for (const n of leads.networks.slice(0, Number(options.top))) {
          const organizers = n.organizers
            .map((o) => (o.kind === 'person' ? `person ${o.iin}` : `organization ${o.bin}`))
            .join(', ');
          console.log(
            `#${n.rank} ${n.score.toFixed(3)} ${n.id} (${n.members.length} members) ` +
              `[${n.patterns.map((p) => p.id).join(', ')}] organizers: ${organizers || '—'}`,
          );
          const first = n.organizers[0];
          if (first) console.log(`    ${first.why.join('; ')}`);
        }
        console.log(`${leads.networks.length} networks`);
        if (options.json) {
          writeFileSync(options.json, `${JSON.stringify(leads, null, 2)}\n`);
          console.log(`leads written to ${options.json}`);
        }
      } finally {
        await executor.close();
      }
    });

  const patterns = program.command('patterns').description('the pattern library (cypher/patterns)');
  patterns
    .command('list', { isDefault: true })
    .description('list the patterns with their parameters')
    .action(() => {
      for (const p of listPatterns()) {
        console.log(`${p.id} (weight ${p.weight}) — ${p.titles.en}`);
        for (const param of p.params) {
          console.log(`    ${param.name}: ${param.type} = ${JSON.stringify(param.default)}`);
        }
      }
    });
  patterns
    .command('run')
    .description('run one pattern read-only and print its hits')
    .argument('<id>', 'pattern id (see `arna patterns list`)', knownPatternId)
    .option('--param <name=value...>', 'override a parameter (repeatable)', paramPairs)
    .action(async (id: string, options: { param?: Record<string, string> }) => {
      const executor = await connect();
      try {
        const run = await runPattern(executor, id, options.param ?? {});
        for (const hit of run.hits) {
          console.log(`${hit.score.toFixed(3)} ${hit.subject} (${hit.members.length} members)`);
          for (const e of hit.evidence.slice(0, 5)) console.log(`    ${e}`);
        }
        console.log(`${run.hits.length} hits in ${(run.ms / 1000).toFixed(2)} s`);
      } finally {
        await executor.close();
      }
    });
}

/** Checked before connecting: a typo is named as such, not as a missing database. */
function knownPatternId(id: string): string {
  const ids = listPatterns().map((p) => p.id);
  if (!ids.includes(id))
    throw new InvalidArgumentError(`no pattern "${id}"; known: ${ids.join(', ')}`);
  return id;
}

/** `--param name=value`, repeatable (variadic), into one object. */
function paramPairs(
  value: string,
  previous: Record<string, string> | undefined,
): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`"${value}" is not name=value`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}
