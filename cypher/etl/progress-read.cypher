// How far each file of a load has been committed, with its counters so far.
MATCH (p:LoadProgress {loadId: $loadId})
RETURN p.file AS file, p.line AS line, p.done AS done, p.read AS read, p.loaded AS loaded,
       p.rejected AS rejected, p.merged AS merged
