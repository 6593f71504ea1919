// One batch of vehicles and addresses left without any relationship.
MATCH (n)
WHERE (n:Vehicle OR n:Address) AND NOT EXISTS { (n)--() }
WITH n LIMIT toInteger($batch)
DELETE n
RETURN count(*) AS deleted
