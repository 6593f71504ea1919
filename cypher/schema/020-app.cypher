// Application records beyond 006-application: the audit head, lead events, session expiry.
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_user IF NOT EXISTS FOR (n:AuditEntry) ON (n.user);
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE CONSTRAINT lead_event_id IF NOT EXISTS FOR (n:LeadEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX lead_event_network IF NOT EXISTS FOR (n:LeadEvent) ON (n.networkId);
CREATE INDEX lead_state_status IF NOT EXISTS FOR (n:LeadState) ON (n.status);
