// The full history of one network's workflow, oldest first.
MATCH (e:LeadEvent {networkId: $networkId})
RETURN e {.*} AS event
ORDER BY e.version
