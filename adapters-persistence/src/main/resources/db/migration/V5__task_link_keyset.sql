-- Links of a component are paged by link id (keyset: id > the last one read), so the component's
-- links are read in id order straight from this index instead of being sorted on every page.
CREATE INDEX task_link_component_id_idx ON task_link (component_id, id);
