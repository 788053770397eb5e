CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    attempts INTEGER NOT NULL DEFAULT '0',
    label TEXT NOT NULL DEFAULT 'x'::text,
    ratio NUMERIC(5, 2) DEFAULT 1.50,
    code VARCHAR(10) DEFAULT 'A'
);
CREATE INDEX ix_events_label ON events (lower(label));
CREATE INDEX ix_events_recent ON events (happened_at) WHERE attempts > 0;
