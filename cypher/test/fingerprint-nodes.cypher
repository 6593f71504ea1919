// Every node with its labels and properties (for comparing whole graphs in tests).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
