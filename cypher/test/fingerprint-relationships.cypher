// Every relationship with its type, properties and end nodes (for comparing whole graphs).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, type(r) AS type, properties(r) AS props, elementId(b) AS end
