// One user with its password hash (for login) or nothing.
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, u.disabled AS disabled,
       u.passwordHash AS passwordHash
