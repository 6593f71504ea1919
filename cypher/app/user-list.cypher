// All users, without password hashes.
MATCH (u:User)
RETURN u.username AS username, u.role AS role, u.disabled AS disabled
ORDER BY u.username
