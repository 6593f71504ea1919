// The rule an analyst uses today, as the benchmark's baseline: parties ranked by the number
// of distinct foreigners from migration-risk countries they invited. Params: $riskCountries,
// $limit. Migrants are named by their first document, as in the leads export.
MATCH (p:Person|Organization)<-[:INVITER]-(:Invitation)-[:FOREIGNER]->(f:Foreigner)
WHERE f.citizenship IN $riskCountries
WITH p, collect(DISTINCT f) AS invitees
ORDER BY size(invitees) DESC, coalesce(p.iin, p.bin)
LIMIT toInteger($limit)
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS party,
       [f IN invitees | COLLECT {
          MATCH (f)-[:HOLDS]->(d:Document) RETURN d.country + ':' + d.number AS doc ORDER BY d.key LIMIT 1
        }[0]] AS migrants
