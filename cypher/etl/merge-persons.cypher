// Persons referenced by a row (party, director, founder, driver). A person first seen
// without a name takes the first name a later row gives; register data is never overwritten.
UNWIND $persons AS row
MERGE (p:Person {iin: row.iin})
ON CREATE SET p:Party, p.name = row.name, p.birthDate = date(row.birthDate), p.searchText = row.searchText
WITH p, row
WHERE p.name IS NULL AND row.name IS NOT NULL
SET p.name = row.name, p.searchText = row.searchText
