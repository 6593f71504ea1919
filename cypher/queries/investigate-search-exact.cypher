// Exact look-up of what an investigator may paste: ИИН, БИН, РКА, phone (E.164), plate,
// passport number (any country; finds the document and its holders).
// Returns rows: node, matchedOn ('iin' | 'bin' | 'rka' | 'phone' | 'plate' | 'passport').
// Params: $digits — 12 digits or null (ИИН/БИН); $rka — 16 digits or null; $phone — E.164 or
// null; $plate — normalised plate or null; $passportNo — normalised document number or null.
CALL () {
  MATCH (n:Person {iin: $digits}) RETURN n AS node, 'iin' AS matchedOn
  UNION
  MATCH (n:Organization {bin: $digits}) RETURN n AS node, 'bin' AS matchedOn
  UNION
  MATCH (n:Address {rka: $rka}) RETURN n AS node, 'rka' AS matchedOn
  UNION
  MATCH (n:Phone {e164: $phone}) RETURN n AS node, 'phone' AS matchedOn
  UNION
  MATCH (n:Vehicle {plate: $plate}) RETURN n AS node, 'plate' AS matchedOn
  UNION
  MATCH (n:Document {number: $passportNo}) RETURN n AS node, 'passport' AS matchedOn
  UNION
  MATCH (:Document {number: $passportNo})<-[:HOLDS]-(n:Foreigner)
  RETURN n AS node, 'passport' AS matchedOn
}
RETURN node, matchedOn
