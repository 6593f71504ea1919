// Logout: removes the session of a token hash.
MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
