// Keys already in the graph, so a load sends only what is new (addresses: address-index).
// `kind` says which set a key belongs to; `named` marks parties that already have a name;
// `registered` parties have their register row applied.
CALL () {
  MATCH (p:Person)
  RETURN 'person' AS kind, p.iin AS key, p.name IS NOT NULL AS named, p.srcFile IS NOT NULL AS registered
  UNION ALL
  MATCH (o:Organization)
  RETURN 'organization' AS kind, o.bin AS key, o.name IS NOT NULL AS named, o.srcFile IS NOT NULL AS registered
  UNION ALL
  MATCH (p:Phone)
  RETURN 'phone' AS kind, p.e164 AS key, true AS named, false AS registered
  UNION ALL
  MATCH (v:Vehicle)
  RETURN 'vehicle' AS kind, v.plate AS key, true AS named, false AS registered
  UNION ALL
  MATCH (e:Event)
  RETURN 'event' AS kind, [l IN labels(e) WHERE l <> 'Event'][0] + ':' + e.id AS key, true AS named, false AS registered
  UNION ALL
  MATCH (party:Person|Organization)-[:HAS_PHONE]->(ph:Phone)
  RETURN 'party-phone' AS kind, coalesce(party.iin, party.bin) + '>' + ph.e164 AS key, true AS named, false AS registered
}
RETURN kind, key, named, registered
