// Addresses keyed by РКА (`rka:`) or normalised text (`txt:`); text as first seen.
UNWIND $addresses AS row
MERGE (a:Address {key: row.key})
ON CREATE SET a.text = row.text, a.rka = row.rka, a.city = row.city, a.searchText = row.searchText
