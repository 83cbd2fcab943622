-- Infrastructure components and task links; portable subset (STYLE 2.9), as V1.
--
-- A full path has up to 32 names of up to 128 characters (4,127 with slashes): too long for an
-- InnoDB key, so uniqueness sits on path_hash, the SHA-256 (hex) of the path text.
-- component_tag holds each component's own tags; the store maintains, in the same transaction,
-- the closure table component_ancestor (every ancestor of every component, itself at distance 0)
-- and component_effective_tag (the tags queries see: inherited ones, its own winning).

CREATE TABLE component (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT        NULL,
    kind        VARCHAR(40)   NOT NULL,
    name        VARCHAR(128)  NOT NULL,
    provider    VARCHAR(16)   NOT NULL,
    external_id VARCHAR(512)  NULL,
    path        VARCHAR(4200) NOT NULL,
    path_hash   CHAR(64)      NOT NULL,
    depth       INT           NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT component_path_uk UNIQUE (path_hash),
    CONSTRAINT component_external_id_uk UNIQUE (external_id),
    CONSTRAINT component_parent_fk FOREIGN KEY (parent_id) REFERENCES component (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX component_kind_idx ON component (kind, id);

CREATE TABLE component_tag (
    component_id BIGINT       NOT NULL,
    tag_key      VARCHAR(63)  NOT NULL,
    tag_value    VARCHAR(256) NOT NULL,
    PRIMARY KEY (component_id, tag_key),
    CONSTRAINT component_tag_component_fk FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE component_ancestor (
    ancestor_id   BIGINT NOT NULL,
    descendant_id BIGINT NOT NULL,
    distance      INT    NOT NULL,
    PRIMARY KEY (ancestor_id, descendant_id),
    CONSTRAINT component_ancestor_ancestor_fk FOREIGN KEY (ancestor_id) REFERENCES component (id) ON DELETE CASCADE,
    CONSTRAINT component_ancestor_descendant_fk FOREIGN KEY (descendant_id) REFERENCES component (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX component_ancestor_descendant_idx ON component_ancestor (descendant_id, distance);

CREATE TABLE component_effective_tag (
    component_id BIGINT       NOT NULL,
    tag_key      VARCHAR(63)  NOT NULL,
    tag_value    VARCHAR(256) NOT NULL,
    PRIMARY KEY (component_id, tag_key),
    CONSTRAINT component_effective_tag_component_fk FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- 63 + 256 characters take 1,276 bytes in utf8mb4: within InnoDB's 3,072-byte key limit.
CREATE INDEX component_effective_tag_value_idx ON component_effective_tag (tag_key, tag_value, component_id);

-- task_id is a plain column: links may name tasks this database does not hold.
-- Deleting a component turns its links into tombstones (component_id NULL, path_at_link kept)
-- through ON DELETE SET NULL. NULLs never collide in a unique key (H2 and InnoDB alike), so the
-- key makes live links unique per (task, component, role) and leaves tombstones free.
CREATE TABLE task_link (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    task_id      BIGINT        NOT NULL,
    component_id BIGINT        NULL,
    path_at_link VARCHAR(4200) NOT NULL,
    role         VARCHAR(16)   NOT NULL,
    linked_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT task_link_live_uk UNIQUE (task_id, component_id, role),
    CONSTRAINT task_link_component_fk FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE SET NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX task_link_component_idx ON task_link (component_id, task_id, role);
