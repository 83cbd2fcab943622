-- A full (attr_key, attr_value) key takes 4,352 bytes in utf8mb4, above InnoDB's 3,072-byte limit,
-- so the value is indexed by a prefix. H2 cannot parse prefix lengths, hence a script per vendor.
CREATE INDEX task_attribute_value_idx ON task_attribute (attr_key, attr_value(255));
