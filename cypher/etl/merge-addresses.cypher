// Addresses keyed by РКА (`rka:`) or normalised text (`txt:`); text as first seen. An РКА
// address also lists every normalised text it was given with (`textKeys`, in the order seen):
// the texts a text-only row may match it by. ON CREATE/ON MATCH rather than a SET after the
// MERGE, which the planner would buffer (Eager).
UNWIND $addresses AS row
MERGE (a:Address {key: row.key})
ON CREATE SET a.text = row.text, a.rka = row.rka, a.city = row.city, a.searchText = row.searchText,
              a.textKeys = CASE WHEN row.rka IS NULL THEN null ELSE row.newTextKeys END
ON MATCH SET a.textKeys = coalesce(a.textKeys, []) +
                          [t IN row.newTextKeys WHERE NOT t IN coalesce(a.textKeys, [])]
