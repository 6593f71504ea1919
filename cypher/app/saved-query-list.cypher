// Saved queries a user may see: own, shared with them or their role; supervisors see all.
MATCH (q:SavedQuery)
WHERE q.owner = $username OR $username IN q.sharedWith OR $role IN q.sharedRoles
   OR $role = 'SUPERVISOR'
RETURN q {.*} AS query
ORDER BY toLower(q.name), q.id
