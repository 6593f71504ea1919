// Changes role, password or disabled flag (null keeps the value); disabling ends sessions.
MATCH (u:User {username: $username})
SET u.role = coalesce($role, u.role),
    u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.disabled = coalesce($disabled, u.disabled),
    u.updatedAt = $now
WITH u
OPTIONAL MATCH (s:Session)-[:OF]->(u)
WHERE u.disabled OR $passwordHash IS NOT NULL
DETACH DELETE s
WITH DISTINCT u
RETURN u.username AS username, u.role AS role, u.disabled AS disabled
