// Appends one entry and moves the head; runs in the transaction that took the lock.
MATCH (h:AuditHead {id: 'audit'})
CREATE (:AuditEntry {
  seq: $seq,
  at: $at,
  user: $user,
  action: $action,
  purpose: $purpose,
  args: $args,
  prevHash: $prevHash,
  hash: $hash
})
SET h.seq = $seq, h.hash = $hash
