// Full-text search over names, identifiers and addresses in both scripts (searchText holds
// the original and its Latin transliteration; an address's searchText includes its text).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Foreigner|Document|Address|Phone|Vehicle) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// A second address index of earlier versions: nothing queried it, and each commit paid for it.
DROP INDEX address_text IF EXISTS;
