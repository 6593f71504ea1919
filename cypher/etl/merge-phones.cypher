// Phones keyed by E.164.
UNWIND $phones AS row
MERGE (p:Phone {e164: row.e164})
ON CREATE SET p.searchText = row.searchText
