// One batch of foreigners no remaining event mentions, with their identity-merge records.
MATCH (f:Foreigner)
WHERE NOT EXISTS { (f)<-[:FOREIGNER]-(:Event) }
WITH f LIMIT toInteger($batch)
OPTIONAL MATCH (m:IdentityMerge)-[:MERGED_INTO]->(f)
DETACH DELETE m
WITH DISTINCT f
DETACH DELETE f
RETURN count(*) AS deleted
