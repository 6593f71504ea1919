// Migrants of candidate networks: what the export and persistence need (the passport that
// identifies them in the sources, the node to link), nothing else — they are most of the
// members, so they get no profile of their own. Params: $keys (Foreigner ids).
UNWIND $keys AS key
MATCH (x:Foreigner {id: key})
OPTIONAL CALL (x) {
  MATCH (x)-[:HOLDS]->(d:Document)
  RETURN d ORDER BY d.key LIMIT 1
}
RETURN 'foreigner:' + key AS ref, elementId(x) AS elementId,
       trim(coalesce(x.lastName, '') + ' ' + coalesce(x.firstName, '')) AS name,
       coalesce(d.country, x.citizenship) AS passportCountry, coalesce(d.number, x.id) AS passportNo
