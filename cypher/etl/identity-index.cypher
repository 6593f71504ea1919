// Every foreigner with what the identity rules need, to rebuild the loader's in-memory index.
MATCH (f:Foreigner)
OPTIONAL MATCH (f)-[:HOLDS]->(d:Document)
RETURN f.id AS id, f.nameKey AS nameKey, toString(f.birthDate) AS birthDate,
       f.citizenship AS citizenship, f.names AS names, collect(d.key) AS documents
