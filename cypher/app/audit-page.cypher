// Entries after a seq, in order (verification walks the chain page by page).
MATCH (e:AuditEntry)
WHERE e.seq > $afterSeq
RETURN e.seq AS seq, e.at AS at, e.user AS user, e.action AS action, e.purpose AS purpose,
       e.args AS args, e.prevHash AS prevHash, e.hash AS hash
ORDER BY e.seq
LIMIT toInteger($limit)
