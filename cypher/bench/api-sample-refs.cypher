// bench/api.ts: random persons and foreigners that appear on events (profile and expansion
// seeds), with a surname to search for.
CALL () {
  MATCH (p:Person)
  WHERE EXISTS { (p)<-[]-(:Event) }
  RETURN 'person:' + p.iin AS ref, coalesce(p.lastName, p.name) AS name, rand() AS r
  UNION ALL
  MATCH (f:Foreigner)
  RETURN 'foreigner:' + f.id AS ref, coalesce(f.lastNameLat, f.lastName) AS name, rand() AS r
}
WITH ref, name, r WHERE name IS NOT NULL
ORDER BY r
LIMIT toInteger($n)
RETURN ref, name
