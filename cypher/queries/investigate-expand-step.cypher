// One step of neighbourhood expansion, in one round trip: the events of the frontier nodes
// (with every participant) and their register relations (DIRECTOR, FOUNDER, LIVES_AT,
// LEGAL_ADDRESS, HAS_PHONE, HOLDS). Bounded while traversing: each frontier node contributes
// at most $perNode events (newest first) and $perNode relations, and a hub — a node with more
// event records than $perNode, such as a national carrier — is not walked at all unless
// $walkHubs (the seeds of an expansion): its record count is read from the degree store
// (no walk).
// Sends only what the expansion has not read yet, in positional lists (no map keys to encode
// and decode per item): an event an earlier step sent ($seenEvents) is chosen for its node's
// newest $perNode as before but not sent again; a node an earlier step sent ($knownNodes) is
// referred to by element id only; a new node comes with just the properties its summary
// shows ($summaryKeys) and its annotations, so an expansion needs no query after its last
// step. Most of a 2-hop expansion's second step is the first step's events met again from
// their other participants.
// Returns one row:
//   facts — list of [elementId, labels, id, date (ISO string), srcFile, srcLine, loadId,
//           participants: list of [role (relationship type), elementId]];
//   links — list of [type, start elementId, end elementId, srcFile, srcLine, loadId];
//   nodes — list of [elementId, label (of $nodeLabels), values of $summaryKeys[label] in
//           that order, communityId, networks: list of [networkId, role, organizerRank],
//           event records, register relations] — what a view shows of a node and colours
//           and badges it by (the counts from the degree store, no walk) — for every frontier
//           node, participant and relation end not in $knownNodes, once each;
//   truncated — some frontier node had more events or relations than $perNode, or was a hub
//               not walked.
// Params: $ids — elementIds of the frontier; $eventLabels — event labels to keep, or null for
// all; $from, $to — ISO dates or null (inclusive window on event.date); $perNode; $walkHubs;
// $nodeLabels — labels of the entities the view can hold (its kinds and its seeds' kinds):
// participants and relation ends of other kinds (an event's document, by default) are left
// out, they could never be shown; $seenEvents, $knownNodes — elementIds; $summaryKeys — map
// from each of $nodeLabels to property names.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
WITH n,
     COUNT { (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-() } > toInteger($perNode)
       AND NOT $walkHubs AS hub
CALL (n, hub) {
  WITH n WHERE NOT hub
  MATCH (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-(e:Event)
  WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY e.date DESC
  LIMIT toInteger($perNode) + 1
  RETURN collect(e) AS events
}
CALL (n) {
  MATCH (n)-[r:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-(:$any($nodeLabels))
  WITH r
  LIMIT toInteger($perNode) + 1
  RETURN collect(r) AS rels
}
WITH collect(n) AS frontier,
     collect({events: events[0..toInteger($perNode)], rels: rels[0..toInteger($perNode)]}) AS walked,
     any(cut IN collect(hub OR size(events) > toInteger($perNode) OR size(rels) > toInteger($perNode))
         WHERE cut) AS truncated
CALL () {
  UNWIND $seenEvents AS id
  MATCH (e) WHERE elementId(e) = id
  RETURN collect(e) AS seen
}
CALL () {
  UNWIND $knownNodes AS id
  MATCH (m) WHERE elementId(m) = id
  RETURN collect(m) AS known
}
CALL (walked, seen) {
  UNWIND walked AS w
  UNWIND w.events AS e
  WITH DISTINCT e
  WHERE NOT e IN seen
  CALL (e) {
    MATCH (e)-[r]->(m:$any($nodeLabels))
    RETURN collect([type(r), elementId(m)]) AS participants, collect(m) AS members
  }
  RETURN collect([elementId(e), labels(e), e.id, toString(e.date), e.srcFile, e.srcLine, e.loadId,
                  participants]) AS facts,
         collect(members) AS memberLists
}
CALL (walked) {
  UNWIND walked AS w
  UNWIND w.rels AS r
  WITH DISTINCT r
  RETURN collect([type(r), elementId(startNode(r)), elementId(endNode(r)), r.srcFile, r.srcLine,
                  r.loadId]) AS links
}
CALL (frontier, walked, memberLists, known) {
  CALL (frontier, walked, memberLists) {
    UNWIND frontier AS m
    RETURN m
    UNION
    UNWIND memberLists AS members
    UNWIND members AS m
    RETURN m
    UNION
    UNWIND walked AS w
    UNWIND w.rels AS r
    UNWIND [startNode(r), endNode(r)] AS m
    RETURN m
  }
  WITH m WHERE NOT m IN known
  WITH m, [l IN labels(m) WHERE l IN $nodeLabels][0] AS label
  RETURN collect([elementId(m), label, [k IN $summaryKeys[label] | m[k]],
                  m.communityId,
                  [(w:Network)-[h:HAS_MEMBER]->(m) | [w.id, h.role, h.organizerRank]],
                  COUNT { (m)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-() },
                  COUNT { (m)-[:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-() }]) AS nodes
}
RETURN facts, links, nodes, truncated
