// Removes sessions past their expiry.
MATCH (s:Session)
WHERE s.expiresAt <= $now
DETACH DELETE s
RETURN count(*) AS purged
