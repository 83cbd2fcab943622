-- Since V8 the store takes component ids from component_id_block and inserts them explicitly; here
-- the AUTO_INCREMENT stays, unused (InnoDB only moves its counter past an explicit id).
-- id_path holds only digits and '/': as ASCII its index keys take a quarter of the utf8mb4 bound,
-- and ascii_bin orders it by byte, as the subtree ranges assume (H2 compares it as Java strings).
ALTER TABLE component MODIFY id_path VARCHAR(660) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
