// Resolves entity and event references to nodes.
// Returns one row per reference that exists: ref (string), node.
// Params: $refs — list of {ref, kind, key} as parsed by graph/src/investigate/refs.ts.
// Each branch is one unique-constraint (or index) seek, guarded by the kind. A text-only
// address merged into its РКА address (graph/MODEL.md, "Identity of addresses") no longer
// exists under its key; a reference to it (a bookmark, a saved link) resolves to the address
// it was merged into, unless a node of that key exists again.
UNWIND $refs AS r
CALL (r) {
  MATCH (n:Person {iin: r.key}) WHERE r.kind = 'person' RETURN n
  UNION
  MATCH (n:Organization {bin: r.key}) WHERE r.kind = 'organization' RETURN n
  UNION
  MATCH (n:Foreigner {id: r.key}) WHERE r.kind = 'foreigner' RETURN n
  UNION
  MATCH (n:Document {key: r.key}) WHERE r.kind = 'document' RETURN n
  UNION
  MATCH (n:Address {key: r.key}) WHERE r.kind = 'address' RETURN n
  UNION
  MATCH (m:AddressMerge {mergedKey: r.key})-[:MERGED_INTO]->(n:Address)
  WHERE r.kind = 'address' AND NOT EXISTS { (:Address {key: r.key}) }
  RETURN n ORDER BY m.id DESC LIMIT 1
  UNION
  MATCH (n:Phone {e164: r.key}) WHERE r.kind = 'phone' RETURN n
  UNION
  MATCH (n:Vehicle {plate: r.key}) WHERE r.kind = 'vehicle' RETURN n
  UNION
  MATCH (n:Invitation {id: r.key}) WHERE r.kind = 'invitation' RETURN n
  UNION
  MATCH (n:Registration {id: r.key}) WHERE r.kind = 'registration' RETURN n
  UNION
  MATCH (n:Crossing {id: r.key}) WHERE r.kind = 'crossing' RETURN n
  UNION
  MATCH (n:Trip {id: r.key}) WHERE r.kind = 'trip' RETURN n
  UNION
  MATCH (n:Employment {id: r.key}) WHERE r.kind = 'employment' RETURN n
  UNION
  MATCH (n:Petition {id: r.key}) WHERE r.kind = 'petition' RETURN n
  UNION
  MATCH (n:Violation {id: r.key}) WHERE r.kind = 'violation' RETURN n
}
RETURN r.ref AS ref, n AS node
