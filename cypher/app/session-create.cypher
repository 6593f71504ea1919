// A login session; only the sha256 of the cookie token is stored.
MATCH (u:User {username: $username})
CREATE (s:Session {tokenHash: $tokenHash, createdAt: $now, expiresAt: $expiresAt})-[:OF]->(u)
RETURN s.expiresAt AS expiresAt
