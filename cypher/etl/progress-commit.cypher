// Advances a file's progress; runs in the same transaction as the batch it follows, so
// progress and data are committed together or not at all.
MERGE (p:LoadProgress {loadId: $loadId, file: $file})
SET p.kind = $kind, p.line = $line, p.done = $done, p.read = $read, p.loaded = $loaded,
    p.rejected = $rejected, p.merged = $merged
