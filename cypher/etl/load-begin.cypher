// Records a load of a drop; the id is the drop's content hash, so a re-run of the same drop
// finds its own Load and progress. First start time and folder are kept.
MERGE (l:Load {id: $loadId})
ON CREATE SET l.startedAt = datetime(), l.dir = $dir, l.files = $files
RETURN l.finishedAt IS NOT NULL AS finished
