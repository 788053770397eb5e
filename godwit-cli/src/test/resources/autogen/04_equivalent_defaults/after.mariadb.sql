create table events (
    id int not null,
    happened_at timestamp not null default CURRENT_TIMESTAMP,
    updated_at datetime default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
    attempts int(11) not null default 0,
    ratio numeric(5,2) default '1.50',
    flag tinyint(1) not null default 0,
    code varchar(10) default "A",
    primary key (id),
    key ix_events_code (code)
);
