import cliProgress from 'cli-progress';
import type { LoadEvent } from './events.js';

const LOG_EVERY_MS = 5000;

function fileLine(event: Extract<LoadEvent, { type: 'file-end' }>): string {
  const s = event.summary;
  const how = event.alreadyDone ? ' (committed by an earlier run)' : '';
  return `${event.file}: read ${s.read}, loaded ${s.loaded}, rejected ${s.rejected}, merged ${s.merged}, ${s.seconds.toFixed(1)} s${how}`;
}

/**
 * Shows a load's progress: a bar per file on a terminal, plain timestamped log lines
 * otherwise (CI logs, pipes). Returns the event handler to pass to `loadDrop`.
 */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
): (event: LoadEvent) => void {
  const log = (line: string) => stream.write(`${new Date().toISOString()} ${line}\n`);
  let bar: cliProgress.SingleBar | null = null;
  let lastLog = 0;
  return (event) => {
    switch (event.type) {
      case 'drop':
        log(
          `load ${event.loadId}: ${event.files} file(s), ${event.foreigners} foreigner(s) already known` +
            (event.skippedFiles.length > 0
              ? `; skipped (name matches no kind): ${event.skippedFiles.join(', ')}`
              : ''),
        );
        break;
      case 'file-start':
        if (event.resumeAfterLine > 0)
          log(`${event.file}: resuming after line ${event.resumeAfterLine}`);
        if (stream.isTTY) {
          bar = new cliProgress.SingleBar(
            {
              format: `${event.file} [{bar}] {percentage}% {value}/{total} rows {duration}s`,
              stream,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(event.estimatedRows, 1), 0);
        } else {
          log(`${event.file}: loading (${event.kind}, ~${event.estimatedRows} rows)`);
          lastLog = Date.now();
        }
        break;
      case 'file-progress':
        if (bar) {
          bar.update(event.read);
        } else if (Date.now() - lastLog >= LOG_EVERY_MS) {
          log(`${event.file}: ${event.read} rows read`);
          lastLog = Date.now();
        }
        break;
      case 'file-end':
        if (bar) {
          bar.update(event.summary.read);
          bar.stop();
          bar = null;
        }
        log(fileLine(event));
        break;
    }
  };
}
