// How many event facts are older than the cutoff (dry run).
MATCH (e:Event)
WHERE e.date < date($cutoff)
RETURN count(e) AS events
