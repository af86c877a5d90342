-- Requests that hold many samples of each series (an agent's spool replayed, an import) are written
-- straight as chunks under the day's lock (org.pattoo.storage.DirectChunks). The fold reads a
-- window's chunks before it takes that lock, so each such write counts here: a fold that sees the
-- count change under the lock reads the window again.
ALTER TABLE sample_fold ADD COLUMN chunk_writes bigint NOT NULL DEFAULT 0;
