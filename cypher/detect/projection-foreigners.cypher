// Projection, part 1: events folded around their foreigner. One row per foreigner with every
// party, address and vehicle that appears on its records and how many records each shares
// with it (the edge weight). Aggregated here so that ~1M events cross the wire as ~1 row per
// foreigner. Each node's `communityId` of the last detection (`stored`, parallel to `others`;
// -1 for none) and its element id (`elementIds`) come along, so that only changed ids are
// written back, each by a direct node seek.
MATCH (f:Foreigner)<-[:FOREIGNER]-(e:Event)-[r:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|DRIVER|AT|VEHICLE]->(x)
WITH f, x, count(*) AS w
WITH f, collect(CASE
    WHEN x:Person THEN 'person:' + x.iin
    WHEN x:Organization THEN 'organization:' + x.bin
    WHEN x:Address THEN 'address:' + x.key
    WHEN x:Vehicle THEN 'vehicle:' + x.plate
  END) AS others, collect(w) AS weights, collect(coalesce(x.communityId, -1)) AS stored,
  collect(elementId(x)) AS elementIds
RETURN 'foreigner:' + f.id AS foreigner, elementId(f) AS foreignerElementId,
       f.communityId AS foreignerStored, others, weights, stored, elementIds
