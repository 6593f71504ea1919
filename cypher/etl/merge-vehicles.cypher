// Vehicles keyed by normalised plate.
UNWIND $vehicles AS row
MERGE (v:Vehicle {plate: row.plate})
ON CREATE SET v.searchText = row.searchText
