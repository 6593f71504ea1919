import { parseRef, type Fact, type GraphNode } from '@arna/graph/investigate';
import { countryName, formatDay } from '@arna/graph/text';
import { assessArt394, dateRange, nextSteps } from './assessment.js';
import { roleIn, type BriefData } from './data.js';
import { esc } from './escape.js';
import { layoutGraph } from './layout.js';
import { fill, MESSAGES, type BriefLang, type Messages } from './messages/index.js';
import { BRIEF_CSS } from './style.js';
import { hasKindStyle, legendSymbol, networkSvg } from './svg.js';

export interface BriefMeta {
  lang: BriefLang;
  /** The stated purpose of the export: case number or legal basis. */
  purpose: string;
  user: { username: string; role: string };
  generatedAt: Date;
}

/** Rows printed per member role and per pattern, and timeline rows; the rest is counted. */
const MEMBERS_PER_ROLE = 30;
const EVIDENCE_PER_PATTERN = 12;
const TIMELINE_ROWS = 60;

/** Order of member roles in section 4: the parties who act, then places, means, migrants. */
const ROLE_ORDER = [
  'director',
  'inviter',
  'host',
  'employer',
  'carrier',
  'driver',
  'petitioner',
  'offender',
  'associate',
  'registration address',
  'stay address',
  'work site',
  'petition address',
  'offence address',
  'residence',
  'vehicle',
  'phone',
  'document',
  'migrant',
];

/** Order of the participants of an event: who acted, the foreigner, then means and place. */
const PARTICIPANT_ORDER = [
  'inviter',
  'host',
  'employer',
  'petitioner',
  'carrier',
  'driver',
  'offender',
  'foreigner',
  'vehicle',
  'at',
];

/** The brief as one self-contained HTML document (inline CSS and SVG, no scripts, no fetches). */
export function briefHtml(data: BriefData, meta: BriefMeta): string {
  const m = MESSAGES[meta.lang];
  const byRef = new Map(data.graph.nodes.map((n) => [n.ref, n]));
  return `<!doctype html>
<html lang="${meta.lang}"><head><meta charset="utf-8"><title>${esc(m.title)} — ${esc(data.networkId)}</title>
<style>${BRIEF_CSS}</style></head><body>
${header(data, meta, m)}
${summary(data, m)}
${picture(data, m)}
${organizers(data, m, byRef)}
${members(data, m)}
${evidence(data, meta.lang, m)}
${timelineSection(data, m, byRef)}
${qualification(data, m)}
${steps(data, m)}
</body></html>`;
}

function header(data: BriefData, meta: BriefMeta, m: Messages): string {
  const range = dateRange(data);
  const period = range ? `${day(range.first, m)} — ${day(range.last, m)}` : m.none;
  const generated = new Intl.DateTimeFormat(m.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Almaty',
  }).format(meta.generatedAt);
  const rows: [string, string][] = [
    [m.meta.purpose, esc(meta.purpose)],
    [m.meta.network, `<code>${esc(data.networkId)}</code>`],
    [m.meta.rank, esc(data.lead.rank)],
    [m.meta.score, `${score(data.lead.score, m)} ${scoreBar(data.lead.score)}`],
    [m.meta.period, esc(period)],
    [m.meta.run, `<code>${esc(data.lead.runId)}</code>`],
    [m.meta.preparedBy, `${esc(meta.user.username)} (${esc(meta.user.role.toLowerCase())})`],
    [m.meta.generatedAt, esc(generated)],
  ];
  return `<header>
<div class="topbar"><span class="brand">ARNA</span><span class="stamp">${esc(m.confidential)}</span></div>
<h1>${esc(m.title)}</h1>
<table class="meta">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</table>
</header>`;
}

