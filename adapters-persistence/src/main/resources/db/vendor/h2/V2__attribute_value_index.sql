-- H2 has no key length limit, so it indexes the whole value; MariaDB indexes a prefix.
CREATE INDEX task_attribute_value_idx ON task_attribute (attr_key, attr_value);
