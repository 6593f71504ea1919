// Holders of documents, for display names (graph/src/investigate/display-names.ts): a migrant
// in a lead is named by the passport, and is shown by the names of whoever holds it (two
// holders when the passport is a document conflict).
// Returns rows: elementId (of the document), holder (Foreigner node), ordered by holder id.
// Params: $ids — element ids of Document nodes.
UNWIND $ids AS id
MATCH (f:Foreigner)-[:HOLDS]->(d:Document)
WHERE elementId(d) = id
RETURN id AS elementId, f AS holder
ORDER BY f.id
