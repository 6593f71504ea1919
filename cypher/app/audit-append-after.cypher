// Appends entries linked to the head this process wrote last, in one statement (one round
// trip less than audit-lock-head + audit-append): takes the chain's lock (SET), then keeps
// going only if the head is still the one the entries were linked to. Returns one row
// (lastSeq) when appended, none when another writer moved the head (nothing appended; the
// caller takes the locking path). Should the check ever be read before the lock, the unique
// AuditEntry.seq still refuses a second entry of a seq, failing the transaction.
MATCH (h:AuditHead {id: 'audit'})
SET h.touchedAt = $at
WITH h
WHERE h.seq = $expectedSeq AND h.hash = $expectedHash
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
RETURN lastSeq
