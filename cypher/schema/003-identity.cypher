// Identity resolution and load bookkeeping.
CREATE INDEX foreigner_name_key IF NOT EXISTS FOR (n:Foreigner) ON (n.nameKey, n.birthDate);
CREATE CONSTRAINT identity_merge_id IF NOT EXISTS FOR (n:IdentityMerge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT address_merge_id IF NOT EXISTS FOR (n:AddressMerge) REQUIRE n.id IS UNIQUE;
// A reference to a merged text-only address (a bookmark, a link) finds where it went.
CREATE INDEX address_merge_merged_key IF NOT EXISTS FOR (n:AddressMerge) ON (n.mergedKey);
CREATE CONSTRAINT document_conflict_id IF NOT EXISTS FOR (n:DocumentConflict) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_progress_key IF NOT EXISTS FOR (n:LoadProgress) REQUIRE (n.loadId, n.file) IS UNIQUE;
