// Newest entries first, filtered by user, action prefix and time range (for supervisors),
// without the entries of reading this log when $hideLogReads (every read writes one);
// the total counts the filtered entries.
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.user = $user)
  AND ($action IS NULL OR e.action STARTS WITH $action)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
  AND (NOT $hideLogReads OR e.action <> 'audit.read')
WITH e ORDER BY e.seq DESC
WITH count(e) AS total, collect(e)[toInteger($offset)..toInteger($offset + $limit)] AS page
RETURN total,
       [e IN page | e {.seq, .at, .user, .action, .purpose, .args, .prevHash, .hash}] AS entries
