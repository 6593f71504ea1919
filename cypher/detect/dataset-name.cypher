// The folder of the most recent load, used as the export's `dataset` name.
MATCH (load:Load)
RETURN load.dir AS dir
ORDER BY load.startedAt DESC
LIMIT 1
