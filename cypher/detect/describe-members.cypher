// Facts about the entities of candidate networks, by entity ref: source identifiers for the
// export, the roles a party plays on records, and the numbers that tell a legitimate hub
// (clean record, permits, a family's relatives: the guests' surnames and citizenships) from a front. Params: $refs, $violationArticles.
UNWIND $refs AS ref
WITH ref, split(ref, ':')[0] AS kind
WITH ref, kind, substring(ref, size(kind) + 1) AS key
CALL (kind, key) {
  MATCH (x:Person {iin: key}) WHERE kind = 'person' RETURN x
  UNION
  MATCH (x:Organization {bin: key}) WHERE kind = 'organization' RETURN x
  UNION
  MATCH (x:Foreigner {id: key}) WHERE kind = 'foreigner' RETURN x
  UNION
  MATCH (x:Address {key: key}) WHERE kind = 'address' RETURN x
  UNION
  MATCH (x:Phone {e164: key}) WHERE kind = 'phone' RETURN x
  UNION
  MATCH (x:Vehicle {plate: key}) WHERE kind = 'vehicle' RETURN x
  UNION
  MATCH (x:Document {key: key}) WHERE kind = 'document' RETURN x
}
OPTIONAL CALL (x) {
  MATCH (x)<-[r]-(e:Event)
  WHERE type(r) IN ['INVITER', 'HOST', 'CARRIER', 'EMPLOYER', 'PETITIONER', 'DRIVER', 'OFFENDER', 'AT', 'VEHICLE']
  WITH CASE WHEN type(r) = 'AT' THEN labels(e) ELSE [type(r)] END AS tags
  UNWIND tags AS tag
  WITH tag WHERE tag <> 'Event'
  WITH tag, count(*) AS c
  RETURN collect([tag, toString(c)]) AS roles
}
OPTIONAL CALL (x) {
  WITH x WHERE x:Person OR x:Organization
  MATCH (x)<-[:INVITER|HOST|EMPLOYER|PETITIONER]-(:Event)-[:FOREIGNER]->(f:Foreigner)
  WITH DISTINCT f
  WITH f, EXISTS {
      MATCH (f)<-[:FOREIGNER]-(v:Violation) WHERE split(v.article, '-')[0] IN $violationArticles
    } AS violated
  RETURN count(f) AS foreigners, sum(CASE WHEN violated THEN 1 ELSE 0 END) AS violators,
         collect([f.lastNameLat, f.citizenship]) AS guests
}
OPTIONAL CALL (x) {
  WITH x WHERE x:Person OR x:Organization
  MATCH (x)<-[:EMPLOYER]-(e:Employment)
  RETURN count(e) AS workRecords,
         sum(CASE WHEN e.permitNo IS NULL OR e.permitNo = '' THEN 1 ELSE 0 END) AS unpermitted
}
OPTIONAL CALL (x) {
  WITH x WHERE x:Person
  MATCH (x)<-[:DIRECTOR|FOUNDER]-(o:Organization)
  RETURN count(DISTINCT o) AS controls
}
OPTIONAL CALL (x) {
  WITH x WHERE x:Foreigner
  MATCH (x)-[:HOLDS]->(d:Document)
  RETURN d ORDER BY d.key LIMIT 1
}
RETURN ref, elementId(x) AS elementId,
       coalesce(x.name, trim(coalesce(x.lastName, '') + ' ' + coalesce(x.firstName, ''))) AS name,
       x.activity AS activity, x.rka AS rka, x.text AS text,
       coalesce(d.country, x.citizenship) AS passportCountry, coalesce(d.number, x.id) AS passportNo,
       coalesce(roles, []) AS roles, coalesce(foreigners, 0) AS foreigners,
       coalesce(violators, 0) AS violators, coalesce(guests, []) AS guests,
       CASE WHEN x:Person THEN x.lastName END AS lastName,
       coalesce(workRecords, 0) AS workRecords, coalesce(unpermitted, 0) AS unpermitted,
       coalesce(controls, 0) AS controls
