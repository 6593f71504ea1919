// Exact look-ups of the investigation search (cypher/queries/investigate-search-exact):
// passport number without its country, and the РКА of an address.
CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.number);
CREATE INDEX address_rka IF NOT EXISTS FOR (n:Address) ON (n.rka);
