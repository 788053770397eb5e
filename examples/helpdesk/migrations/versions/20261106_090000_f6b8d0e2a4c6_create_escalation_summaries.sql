-- revision: f6b8d0e2a4c6
-- revises: e5a7c9d1f3b5
-- message: create escalation summaries
-- created: 2026-11-06T09:00:00Z

-- +upgrade
CREATE TABLE escalation_summaries (
    id INTEGER NOT NULL PRIMARY KEY,
    ticket_id VARCHAR(45) NOT NULL REFERENCES tickets (id),
    escalated_to_department_id INTEGER REFERENCES departments (id),
    escalated_to_agent_id INTEGER REFERENCES agents (id),
    escalated_by_agent_id INTEGER REFERENCES agents (id),
    reason TEXT NOT NULL,
    summary_note TEXT,
    from_level INTEGER NOT NULL,
    to_level INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    read_by_agent_id INTEGER REFERENCES agents (id),
    read_at TIMESTAMP
);

CREATE INDEX ix_escalation_summaries_ticket ON escalation_summaries (ticket_id);

-- +downgrade
DROP TABLE escalation_summaries;
