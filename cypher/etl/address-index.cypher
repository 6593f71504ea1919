// Every address with what the address identity rule needs, to rebuild the loader's in-memory
// index: the key, and for an РКА address the normalised texts it was given with.
MATCH (a:Address)
RETURN a.key AS key, CASE WHEN a.rka IS NULL THEN null ELSE coalesce(a.textKeys, []) END AS textKeys
