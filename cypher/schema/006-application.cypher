// The application's own records: users, sessions, audit chain, saved queries, lead workflow.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_state_network IF NOT EXISTS FOR (n:LeadState) REQUIRE n.networkId IS UNIQUE;
