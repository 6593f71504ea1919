// A text-only address whose normalised text has become that of exactly one РКА address is
// merged into it (graph/MODEL.md, "Identity of addresses"): every relationship moves, with its
// type and properties, the text-only node's search words join the РКА address's (so it is
// still found by the old text), an explainable AddressMerge is kept, and the node goes.
// Relationships are moved whatever their type (AT, LIVES_AT, LEGAL_ADDRESS, a detection run's
// HAS_MEMBER …); all of them point to the address, so a relationship leaving it would be left
// behind and make the DELETE fail the batch rather than be lost.
UNWIND $addressMerges AS row
MATCH (t:Address {key: row.mergeFrom})
MATCH (a:Address {key: row.key})
CALL (t, a) {
  MATCH (t)<-[old]-(x)
  CREATE (x)-[moved:$(type(old))]->(a)
  SET moved = properties(old)
  DELETE old
}
MERGE (m:AddressMerge {id: row.id})
ON CREATE SET m.rule = 'same-text', m.matchedOn = ['textKey'], m.mergedKey = t.key,
              m.variant = t.text, m.srcFile = row.srcFile, m.srcLine = toInteger(row.srcLine),
              m.loadId = $loadId
MERGE (m)-[:MERGED_INTO]->(a)
SET a.searchText = reduce(s = a.searchText, w IN split(t.searchText, ' ') |
                          CASE WHEN w IN split(s, ' ') THEN s ELSE s + ' ' + w END)
DELETE t
