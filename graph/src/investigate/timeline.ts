import type { Executor } from '../db/executor.js';
import { EntityNotFoundError } from './errors.js';
import { networkFacts, nodeFacts, type FactPage } from './fact-queries.js';
import { dateWindow, limitWithin, type DateWindow } from './options.js';
import { parseEntityRef } from './refs.js';
import { resolveRef } from './resolve.js';

export interface TimelineOptions extends DateWindow {
  /** Most events returned, oldest first, 1–5000 (default 1000); `total` says how many exist. */
  limit?: number;
}

export interface Timeline extends FactPage {
  /** The entity reference or `network:<id>` asked for. */
  subject: string;
}

const NETWORK_PREFIX = 'network:';

/**
 * The events of an entity (`person:<iin>`…) or of a network (`network:<id>`: every event
 * with at least one member), sorted by date, each with its source. EntityNotFoundError when
 * the subject does not exist.
 */
export async function timeline(
  executor: Executor,
  subject: string,
  options: TimelineOptions = {},
): Promise<Timeline> {
  const window = { ...dateWindow(options), limit: limitWithin('limit', options.limit, 1000, 5000) };
  let page: FactPage | null;
  if (subject.startsWith(NETWORK_PREFIX)) {
    page = await networkFacts(executor, subject.slice(NETWORK_PREFIX.length), window);
  } else {
    const node = await resolveRef(executor, parseEntityRef(subject));
    page = await nodeFacts(executor, node.elementId, window);
  }
  if (!page) throw new EntityNotFoundError(subject);
  return { subject, ...page };
}
