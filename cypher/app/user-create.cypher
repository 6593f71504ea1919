// Creates a user; fails on the username constraint when it exists.
CREATE (u:User {
  username: $username,
  role: $role,
  passwordHash: $passwordHash,
  disabled: false,
  createdAt: $now,
  updatedAt: $now
})
RETURN u.username AS username, u.role AS role, u.disabled AS disabled
