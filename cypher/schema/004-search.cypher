// Full-text search over names, identifiers and addresses in both scripts (searchText holds
// the original and its Latin transliteration).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Foreigner|Document|Address|Phone|Vehicle) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE FULLTEXT INDEX address_text IF NOT EXISTS
FOR (n:Address) ON EACH [n.text, n.searchText];
