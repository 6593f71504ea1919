// One record of the drop is one event node, keyed by its record id per kind.
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (n:Invitation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT registration_id IF NOT EXISTS FOR (n:Registration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT crossing_id IF NOT EXISTS FOR (n:Crossing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trip_id IF NOT EXISTS FOR (n:Trip) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT employment_id IF NOT EXISTS FOR (n:Employment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT petition_id IF NOT EXISTS FOR (n:Petition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT violation_id IF NOT EXISTS FOR (n:Violation) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_load IF NOT EXISTS FOR (n:Event) ON (n.loadId);