function summary(data: BriefData, m: Messages): string {
  const count = (kinds: string[]) => data.graph.nodes.filter((n) => kinds.includes(n.kind)).length;
  const counts: [number, string][] = [
    [data.graph.nodes.length, m.summary.members],
    [count(['person', 'organization']), m.summary.parties],
    [count(['foreigner']), m.summary.migrants],
    [count(['address']), m.summary.addresses],
    [count(['vehicle']), m.summary.vehicles],
    [data.events.total, m.summary.events],
  ];
  const figures: [number | string, string][] = [
    [score(data.lead.score, m), m.meta.score],
    ...counts.map(([n, label]): [number, string] => [n, fill(label, { n }, m.locale)]),
  ];
  const reasons = data.lead.why.length
    ? `<h3>${esc(m.summary.reasons)}</h3><ul>${data.lead.why.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`
    : '';
  return section(
    m.sections.summary,
    `<div class="figures">${figures
      .map(
        ([value, label]) =>
          `<div class="figure"><b>${esc(value)}</b><span>${esc(label)}</span></div>`,
      )
      .join('')}</div>${reasons}`,
  );
}

function picture(data: BriefData, m: Messages): string {
  const svg = networkSvg(data.graph, layoutGraph(data.graph, data.networkId));
  const kinds = [...new Set(data.graph.nodes.map((n) => n.kind))].filter(hasKindStyle);
  const legend = [
    ...kinds.map((k) => `<span>${legendSymbol(k)} ${esc(m.kinds[k] ?? k)}</span>`),
    `<span>${legendSymbol('person', true)} ${esc(m.picture.organizer)}</span>`,
  ].join('');
  const truncated = data.graph.truncated
    ? `<p class="note">${esc(fill(m.picture.truncated, { shown: data.events.facts.length, total: data.events.total }, m.locale))}</p>`
    : '';
  const caption = fill(
    m.picture.caption,
    { nodes: data.graph.nodes.length, edges: data.graph.edges.length },
    m.locale,
  );
  return section(
    m.sections.picture,
    `<figure>${svg}<figcaption><div class="legend">${legend}</div><p>${esc(caption)}</p>${truncated}</figcaption></figure>`,
    'picture',
  );
}

function organizers(data: BriefData, m: Messages, byRef: Map<string, GraphNode>): string {
  if (data.lead.organizers.length === 0)
    return section(m.sections.organizers, `<p>${esc(m.none)}</p>`);
  const rows = data.lead.organizers.map((o, i) => {
    const ref = o.kind === 'person' ? `person:${o.iin}` : `organization:${o.bin}`;
    const node = byRef.get(ref);
    const role = node ? roleIn(node, data.networkId).role : null;
    return `<tr><td class="num">${i + 1}</td><td><b>${esc(node?.label ?? ref)}</b><br><span class="muted">${esc(
      m.kinds[o.kind] ?? o.kind,
    )}</span></td><td>${identifier(ref, m)}</td><td>${esc(role ? (m.roles[role] ?? role) : m.none)}</td><td><ul>${o.why
      .map((w) => `<li>${esc(w)}</li>`)
      .join('')}</ul></td></tr>`;
  });
  return section(
    m.sections.organizers,
    table(
      [m.columns.rank, m.columns.name, m.columns.identifier, m.columns.role, m.columns.reasons],
      rows,
      'organizers',
    ),
  );
}

function members(data: BriefData, m: Messages): string {
  const groups = new Map<string, GraphNode[]>();
  for (const node of data.graph.nodes) {
    const { role } = roleIn(node, data.networkId);
    groups.set(role, [...(groups.get(role) ?? []), node]);
  }
  const rows = [...groups]
    .sort(([a], [b]) => rank(ROLE_ORDER, a) - rank(ROLE_ORDER, b) || a.localeCompare(b))
    .flatMap(([role, nodes]) => {
      const sorted = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
      const shown = sorted.slice(0, MEMBERS_PER_ROLE).map((n, i) => {
        const head =
          i === 0
            ? `<td class="role" rowspan="${Math.min(sorted.length, MEMBERS_PER_ROLE) + (sorted.length > MEMBERS_PER_ROLE ? 1 : 0)}"><b>${esc(
                m.roles[role] ?? role,
              )}</b> <span class="count">${sorted.length}</span></td>`
            : '';
        return `<tr class="${i === 0 ? 'first' : ''}">${head}<td>${esc(n.label)}</td><td>${identifier(n.ref, m)}</td><td class="muted">${esc(
          detailOf(n, m),
        )}</td></tr>`;
      });
      const rest = sorted.length - MEMBERS_PER_ROLE;
      if (rest > 0)
        shown.push(
          `<tr><td colspan="3" class="note">${esc(fill(m.more, { n: rest }, m.locale))}</td></tr>`,
        );
      return shown;
    });
  return section(
    m.sections.members,
    table([m.columns.role, m.columns.name, m.columns.identifier, ''], rows, 'members'),
  );
}

