// Newest entries first, filtered by user, action prefix and time range (for supervisors),
// without the entries of reading this log when $hideLogReads (every read writes one).
// Read backwards along the seq index and cut after $countUpTo + 1 entries (or the page's end,
// if later): a page costs the count's cap, not the whole log, which grows by an entry per
// request. `total` counts the filtered entries up to that cut; `capped` says there are more.
MATCH (e:AuditEntry)
WHERE e.seq IS NOT NULL
  AND ($user IS NULL OR e.user = $user)
  AND ($action IS NULL OR e.action STARTS WITH $action)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
  AND (NOT $hideLogReads OR e.action <> 'audit.read')
WITH e ORDER BY e.seq DESC
LIMIT toInteger(CASE WHEN $offset + $limit > $countUpTo + 1 THEN $offset + $limit ELSE $countUpTo + 1 END)
WITH collect(e) AS cut
RETURN CASE WHEN size(cut) > $countUpTo THEN $countUpTo ELSE size(cut) END AS total,
       size(cut) > $countUpTo AS capped,
       [e IN cut[toInteger($offset)..toInteger($offset + $limit)] |
        e {.seq, .at, .user, .action, .purpose, .args, .prevHash, .hash}] AS entries
