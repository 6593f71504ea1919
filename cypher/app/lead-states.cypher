// Workflow records of several networks; firstSeenAt for those nobody has touched yet.
UNWIND $ids AS id
OPTIONAL MATCH (s:LeadState {networkId: id})
OPTIONAL MATCH (n:Network {id: id})
OPTIONAL MATCH (r:DetectionRun {id: n.firstSeenRunId})
RETURN id,
       s {.*} AS state,
       CASE WHEN r IS NULL OR r.startedAt IS NULL THEN null
            ELSE toString(datetime({epochMillis: datetime(r.startedAt).epochMillis})) END AS firstSeenAt
