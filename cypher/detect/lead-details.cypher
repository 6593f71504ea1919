// Persisted networks by id with their members (source identifiers) and change history.
// Params: $ids (list of Network.id). Migrants are named by the first document they hold.
UNWIND $ids AS id
MATCH (n:Network {id: id})
CALL (n) {
  MATCH (n)-[m:HAS_MEMBER]->(x)
  OPTIONAL CALL (x) {
    MATCH (x:Foreigner)-[:HOLDS]->(d:Document)
    RETURN d ORDER BY d.key LIMIT 1
  }
  RETURN collect({
    kind: CASE
      WHEN x:Person THEN 'person' WHEN x:Organization THEN 'organization'
      WHEN x:Foreigner THEN 'migrant' WHEN x:Address THEN 'address'
      WHEN x:Vehicle THEN 'vehicle' WHEN x:Phone THEN 'phone' ELSE 'other' END,
    iin: x.iin, bin: x.bin, rka: x.rka, text: x.text, plate: x.plate, e164: x.e164,
    passportCountry: coalesce(d.country, x.citizenship), passportNo: coalesce(d.number, x.id),
    role: m.role, organizerRank: m.organizerRank, why: m.why
  }) AS members
}
CALL (n) {
  OPTIONAL MATCH (n)-[:CHANGED_IN]->(c:NetworkChange)
  WITH c ORDER BY c.at
  RETURN collect(c {.runId, .at, .added, .removed}) AS changes
}
RETURN n {.id, .rank, .score, .size, .runId, .firstSeenRunId, .patterns, .reasons} AS network,
       members, changes