/**
 * What the subtitle adds to the identifier column (a person's birth date, a firm's activity,
 * a migrant's citizenship and birth date), its country and dates in the brief's language.
 * Only a foreigner's subtitle opens with a country code (`subtitleOf` in the graph module):
 * three capitals elsewhere (a firm's activity, a city) are left as written.
 */
function detailOf(node: GraphNode, m: Messages): string {
  const { kind, key } = parseRef(node.ref);
  const subtitle = node.subtitle ?? '';
  if (key.endsWith(subtitle)) return '';
  const rest = subtitle.startsWith(`${key} · `) ? subtitle.slice(key.length + 3) : subtitle;
  return rest
    .split(' · ')
    .map((part, i) =>
      kind === 'foreigner' && i === 0 && COUNTRY_CODE.test(part)
        ? countryName(part, m.locale)
        : formatDay(part, m.locale),
    )
    .join(' · ');
}

/** A country code of the records (ISO 3166 alpha-3); `countryName` keeps one it cannot name. */
const COUNTRY_CODE = /^[A-Z]{3}$/;

function rank(order: readonly string[], value: string): number {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
}

function evidence(data: BriefData, lang: BriefLang, m: Messages): string {
  if (data.lead.patterns.length === 0)
    return section(m.sections.evidence, `<p>${esc(m.evidence.none)}</p>`);
  const blocks = [...data.lead.patterns]
    .sort((a, b) => b.hits - a.hits)
    .map((hit) => {
      const info = data.patterns.get(hit.id);
      const lines = hit.evidence
        .slice(0, EVIDENCE_PER_PATTERN)
        .map((line) => `<li>${withSources(line)}</li>`);
      const rest = hit.evidence.length - EVIDENCE_PER_PATTERN;
      if (rest > 0)
        lines.push(`<li class="muted">${esc(fill(m.more, { n: rest }, m.locale))}</li>`);
      return `<div class="pattern"><h3>${esc(info?.titles[lang] ?? hit.id)} <span class="count">${esc(
        fill(m.evidence.hits, { n: hit.hits }, m.locale),
      )}</span></h3>${
        info
          ? `<p class="legal"><b>${esc(m.evidence.legal)}:</b> ${esc(info.legalBasis[lang])}</p>`
          : ''
      }<ul class="evidence">${lines.join('')}</ul></div>`;
    });
  return section(m.sections.evidence, blocks.join(''));
}

function timelineSection(data: BriefData, m: Messages, byRef: Map<string, GraphNode>): string {
  const facts = data.events.facts;
  if (facts.length === 0) return section(m.sections.timeline, `<p>${esc(m.timeline.empty)}</p>`);
  const shown = facts.slice(0, TIMELINE_ROWS);
  const rows = shown.map(
    (f) =>
      `<tr><td class="date">${esc(f.date ? day(f.date, m) : m.none)}</td><td>${esc(m.kinds[f.kind] ?? f.kind)}${detail(f, m)}</td><td>${participants(
        f,
        m,
        byRef,
      )}</td><td class="src">${esc(source(f))}</td></tr>`,
  );
  const note =
    data.events.total > shown.length
      ? `<p class="note">${esc(fill(m.timeline.shown, { shown: shown.length, total: data.events.total }, m.locale))}</p>`
      : '';
  return section(
    m.sections.timeline,
    table(
      [m.columns.date, m.columns.event, m.columns.participants, m.columns.source],
      rows,
      'timeline',
    ) + note,
  );
}

