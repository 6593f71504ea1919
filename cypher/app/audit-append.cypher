// Appends entries (already linked in order) and moves the head to the last one; runs in the
// transaction that took the lock.
MATCH (h:AuditHead {id: 'audit'})
UNWIND $entries AS e
CREATE (:AuditEntry {
  seq: e.seq,
  at: e.at,
  user: e.user,
  action: e.action,
  purpose: e.purpose,
  args: e.args,
  prevHash: e.prevHash,
  hash: e.hash
})
WITH h, max(e.seq) AS lastSeq
SET h.seq = lastSeq, h.hash = $lastHash
