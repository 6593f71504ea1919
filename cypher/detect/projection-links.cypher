// Projection, part 2: links that do not pass through a foreigner — register facts
// (director, founder, phone, residence, legal address), documents held by several
// foreigners, and participants of events without a foreigner (offences by a host or
// employer at an address). One row per distinct pair with its count and kind: `founder`,
// `director`, `owns` (a phone or address the register gives the party), `contact` (a phone
// the party gave on a record: typically someone else's), `document`, `event`.
// Only the relevant part of the registers: links of parties that appear on records, of
// firms that do (to their directors and founders), and of phones or addresses that records
// use — the citizen nobody invited, hosted or employed stays out of the projection.
// `aStored`/`bStored`: each end's `communityId` of the last detection, `aElementId`/`bElementId`
// its element id (only changed ids are written back, each by a direct node seek).
CALL () {
  MATCH (a:Person|Organization)-[r:DIRECTOR|FOUNDER|HAS_PHONE|LIVES_AT|LEGAL_ADDRESS]->(b)
  WHERE EXISTS { (a)<-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|DRIVER]-(:Event) }
     OR (b:Address AND EXISTS { (b)<-[:AT]-(:Event) })
     OR (b:Phone AND EXISTS {
           (b)<-[:HAS_PHONE]-(user)<-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|DRIVER]-(:Event)
         })
  RETURN a, b, 1 AS w,
         CASE
           WHEN type(r) = 'FOUNDER' THEN 'founder'
           WHEN type(r) = 'DIRECTOR' THEN 'director'
           WHEN type(r) = 'HAS_PHONE' AND NOT (r.srcFile STARTS WITH 'persons' OR r.srcFile STARTS WITH 'organizations')
             THEN 'contact'
           ELSE 'owns'
         END AS link
  UNION ALL
  MATCH (d:Document)<-[:HOLDS]-(a:Foreigner)
  WITH d, collect(a) AS holders WHERE size(holders) > 1
  UNWIND holders AS a
  RETURN a, d AS b, 1 AS w, 'document' AS link
  UNION ALL
  MATCH (e:Event)-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|DRIVER]->(a:Person|Organization)
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
  elementId(a) AS aElementId,
  elementId(b) AS bElementId,
  a.communityId AS aStored,
  b.communityId AS bStored,
  CASE
    WHEN 'founder' IN links THEN 'founder'
    WHEN 'director' IN links THEN 'director'
    WHEN 'owns' IN links THEN 'owns'
    ELSE links[0]
  END AS link
