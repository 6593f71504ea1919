import type { Fact } from './facts.js';
import type { NodeSummary, SourceRef } from './nodes.js';

/**
 * The graph handed to a graph view (sigma/graphology in the web app): nodes keyed by their
 * reference, edges keyed by a stable id. See README.md "Graph view" for the two forms.
 */
export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the node limit or the per-node limit of records left neighbours out. */
  truncated: boolean;
}

export interface NetworkRole {
  networkId: string;
  role: string | null;
  organizerRank: number | null;
}

export interface GraphNode extends NodeSummary {
  /** Hops from the nearest seed (0 = asked for). */
  hop: number;
  /** Date of an event node (events form); null for entities. */
  date: string | null;
  /** Louvain community of the last detection run, when the node was projected. */
  communityId: number | null;
  /** Networks this node belongs to, with its role there. */
  networks: NetworkRole[];
  /** An organizer candidate of some network: highlight it. */
  organizer: boolean;
  /**
   * Event records and register relations of the node in the whole graph (so a view can say
   * "+N more" beside what it shows); null where not read (paths).
   */
  records: number | null;
  /**
   * More event records than the per-node limit (a national carrier, a university): a view
   * shows at most that many, and an expansion never walks on through it.
   */
  hub: boolean;
}

/** One record behind an edge. */
export interface EdgeFact {
  /** Event reference, or null for a register fact (a directorship, a residence…). */
  ref: string | null;
  date: string | null;
  source: SourceRef;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /**
   * Folded form: the event kind the two took part in together (`invitation`, `trip`…) or the
   * register relation (`director`, `founder`, `lives_at`, `legal_address`, `has_phone`,
   * `holds`). Events form: the participant's role (`inviter`, `foreigner`, `at`…).
   */
  kind: string;
  /** Roles of source and target in the events (folded event edges); null otherwise. */
  sourceRole: string | null;
  targetRole: string | null;
  /** Records behind the edge (distinct events, or 1 for a register fact). */
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Up to MAX_EDGE_FACTS of the records, newest first. */
  facts: EdgeFact[];
}

/** Register link between two entities, as read from the graph. */
export interface LinkRecord {
  type: string;
  start: string;
  end: string;
  source: SourceRef;
}

const MAX_EDGE_FACTS = 20;

/**
 * The order in which roles read as "source → target": the party acting first, the foreigner
 * last, so an invitation edge runs inviter → foreigner and a trip edge carrier → vehicle.
 */
const ROLE_ORDER = [
  'inviter',
  'host',
  'employer',
  'petitioner',
  'carrier',
  'offender',
  'driver',
  'vehicle',
  'at',
  'document',
  'foreigner',
];

type NodeEntry = Omit<GraphNode, 'communityId' | 'networks' | 'organizer' | 'records' | 'hub'>;

/** Accumulates nodes and edges; the same builder serves expansion and paths. */
export class GraphViewBuilder {
  readonly #nodes = new Map<string, NodeEntry>();
  readonly #edges = new Map<string, EdgeEntry>();

  has(ref: string): boolean {
    return this.#nodes.has(ref);
  }

  get size(): number {
    return this.#nodes.size;
  }

