// Takes the write lock of one network's workflow (creating it as `new` on first touch) and
// returns it. receivedAt = start of the detection run that first found the network.
MATCH (n:Network {id: $networkId})
OPTIONAL MATCH (r:DetectionRun {id: n.firstSeenRunId})
MERGE (s:LeadState {networkId: $networkId})
  ON CREATE SET s.status = 'new',
                s.version = 0,
                s.receivedAt = CASE WHEN r IS NULL OR r.startedAt IS NULL THEN $now
                               ELSE toString(datetime({epochMillis: datetime(r.startedAt).epochMillis})) END
SET s.lockedAt = $now
RETURN s {.*} AS state
