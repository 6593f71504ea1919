// Reference for bench/audit-list.ts: the audit list as it was before 2caf38b, counting and
// collecting every filtered entry for each page. Same parameters and result as
// app/audit-list without $hideLogReads and $countUpTo.
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.user = $user)
  AND ($action IS NULL OR e.action STARTS WITH $action)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC
WITH count(e) AS total, collect(e)[toInteger($offset)..toInteger($offset + $limit)] AS page
RETURN total,
       [e IN page | e {.seq, .at, .user, .action, .purpose, .args, .prevHash, .hash}] AS entries
