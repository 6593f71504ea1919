// Whether a user may own leads: exists, enabled, investigator or supervisor.
MATCH (u:User {username: $username})
WHERE NOT u.disabled AND u.role IN ['INVESTIGATOR', 'SUPERVISOR']
RETURN u.username AS username
