import { describe, expect, it } from 'vitest';
import { listPatterns } from '@arna/graph/detect';
import type { Fact, GraphNode } from '@arna/graph/investigate';
import type { BriefData } from './data.js';
import { briefHtml } from './html.js';
import { layoutGraph } from './layout.js';

const node = (
  ref: string,
  kind: GraphNode['kind'],
  label: string,
  role: string,
  organizerRank: number | null = null,
): GraphNode => ({
  ref,
  kind,
  label,
  subtitle: null,
  hop: 0,
  date: null,
  communityId: null,
  networks: [{ networkId: 'net-1', role, organizerRank }],
  organizer: organizerRank !== null,
  records: 1,
  hub: false,
});

const crossing: Fact = {
  ref: 'crossing:C-1',
  kind: 'crossing',
  date: '2025-02-20',
  properties: { direction: 'entry', fromCountry: 'UZB', toCountry: 'KAZ' },
  source: { file: 'crossings.csv', line: 7, loadId: 'l1' },
  participants: [
    {
      ref: 'foreigner:F1',
      kind: 'foreigner',
      label: 'AHMADI FARID',
      subtitle: null,
      role: 'foreigner',
    },
    {
      ref: 'organization:200340023456',
      kind: 'organization',
      label: 'ТОО <b>Trans</b>',
      subtitle: null,
      role: 'carrier',
    },
  ],
};

function data(): BriefData {
  return {
    networkId: 'net-1',
    lead: {
      id: 'net-1',
      rank: 1,
      score: 0.875,
      organizers: [{ kind: 'person', iin: '850101300123', why: ['директор 2 фирм'] }],
      members: [],
      patterns: [
        { id: 'rubber-address', hits: 2, evidence: ['адрес: 3 иностранца (registrations.csv:12)'] },
      ],
      why: ['сообщество из 3 участников'],
      size: 3,
      runId: 'run-1',
      firstSeenRunId: 'run-1',
      changes: [],
    },
    graph: {
      nodes: [
        {
          ...node('person:850101300123', 'person', 'Абенов Кайрат', 'organizer', 1),
          subtitle: '850101300123 · 1985-01-01',
        },
        node('organization:200340023456', 'organization', 'ТОО <b>Trans</b>', 'carrier'),
        {
          ...node('foreigner:F1', 'foreigner', 'AHMADI FARID', 'migrant'),
          subtitle: 'AFG · 1995-05-05 · АХМАДИ ФАРИД',
        },
      ],
      edges: [
        {
          id: 'e1',
          source: 'organization:200340023456',
          target: 'foreigner:F1',
          kind: 'crossing',
          sourceRole: 'carrier',
          targetRole: 'foreigner',
          count: 1,
          firstDate: '2025-02-20',
          lastDate: '2025-02-20',
          facts: [],
        },
      ],
      truncated: false,
    },
    events: { subject: 'network:net-1', total: 1, facts: [crossing] },
    patterns: new Map(),
  };
}

const meta = (lang: 'ru' | 'kk' | 'en') => ({
  lang,
  purpose: 'УД № 1 <script>alert(1)</script>',
  user: { username: 'supervisor', role: 'SUPERVISOR' },
  generatedAt: new Date('2025-06-03T05:00:00Z'),
});

describe('briefHtml', () => {
  it.each(['ru', 'kk', 'en'] as const)('fills every slot and escapes data (%s)', (lang) => {
    const html = briefHtml(data(), meta(lang));
    expect(html).not.toMatch(/\{\w+\}/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('ТОО &lt;b&gt;Trans&lt;/b&gt;');
    expect(html).toContain('<code>registrations.csv:12</code>');
    expect(html).toContain('crossings.csv:7');
    expect(html).toContain('<svg');
  });

  it('points to Art. 264 when the network crosses borders', () => {
    expect(briefHtml(data(), meta('ru'))).toContain('ст. 264 УК РК');
  });

  it('names coded field values in the brief language', () => {
    const crossingRow = (lang: 'ru' | 'kk' | 'en') =>
      briefHtml(data(), meta(lang))
        .split('<tr>')
        .find((row) => row.includes('crossings.csv:7'));
    expect(crossingRow('ru')).toContain(
      '<span class="muted">въезд · Узбекистан → Казахстан</span>',
    );
    expect(crossingRow('kk')).toContain('<span class="muted">кіру · Өзбекстан → Қазақстан</span>');
    expect(crossingRow('en')).toContain(
      '<span class="muted">entry · Uzbekistan → Kazakhstan</span>',
    );
  });

  it('names a migrant’s citizenship and writes birth dates in the brief’s notation', () => {
    const memberRows = (lang: 'ru' | 'kk' | 'en') =>
      briefHtml(data(), meta(lang)).split('class="members"')[1]?.split('</table>')[0] ?? '';
    expect(memberRows('ru')).toContain('Афганистан · 05.05.1995 · АХМАДИ ФАРИД');
    expect(memberRows('ru')).toContain('<td class="muted">01.01.1985</td>');
    expect(memberRows('kk')).toContain('Ауғанстан · 05.05.1995');
    expect(memberRows('en')).toContain('Afghanistan · 05/05/1995');
    expect(memberRows('en')).not.toMatch(/AFG|1995-05-05/);
  });

  it('names no country in a firm’s activity that reads like a country code', () => {
    const withActivity = data();
    withActivity.graph.nodes[1] = {
      ...withActivity.graph.nodes[1]!,
      subtitle: '200340023456 · ARM',
    };
    const members =
      briefHtml(withActivity, meta('ru')).split('class="members"')[1]?.split('</table>')[0] ?? '';
    expect(members).toContain('<td class="muted">ARM</td>');
    expect(members).not.toContain('Армения');
  });
});

describe('briefHtml evidence', () => {
  const withPatterns = (): BriefData => ({
    ...data(),
    patterns: new Map(listPatterns().map((p) => [p.id, p])),
  });

  it.each([
    ['ru', 'ст. 394 УК РК (предоставление жилого помещения)'],
    ['kk', 'ҚР ҚК 394-бабы (тұрғын үй-жай беру)'],
    ['en', 'Art. 394 of the Criminal Code of the RK (providing housing)'],
  ] as const)('gives the legal basis in the brief’s language (%s)', (lang, legal) => {
    const html = briefHtml(withPatterns(), meta(lang));
    expect(html).toContain(legal);
    if (lang !== 'ru') expect(html).not.toContain('Правила № 195');
  });
});

describe('layoutGraph', () => {
  it('is deterministic for a network and differs between seeds', () => {
    const view = data().graph;
    const a = layoutGraph(view, 'net-1');
    expect(layoutGraph(view, 'net-1')).toEqual(a);
    expect(layoutGraph(view, 'net-2')).not.toEqual(a);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
