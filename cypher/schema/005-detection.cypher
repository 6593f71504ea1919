// Detection results and tracking of networks across runs.
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT detection_run_id IF NOT EXISTS FOR (n:DetectionRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX network_rank IF NOT EXISTS FOR (n:Network) ON (n.rank);
