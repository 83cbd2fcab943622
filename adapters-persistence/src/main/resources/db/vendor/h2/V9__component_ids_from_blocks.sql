-- Since V8 the store takes component ids from component_id_block and inserts them explicitly. H2
-- moves an identity column's sequence on every such insert, and writes it out each time: drop it.
ALTER TABLE component ALTER COLUMN id DROP IDENTITY;
