// Synthetic audit entries for bench/audit-list.ts: $n entries after the chain's last seq, one
// second apart from $start, spread over 50 users and a mix of actions (a tenth `audit.read`).
// The hashes are placeholders: the list never checks them (`arna audit verify` would fail).
// Params: $n, $start (ISO moment).
OPTIONAL MATCH (last:AuditEntry)
WITH coalesce(max(last.seq), 0) AS top
UNWIND range(1, $n) AS i
CREATE (:AuditEntry {
  seq: top + i,
  at: toString(datetime($start) + duration({seconds: top + i})),
  user: 'user' + (i % 50),
  action: ['view.entity', 'search', 'view.lead', 'expand', 'login.success', 'view.network',
           'query.run', 'view.entity', 'search', 'audit.read'][i % 10],
  purpose: 'bench',
  args: '{}',
  prevHash: 'bench',
  hash: 'bench'
})
