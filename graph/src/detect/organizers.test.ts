import { describe, expect, it } from 'vitest';
import { loadDomainConfig } from './domain-config.js';
import { classifyHub, type HubVerdict } from './hubs.js';
import { rankOrganizers } from './organizers.js';
import { renderReasons } from './reasons.js';
import {
  familyClan,
  hubNextToChannel,
  inviterMill,
  nomineeFront,
  type SmallNetwork,
} from './fixtures/small-networks.js';

const config = loadDomainConfig();

function verdicts(net: SmallNetwork): Map<string, HubVerdict> {
  const out = new Map<string, HubVerdict>();
  for (const [ref, p] of net.profiles) {
    const v = classifyHub(p, config);
    if (v.status !== 'none') out.set(ref, v);
  }
  return out;
}

function rank(net: SmallNetwork) {
  return rankOrganizers(net.candidate, net.graph, net.profiles, verdicts(net), config);
}

describe('rankOrganizers', () => {
  it('puts the founder behind nominee-directed inviting firms first', () => {
    const organizers = rank(inviterMill());
    expect(organizers[0]?.ref).toBe('person:ORGANIZER');
    expect(organizers[0]?.score).toBe(1);
    const why = renderReasons(organizers[0]?.reasons ?? [], 'en');
    expect(why[0]).toBe(
      'founder of 3 firms of the network that invite, host, carry or employ foreigners',
    );
    expect(why).toContain('role in the network: organizer');
    // Nominee directors control one firm each and count at a director's share: never above him.
    const directors = organizers.filter((o) => o.ref.startsWith('person:DIRECTOR'));
    for (const d of directors) expect(d.score).toBeLessThan(1);
  });

  it('puts the owner of the phone and flat the nominees use first', () => {
    const organizers = rank(nomineeFront());
    expect(organizers[0]?.ref).toBe('person:ORGANIZER');
    const why = renderReasons(organizers[0]?.reasons ?? [], 'ru');
    expect(why).toContain('телефон этого участника указали ещё 5 участников сети');
    expect(why.some((w) => w.startsWith('1 адрес проживания или регистрации'))).toBe(true);
  });

  it('never names a clean legitimate hub, whatever its evidence', () => {
    const net = hubNextToChannel();
    expect(verdicts(net).get('organization:UNI')).toEqual({
      status: 'legitimate',
      type: 'university',
    });
    const organizers = rank(net);
    expect(organizers.map((o) => o.ref)).not.toContain('organization:UNI');
    expect(organizers[0]?.ref).toBe('person:INVITER');
  });

  it('names a hub that behaves like a front', () => {
    const net = hubNextToChannel();
    const uni = net.profiles.get('organization:UNI');
    if (uni) uni.violators = 20;
    expect(verdicts(net).get('organization:UNI')?.status).toBe('front');
    expect(rank(net).map((o) => o.ref)).toContain('organization:UNI');
  });

  it('does not name the parents whose home the children’s invited relatives stay at', () => {
    const net = familyClan();
    expect(verdicts(net).get('person:CHILD1')).toEqual({ status: 'legitimate', type: 'family' });
    expect(rank(net).map((o) => o.ref)).toEqual([]);
  });

  it('names the owner of the home first when the “relatives” break the rules', () => {
    const net = familyClan(3);
    expect(verdicts(net).get('person:CHILD1')?.status).toBe('front');
    expect(rank(net)[0]?.ref).toBe('person:FATHER');
  });
});
