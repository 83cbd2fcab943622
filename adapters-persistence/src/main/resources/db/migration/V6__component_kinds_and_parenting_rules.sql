-- Registered component kinds and the parenting rules; portable subset (STYLE 2.9), as V1 and V3.
--
-- Built-in kinds live in the code, not here. component_rules holds one row (id 1): whether the
-- rules are permissive, and a revision every change of kinds or rules moves on, so nodes can
-- check their copy of the rules with one primary-key read. Updating that row also serialises
-- concurrent changes of rules and kinds. parenting_rule lists the kinds allowed below each parent
-- kind and parenting_root the kinds allowed at the top; both are ignored while permissive.

CREATE TABLE component_kind (
    name        VARCHAR(40)  NOT NULL,
    description VARCHAR(200) NULL,
    PRIMARY KEY (name)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE component_rules (
    id         INT     NOT NULL,
    permissive BOOLEAN NOT NULL,
    revision   BIGINT  NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE parenting_rule (
    parent_kind VARCHAR(40) NOT NULL,
    child_kind  VARCHAR(40) NOT NULL,
    PRIMARY KEY (parent_kind, child_kind)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE parenting_root (
    kind VARCHAR(40) NOT NULL,
    PRIMARY KEY (kind)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

INSERT INTO component_rules (id, permissive, revision) VALUES (1, TRUE, 0);

-- Before this version any well-formed kind was accepted: register those in use so they stay valid.
INSERT INTO component_kind (name, description)
SELECT DISTINCT kind, 'registered when kinds became a catalogue' FROM component
WHERE kind NOT IN ('provider', 'account', 'project', 'region', 'zone', 'datacenter', 'network', 'cluster', 'node', 'server',
                   'namespace', 'service', 'database', 'queue', 'bucket', 'load-balancer', 'dns-zone', 'certificate');
