create table events (
    id int primary key,
    happened_at timestamptz not null default CURRENT_TIMESTAMP,
    attempts int4 not null default 0,
    label text not null default 'x',
    ratio decimal(5,2) default '1.50',
    code character varying(10) default 'A'::character varying
);
create index ix_events_label on events (LOWER(label));
create index ix_events_recent on events (happened_at) where (attempts > 0);