function qualification(data: BriefData, m: Messages): string {
  const parts = m.art394.parts
    .map(
      (p) =>
        `<div class="part"><h4>${esc(p.title)}</h4><p>${esc(p.text)}</p><p class="penalty">${esc(p.penalty)}</p></div>`,
    )
    .join('');
  const grounds = assessArt394(data, m);
  return section(
    m.sections.qualification,
    `<h3>${esc(m.art394.heading)}</h3><div class="parts">${parts}</div>
<h3>${esc(m.art394.assessment)}</h3><ul>${grounds.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
<p class="note">${esc(m.art394.disclaimer)}</p>`,
  );
}

function steps(data: BriefData, m: Messages): string {
  return section(
    m.sections.nextSteps,
    `<ol>${nextSteps(data, m)
      .map((s) => `<li>${esc(s)}</li>`)
      .join('')}</ol>`,
  );
}

function section(title: string, body: string, className = ''): string {
  return `<section class="${className}"><h2>${esc(title)}</h2>${body}</section>`;
}

function table(columns: string[], rows: string[], className: string): string {
  return `<table class="${className}"><thead><tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

/** ИИН/БИН for people and firms, the key of the reference for everything else. */
function identifier(ref: string, m: Messages): string {
  const { kind, key } = parseRef(ref);
  if (kind === 'person') return `${esc(m.ids.iin)} <code>${esc(key)}</code>`;
  if (kind === 'organization') return `${esc(m.ids.bin)} <code>${esc(key)}</code>`;
  return `<code>${esc(key)}</code>`;
}

function participants(fact: Fact, m: Messages, byRef: Map<string, GraphNode>): string {
  return fact.participants
    .filter((p) => p.kind !== 'document')
    .sort((a, b) => rank(PARTICIPANT_ORDER, a.role) - rank(PARTICIPANT_ORDER, b.role))
    .map((p) => {
      const name = byRef.has(p.ref) ? `<b>${esc(p.label)}</b>` : esc(p.label);
      return `<span class="who">${esc(m.roles[p.role] ?? p.role)}: ${name}</span>`;
    })
    .join(' ');
}

/** Properties that say what an event was, in the order they are printed. */
const DETAIL_PROPERTIES = [
  'article',
  'purpose',
  'direction',
  'checkpoint',
  'countries',
  'route',
  'outcome',
];

/**
 * The few properties that say what an event was (article, route, purpose, a crossing's
 * countries…), coded values in words and countries by name.
 */
function detail(fact: Fact, m: Messages): string {
  const p = fact.properties;
  const country = (value: unknown) =>
    typeof value === 'string' ? countryName(value, m.locale) : '';
  const text = (property: string): string | undefined => {
    if (property === 'route')
      return p['routeFrom']
        ? `${String(p['routeFrom'])} → ${String(p['routeTo'] ?? '')}`
        : undefined;
    if (property === 'countries')
      return p['fromCountry'] || p['toCountry']
        ? `${country(p['fromCountry'])} → ${country(p['toCountry'])}`
        : undefined;
    const value = p[property];
    if (typeof value !== 'string' || value.length === 0) return undefined;
    return m.values[property]?.[value] ?? value;
  };
  const parts = DETAIL_PROPERTIES.flatMap((property) => text(property) ?? []);
  return parts.length ? `<br><span class="muted">${esc(parts.join(' · '))}</span>` : '';
}

function source(fact: Fact): string {
  return fact.source.file ? `${fact.source.file}:${fact.source.line ?? '?'}` : '';
}

/** Evidence text with its `file:line` sources set in monospace. */
function withSources(line: string): string {
  return esc(line).replace(/([\w.-]+\.(?:csv|jsonl):\d+)/g, '<code>$1</code>');
}

/** The day of a record (a date, or the date part of a date-time), as detection's evidence prints it. */
function day(iso: string, m: Messages): string {
  return formatDay(iso.slice(0, 10), m.locale);
}

function score(value: number, m: Messages): string {
  return new Intl.NumberFormat(m.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

function scoreBar(value: number): string {
  const width = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return `<span class="bar"><span style="width:${width}%"></span></span>`;
}
