-- The tree and the tags move into the component row; portable subset (STYLE 2.9), as V1, V3 and V7.
--
-- A closure row cost four B-tree writes (H2 keeps a map per index) and a tag row three, some
-- twenty rows per component, which capped a bulk upsert near 5,000 components a second. Now:
-- * id_path: the ids from the root down to the component itself, '/1/17/254/'. The subtree of a
--   component with id_path P is the index range P <= id_path < P || ':' (':' sorts right after the
--   digits, '/' right before them), sargable on both databases with bound values. At most 32
--   levels of at most 19 digits and a slash: 641 ASCII characters, so (kind, id_path) takes at
--   most 2,808 bytes in utf8mb4 (with tag_bits), within InnoDB's 3,072-byte key limit.
-- * own_tags and effective_tags: the component's own tags, and the tags queries see (inherited,
--   its own winning), as one canonical text each: ';' then 'key=value;' per tag, sorted by key, with
--   '%' and ';' in values written as '%25' and '%3B' (keys hold neither, nor '='). A tag term is a
--   LIKE '%;key=value;%' over that text, checked per candidate row.
-- * tag_bits: a 64-bit Bloom filter of effective_tags (a bit for each key and each key=value), in
--   the subtree indexes after id_path, so InnoDB can drop most candidates of a tag term from the
--   index entry (index condition pushdown) before it reads their rows for the exact LIKE. Rows
--   converted here get every bit (always a candidate) until the store next writes them: SQL
--   cannot compute the store's hash, and all bits set is never wrong.
-- * component_id_block: the next unused component id. The store takes ids a block per batch, in a
--   short transaction of its own, so that it knows each id_path before it inserts the row.
-- MEDIUMTEXT is a MariaDB text of up to 16 MiB; H2 in MariaDB mode reads it as a VARCHAR.

ALTER TABLE component ADD COLUMN id_path VARCHAR(660) NULL;
ALTER TABLE component ADD COLUMN own_tags MEDIUMTEXT NULL;
ALTER TABLE component ADD COLUMN effective_tags MEDIUMTEXT NULL;
ALTER TABLE component ADD COLUMN tag_bits BIGINT NULL;

CREATE TABLE component_id_block (
    id      INT    NOT NULL,
    next_id BIGINT NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- [jooq ignore start]
-- jOOQ's code generator replays these scripts on an empty schema: data conversion means nothing there.
UPDATE component SET id_path = (
    SELECT CONCAT('/', GROUP_CONCAT(component_ancestor.ancestor_id ORDER BY component_ancestor.distance DESC SEPARATOR '/'), '/')
    FROM component_ancestor WHERE component_ancestor.descendant_id = component.id);

UPDATE component SET own_tags = CONCAT(';', COALESCE((
    SELECT GROUP_CONCAT(CONCAT(component_tag.tag_key, '=', REPLACE(REPLACE(component_tag.tag_value, '%', '%25'), ';', '%3B'), ';')
                        ORDER BY component_tag.tag_key SEPARATOR '')
    FROM component_tag WHERE component_tag.component_id = component.id), ''));

UPDATE component SET effective_tags = CONCAT(';', COALESCE((
    SELECT GROUP_CONCAT(CONCAT(component_effective_tag.tag_key, '=',
                               REPLACE(REPLACE(component_effective_tag.tag_value, '%', '%25'), ';', '%3B'), ';')
                        ORDER BY component_effective_tag.tag_key SEPARATOR '')
    FROM component_effective_tag WHERE component_effective_tag.component_id = component.id), ''));
-- [jooq ignore stop]

UPDATE component SET tag_bits = -1;
INSERT INTO component_id_block (id, next_id) SELECT 1, COALESCE(MAX(id), 0) + 1 FROM component;

DROP TABLE component_effective_tag;
DROP TABLE component_ancestor;
DROP TABLE component_tag;

ALTER TABLE component MODIFY id_path VARCHAR(660) NOT NULL;
ALTER TABLE component MODIFY own_tags MEDIUMTEXT NOT NULL;
ALTER TABLE component MODIFY effective_tags MEDIUMTEXT NOT NULL;
ALTER TABLE component MODIFY tag_bits BIGINT NOT NULL;

-- A subtree (under:P) is a range of the first; one kind in a subtree (kind:K under:P) of the second.
CREATE INDEX component_id_path_idx ON component (id_path, tag_bits);
CREATE INDEX component_kind_id_path_idx ON component (kind, id_path, tag_bits);
