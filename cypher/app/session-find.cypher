// The live session of a token hash and its user (disabled users have none).
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > $now AND NOT u.disabled
RETURN u.username AS username, u.role AS role, s.expiresAt AS expiresAt
