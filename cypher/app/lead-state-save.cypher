// Writes the new state and appends its history event, in the transaction holding the lock.
MATCH (s:LeadState {networkId: $state.networkId})
SET s += $state
CREATE (s)-[:HAS_EVENT]->(:LeadEvent {
  id: $event.id,
  networkId: $event.networkId,
  version: $event.version,
  at: $event.at,
  user: $event.user,
  type: $event.type,
  fromStatus: $event.fromStatus,
  toStatus: $event.toStatus,
  details: $details
})
