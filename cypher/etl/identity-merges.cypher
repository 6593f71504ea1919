// One explainable record per merge of a row into an existing foreigner.
UNWIND $merges AS row
MATCH (f:Foreigner {id: row.foreignerId})
MERGE (m:IdentityMerge {id: row.id})
ON CREATE SET m.rule = row.rule, m.matchedOn = row.matchedOn, m.variant = row.variant,
              m.srcFile = row.srcFile, m.srcLine = toInteger(row.srcLine), m.loadId = $loadId
MERGE (m)-[:MERGED_INTO]->(f)
