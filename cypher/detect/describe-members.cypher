// Facts about the entities of candidate networks, by entity ref: source identifiers for the
// export, the roles a party plays on records, and the numbers that tell a legitimate hub
// (clean record, permits, a family's relatives: the guests' surnames and citizenships) from
// a front. Foreigners are described by describe-foreigners.cypher. Params: one list of keys
// per kind ($person, $organization, $address, $phone, $vehicle, $document),
// $violationArticles.
// Keys come one list per kind, so each is found by one index seek of its own label.
CALL () {
  UNWIND $person AS key
  MATCH (x:Person {iin: key})
  RETURN 'person:' + key AS ref, x
  UNION ALL
  UNWIND $organization AS key
  MATCH (x:Organization {bin: key})
  RETURN 'organization:' + key AS ref, x
  UNION ALL
  UNWIND $address AS key
  MATCH (x:Address {key: key})
  RETURN 'address:' + key AS ref, x
  UNION ALL
  UNWIND $phone AS key
  MATCH (x:Phone {e164: key})
  RETURN 'phone:' + key AS ref, x
  UNION ALL
  UNWIND $vehicle AS key
  MATCH (x:Vehicle {plate: key})
  RETURN 'vehicle:' + key AS ref, x
  UNION ALL
  UNWIND $document AS key
  MATCH (x:Document {key: key})
  RETURN 'document:' + key AS ref, x
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
RETURN ref, elementId(x) AS elementId,
       coalesce(x.name, trim(coalesce(x.lastName, '') + ' ' + coalesce(x.firstName, ''))) AS name,
       x.activity AS activity, x.rka AS rka, x.text AS text,
       null AS passportCountry, null AS passportNo,
       coalesce(roles, []) AS roles, coalesce(foreigners, 0) AS foreigners,
       coalesce(violators, 0) AS violators, coalesce(guests, []) AS guests,
       CASE WHEN x:Person THEN x.lastName END AS lastName,
       coalesce(workRecords, 0) AS workRecords, coalesce(unpermitted, 0) AS unpermitted,
       coalesce(controls, 0) AS controls
