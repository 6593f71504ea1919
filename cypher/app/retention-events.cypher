// One batch of event facts older than the cutoff, with their relationships.
MATCH (e:Event)
WHERE e.date < date($cutoff)
WITH e LIMIT toInteger($batch)
DETACH DELETE e
RETURN count(*) AS deleted
