// One step of neighbourhood expansion: the events of the frontier nodes, with every
// participant. Returns rows: event (node), participants (list of {role: relationship type,
// node}). Each frontier node contributes at most $perNode events, newest first.
// Params: $ids — elementIds of the frontier; $eventLabels — list of event labels to keep, or
// null for all; $from, $to — ISO dates or null (inclusive window on event.date); $perNode.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  MATCH (n)<--(e:Event)
  WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY e.date DESC
  LIMIT toInteger($perNode)
  RETURN e
}
WITH DISTINCT e
RETURN e AS event, [(e)-[r]->(m) | {role: type(r), node: m}] AS participants
