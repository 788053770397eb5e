-- The help-desk schema as it should be, in SQLite's dialect: `godwit migrate` compares it with
-- the database and writes the revision. (Written first with `godwit inspect --sql`.)

CREATE TABLE departments (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (name)
);

CREATE TABLE agents (
    id INTEGER NOT NULL,
    department_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    level INTEGER NOT NULL DEFAULT 1,
    last_login TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (email),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);

CREATE INDEX ix_agents_department ON agents (department_id);

CREATE TABLE kb_articles (
    id INTEGER NOT NULL,
    department_id INTEGER,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT 0,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);

CREATE TABLE tickets (
    id VARCHAR(45) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'open',
    priority INTEGER NOT NULL DEFAULT 3,
    department_id INTEGER,
    assigned_agent_id INTEGER,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (department_id) REFERENCES departments (id),
    FOREIGN KEY (assigned_agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_tickets_status ON tickets (status);

CREATE TABLE escalation_summaries (
    id INTEGER NOT NULL,
    ticket_id VARCHAR(45) NOT NULL,
    escalated_to_department_id INTEGER,
    escalated_to_agent_id INTEGER,
    escalated_by_agent_id INTEGER,
    reason TEXT NOT NULL,
    summary_note TEXT,
    from_level INTEGER NOT NULL,
    to_level INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    read_by_agent_id INTEGER,
    read_at TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    FOREIGN KEY (escalated_to_department_id) REFERENCES departments (id),
    FOREIGN KEY (escalated_to_agent_id) REFERENCES agents (id),
    FOREIGN KEY (escalated_by_agent_id) REFERENCES agents (id),
    FOREIGN KEY (read_by_agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_escalation_summaries_ticket ON escalation_summaries (ticket_id);

CREATE TABLE messages (
    id INTEGER NOT NULL,
    ticket_id VARCHAR(45) NOT NULL,
    author_agent_id INTEGER,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    FOREIGN KEY (author_agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_messages_ticket ON messages (ticket_id, created_at);
