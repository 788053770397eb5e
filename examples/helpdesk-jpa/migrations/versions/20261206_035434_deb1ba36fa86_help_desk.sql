-- revision: deb1ba36fa86
-- revises:
-- message: help desk
-- created: 2026-12-06T03:54:34Z

-- +upgrade
CREATE TABLE agents (
    id INTEGER,
    display_name varchar(100) NOT NULL,
    email varchar(255) NOT NULL,
    last_login timestamp,
    level INTEGER NOT NULL DEFAULT 1,
    city varchar(60),
    country varchar(2),
    street varchar(120),
    department_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email)
);

CREATE INDEX ix_agents_department ON agents (department_id);

CREATE TABLE departments (
    id INTEGER,
    created_at timestamp NOT NULL,
    name varchar(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);

CREATE TABLE escalations (
    id INTEGER,
    created_at timestamp NOT NULL,
    from_level INTEGER NOT NULL,
    reason varchar(500) NOT NULL,
    to_level INTEGER NOT NULL,
    escalated_by_id bigint,
    escalated_to_id bigint,
    ticket_id BLOB NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE kb_articles (
    id INTEGER,
    body clob NOT NULL,
    published boolean NOT NULL DEFAULT false,
    title varchar(200) NOT NULL,
    updated_at timestamp NOT NULL,
    department_id bigint,
    PRIMARY KEY (id)
);

CREATE TABLE messages (
    id INTEGER,
    body clob NOT NULL,
    created_at timestamp NOT NULL,
    author_agent_id bigint,
    ticket_id BLOB NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE tickets (
    kind varchar(20) NOT NULL,
    id BLOB NOT NULL,
    created_at timestamp NOT NULL,
    priority INTEGER NOT NULL,
    status varchar(20) NOT NULL,
    subject varchar(200) NOT NULL,
    version INTEGER NOT NULL,
    affected_service varchar(255),
    wanted_by date,
    assigned_agent_id bigint,
    department_id bigint,
    PRIMARY KEY (id),
    CHECK (kind in ('Incident','ServiceRequest')),
    CHECK (status in ('OPEN','PENDING','RESOLVED','CLOSED'))
);

CREATE INDEX ix_tickets_status ON tickets (status);

CREATE TABLE tickets_watchers (
    ticket_id BLOB NOT NULL,
    watchers_id bigint NOT NULL,
    PRIMARY KEY (ticket_id, watchers_id)
);

-- +downgrade
-- WARNING: drops table agents and every row in it
DROP TABLE agents;

-- WARNING: drops table departments and every row in it
DROP TABLE departments;

-- WARNING: drops table escalations and every row in it
DROP TABLE escalations;

-- WARNING: drops table kb_articles and every row in it
DROP TABLE kb_articles;

-- WARNING: drops table messages and every row in it
DROP TABLE messages;

-- WARNING: drops table tickets and every row in it
DROP TABLE tickets;

-- WARNING: drops table tickets_watchers and every row in it
DROP TABLE tickets_watchers;
