// Uniqueness of every entity key of the model (graph/MODEL.md).
CREATE CONSTRAINT person_iin IF NOT EXISTS FOR (n:Person) REQUIRE n.iin IS UNIQUE;
CREATE CONSTRAINT organization_bin IF NOT EXISTS FOR (n:Organization) REQUIRE n.bin IS UNIQUE;
CREATE CONSTRAINT foreigner_id IF NOT EXISTS FOR (n:Foreigner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT address_key IF NOT EXISTS FOR (n:Address) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT phone_e164 IF NOT EXISTS FOR (n:Phone) REQUIRE n.e164 IS UNIQUE;
CREATE CONSTRAINT vehicle_plate IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.plate IS UNIQUE;
