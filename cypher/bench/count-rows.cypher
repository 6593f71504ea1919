// Rows of the loaded drop as the graph holds them: one event node per record plus the
// register rows (persons, organisations).
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (p:Person) WHERE p.srcFile IS NOT NULL RETURN count(p) AS persons }
CALL () { MATCH (o:Organization) WHERE o.srcFile IS NOT NULL RETURN count(o) AS organizations }
RETURN events, persons, organizations, events + persons + organizations AS rows
