// Organisations referenced by a row as a party; named by the first row that names them.
UNWIND $organizations AS row
MERGE (o:Organization {bin: row.bin})
ON CREATE SET o:Party, o.name = row.name, o.searchText = row.searchText
WITH o, row
WHERE o.name IS NULL AND row.name IS NOT NULL
SET o.name = row.name, o.searchText = row.searchText
