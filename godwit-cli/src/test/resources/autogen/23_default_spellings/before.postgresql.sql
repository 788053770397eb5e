CREATE TABLE events (
    id integer NOT NULL PRIMARY KEY,
    created timestamptz NOT NULL DEFAULT now(),
    total bigint NOT NULL DEFAULT '0'::bigint,
    ratio numeric(5,2) DEFAULT '1.50',
    code varchar(5) DEFAULT NULL,
    tags text[] DEFAULT ARRAY['a', 'b'],
    state varchar(10) DEFAULT 'new'
);
