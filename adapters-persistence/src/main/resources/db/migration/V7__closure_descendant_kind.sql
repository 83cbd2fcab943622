-- The descendant's kind in the closure table; portable subset (STYLE 2.9), as V1, V3 and V6.
--
-- A query for one kind below a subtree (kind:K under:P) reads the (ancestor_id, descendant_kind,
-- descendant_id) index for exactly the rows it wants, instead of walking every closure row of the
-- subtree and checking each component's kind. The store keeps the column equal to
-- component.kind of descendant_id in the same transaction as every insert, move or kind change.

ALTER TABLE component_ancestor ADD COLUMN descendant_kind VARCHAR(40) NULL;

UPDATE component_ancestor
SET descendant_kind = (SELECT component.kind FROM component WHERE component.id = component_ancestor.descendant_id);

ALTER TABLE component_ancestor MODIFY descendant_kind VARCHAR(40) NOT NULL;

CREATE INDEX component_ancestor_kind_idx ON component_ancestor (ancestor_id, descendant_kind, descendant_id);
