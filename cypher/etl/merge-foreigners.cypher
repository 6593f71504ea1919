// Foreigners as the identity index resolved them: created with the first row's data and
// provenance; later rows append new spellings to `names` (in the order seen).
UNWIND $foreigners AS row
MERGE (f:Foreigner {id: row.id})
ON CREATE SET f += row.props, f.birthDate = date(row.birthDate), f.names = [],
              f.srcFile = row.srcFile, f.srcLine = toInteger(row.srcLine), f.loadId = $loadId
SET f.names = f.names + [n IN row.newNames WHERE NOT n IN f.names],
    f.searchText = row.searchText
