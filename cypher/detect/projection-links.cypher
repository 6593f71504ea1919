// Projection, part 2: links that do not pass through a foreigner — register facts
// (director, founder, phone, residence, legal address), documents held by several
// foreigners, and participants of events without a foreigner (offences by a host or
// employer at an address). One row per distinct pair with its weight.
CALL () {
  MATCH (a:Party)-[r:DIRECTOR|FOUNDER|HAS_PHONE|LIVES_AT|LEGAL_ADDRESS]->(b)
  RETURN a, b, CASE WHEN type(r) IN ['DIRECTOR', 'FOUNDER'] THEN 2 ELSE 1 END AS w,
         CASE WHEN type(r) IN ['DIRECTOR', 'FOUNDER'] THEN 'control' ELSE 'contact' END AS link
  UNION ALL
  MATCH (d:Document)<-[:HOLDS]-(a:Foreigner)
  WITH d, collect(a) AS holders WHERE size(holders) > 1
  UNWIND holders AS a
  RETURN a, d AS b, 1 AS w, 'document' AS link
  UNION ALL
  MATCH (e:Event)-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|DRIVER]->(a:Party)
  WHERE NOT EXISTS { (e)-[:FOREIGNER]->() }
  MATCH (e)-[:AT|VEHICLE]->(b)
  RETURN a, b, 1 AS w, 'event' AS link
}
WITH a, b, sum(w) AS weight, collect(DISTINCT link) AS links
RETURN CASE
    WHEN a:Person THEN 'person:' + a.iin
    WHEN a:Organization THEN 'organization:' + a.bin
    WHEN a:Foreigner THEN 'foreigner:' + a.id
  END AS a,
  CASE
    WHEN b:Person THEN 'person:' + b.iin
    WHEN b:Organization THEN 'organization:' + b.bin
    WHEN b:Address THEN 'address:' + b.key
    WHEN b:Phone THEN 'phone:' + b.e164
    WHEN b:Vehicle THEN 'vehicle:' + b.plate
    WHEN b:Document THEN 'document:' + b.key
  END AS b,
  weight,
  CASE WHEN 'control' IN links THEN 'control' ELSE links[0] END AS link
