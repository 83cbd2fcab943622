-- Clients, projects and hourly rates for billing (issue 6); portable subset (STYLE 2.9), as V13.
--
-- * billing_client: one row per client code; its currency (ISO 4217) and its rounding rule
--   (mode none/up/nearest/down, step in minutes, scope entry/day, minimum in minutes).
-- * billing_project: a client's project; the code is unique within its client only. The rounding
--   columns are all NULL when the project follows its client's rule.
-- * billing_rate: hourly rates, only ever added. In the key columns '' stands for "any" instead of
--   NULL: NULLs never collide in a unique key (H2 and InnoDB alike), so with NULLs two global rates
--   from one date would both be accepted. '' is never a billing code or an activity name, so it
--   cannot be mistaken for one; it also keeps "any" first when rates are listed by these columns.
--   No foreign keys to clients and projects for the same reason: '' has no row to refer to. Clients
--   and projects are never deleted, so the use case's check that they exist before a rate is added holds.
-- * amount is DECIMAL(19,4): HourlyRate refuses finer amounts, so what is stored is what was given.

CREATE TABLE billing_client (
    code                     VARCHAR(64)  NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    currency                 CHAR(3)      NOT NULL,
    rounding_mode            VARCHAR(16)  NOT NULL,
    rounding_minutes         INT          NOT NULL,
    rounding_scope           VARCHAR(16)  NOT NULL,
    rounding_minimum_minutes INT          NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE billing_project (
    client_code              VARCHAR(64)  NOT NULL,
    code                     VARCHAR(64)  NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    rounding_mode            VARCHAR(16)  NULL,
    rounding_minutes         INT          NULL,
    rounding_scope           VARCHAR(16)  NULL,
    rounding_minimum_minutes INT          NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (client_code, code),
    CONSTRAINT billing_project_client_fk FOREIGN KEY (client_code) REFERENCES billing_client (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE billing_rate (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    client_code  VARCHAR(64)   NOT NULL,
    project_code VARCHAR(64)   NOT NULL,
    activity     VARCHAR(16)   NOT NULL,
    valid_from   DATE          NOT NULL,
    amount       DECIMAL(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT billing_rate_uk UNIQUE (client_code, project_code, activity, valid_from)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
