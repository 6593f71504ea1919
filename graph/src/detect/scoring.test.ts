import { describe, expect, it } from 'vitest';
import { loadDomainConfig } from './domain-config.js';
import type { HubVerdict } from './hubs.js';
import { cohesion, scoreNetwork } from './scoring.js';
import { renderReasons } from './reasons.js';
import { hit, hubNextToChannel, inviterMill } from './fixtures/small-networks.js';

const config = loadDomainConfig();

describe('scoreNetwork', () => {
  it('combines hits as independent evidence and rewards agreeing indicators', () => {
    const net = inviterMill();
    const one = scoreNetwork(
      { ...net.candidate, hits: net.candidate.hits.slice(0, 1) },
      net.graph,
      new Map(),
      config,
    );
    const all = scoreNetwork(net.candidate, net.graph, new Map(), config);
    expect(one.score).toBeGreaterThan(0);
    expect(all.score).toBeGreaterThan(one.score);
    expect(all.score).toBeLessThanOrEqual(1);
    expect(all.patterns.map((p) => p.id)).toEqual(['frequent-inviter', 'invitee-violations']);
    expect(all.patterns[0]?.hits).toBe(3);
    expect(renderReasons(all.reasons, 'en')[0]).toBe('2 distinct indicators fired');
    expect(renderReasons(all.reasons, 'ru')[0]).toBe('сработали 2 разных индикатора');
  });

  it('suppresses hits on a clean hub but not on a front', () => {
    const net = hubNextToChannel();
    const onlyHub = { ...net.candidate, hits: [hit('frequent-inviter', 'organization:UNI', 0.98)] };
    const clean = new Map<string, HubVerdict>([
      ['organization:UNI', { status: 'legitimate', type: 'university' }],
    ]);
    const front = new Map<string, HubVerdict>([
      ['organization:UNI', { status: 'front', type: 'university', rate: 0.5 }],
    ]);
    const suppressed = scoreNetwork(onlyHub, net.graph, clean, config);
    const asFront = scoreNetwork(onlyHub, net.graph, front, config);
    expect(suppressed.score).toBeLessThan(asFront.score * 0.3);
    expect(renderReasons(suppressed.reasons, 'en')).toContain(
      'a large legitimate hub (university) with no sign of being a front — score lowered',
    );
    expect(renderReasons(asFront.reasons, 'en')).toContain(
      'looks like a legitimate hub (university), but 50% of its foreigners broke the rules — a possible front',
    );
    expect(renderReasons(asFront.reasons, 'ru')).toContain(
      'узел выглядит как легитимный (вуз), но 50% его иностранцев нарушали правила — возможное прикрытие',
    );
  });

  it('measures cohesion as the share of edge weight kept inside', () => {
    const net = inviterMill();
    expect(cohesion(net.graph, net.graph.nodes())).toBe(1);
    const firmOnly = cohesion(net.graph, ['organization:F1']);
    expect(firmOnly).toBe(0);
  });
});
