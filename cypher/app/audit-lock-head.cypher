// Takes the write lock of the audit chain (held until commit) and reads its last seq and
// hash, so concurrent appends serialise and the chain never forks.
MERGE (h:AuditHead {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = ''
SET h.touchedAt = $at
RETURN h.seq AS seq, h.hash AS hash
