// Which of the given usernames exist.
UNWIND $usernames AS username
MATCH (u:User {username: username})
RETURN collect(u.username) AS found