  refs(): string[] {
    return [...this.#nodes.keys()];
  }

  addNode(summary: NodeSummary, hop: number, date: string | null = null): void {
    const known = this.#nodes.get(summary.ref);
    if (!known || known.hop > hop) this.#nodes.set(summary.ref, { ...summary, hop, date });
  }

  /** Folded form: one edge per pair of included participants, aggregated per event kind and roles. */
  addFoldedEvent(fact: Fact): void {
    const present = fact.participants.filter((p) => this.has(p.ref));
    for (let i = 0; i < present.length; i += 1) {
      for (let j = i + 1; j < present.length; j += 1) {
        const a = present[i]!;
        const b = present[j]!;
        if (a.ref !== b.ref) this.addCooccurrence(fact, a, b);
      }
    }
  }

  /** One folded edge between two participants of one event. */
  addCooccurrence(
    fact: Pick<Fact, 'ref' | 'kind' | 'date' | 'source'>,
    a: { ref: string; role: string },
    b: { ref: string; role: string },
  ): string {
    const [from, to] = roleRank(a.role) <= roleRank(b.role) ? [a, b] : [b, a];
    const id = `${fact.kind}:${from.ref}|${to.ref}|${from.role}|${to.role}`;
    this.#upsert(id, from.ref, to.ref, fact.kind, from.role, to.role, {
      ref: fact.ref,
      date: fact.date,
      source: fact.source,
    });
    return id;
  }

  /** Events form: the event as a node and one edge per included participant. */
  addEventNode(fact: Fact, hop: number): void {
    this.addNode(
      { ref: fact.ref, kind: fact.kind, label: fact.ref, subtitle: fact.date },
      hop,
      fact.date,
    );
    for (const p of fact.participants) {
      if (!this.has(p.ref)) continue;
      const id = `${fact.ref}|${p.role}|${p.ref}`;
      this.#upsert(id, fact.ref, p.ref, p.role, null, null, {
        ref: fact.ref,
        date: fact.date,
        source: fact.source,
      });
    }
  }

  /** A register relation between two included entities. */
  addLink(link: LinkRecord): string | null {
    if (!this.has(link.start) || !this.has(link.end)) return null;
    const id = `${link.type}:${link.start}|${link.end}`;
    this.#upsert(id, link.start, link.end, link.type, null, null, {
      ref: null,
      date: null,
      source: link.source,
    });
    return id;
  }

  /** The view, with each node annotated by `annotate` (community, networks). */
  build(
    truncated: boolean,
    annotate: (ref: string) => Pick<GraphNode, 'communityId' | 'networks' | 'records' | 'hub'>,
  ): GraphView {
    const nodes = [...this.#nodes.values()].map((node) => {
      const annotation = annotate(node.ref);
      const organizer = annotation.networks.some(
        (n) => n.organizerRank !== null || n.role === 'organizer',
      );
      return { ...node, ...annotation, organizer };
    });
    const edges = [...this.#edges.values()].map(({ edge, facts }) => ({
      ...edge,
      facts: facts.sort(newerFirst).slice(0, MAX_EDGE_FACTS),
    }));
    return { nodes, edges, truncated };
  }

  #upsert(
    id: string,
    source: string,
    target: string,
    kind: string,
    sourceRole: string | null,
    targetRole: string | null,
    fact: EdgeFact,
  ): void {
    let entry = this.#edges.get(id);
    if (!entry) {
      entry = {
        edge: {
          id,
          source,
          target,
          kind,
          sourceRole,
          targetRole,
          count: 0,
          firstDate: null,
          lastDate: null,
        },
        facts: [],
        events: new Set(),
      };
      this.#edges.set(id, entry);
    }
    // A register edge is one relationship; an event edge counts each event once, though it is
    // met again from each of its participants.
    const key = fact.ref ?? '';
    if (entry.events.has(key)) return;
    entry.events.add(key);
    const { edge } = entry;
    edge.count += 1;
    if (fact.date !== null) {
      if (edge.firstDate === null || fact.date < edge.firstDate) edge.firstDate = fact.date;
      if (edge.lastDate === null || fact.date > edge.lastDate) edge.lastDate = fact.date;
    }
    entry.facts.push(fact);
  }
}

/** An edge while the view is built: its records in arrival order, and which it has counted. */
interface EdgeEntry {
  edge: Omit<GraphEdge, 'facts'>;
  facts: EdgeFact[];
  events: Set<string>;
}

/**
 * Orders records newest first, undated last, keeping arrival order among equal dates (sort is
 * stable). ISO dates order as strings; no locale is involved, which also kept it cheap.
 */
export function newerFirst(x: { date: string | null }, y: { date: string | null }): number {
  const a = x.date ?? '';
  const b = y.date ?? '';
  return a === b ? 0 : a < b ? 1 : -1;
}

/** How an event node is listed: its record id, dated. */
export function eventSummary(fact: Pick<Fact, 'ref' | 'kind' | 'date'>): NodeSummary {
  return {
    ref: fact.ref,
    kind: fact.kind,
    label: fact.ref.slice(fact.kind.length + 1),
    subtitle: fact.date,
  };
}

function roleRank(role: string): number {
  const rank = ROLE_ORDER.indexOf(role);
  return rank === -1 ? ROLE_ORDER.length : rank;
}
