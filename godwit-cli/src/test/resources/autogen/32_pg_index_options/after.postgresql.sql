CREATE TABLE docs (
    id integer PRIMARY KEY,
    slug varchar(100) NOT NULL,
    title text,
    owner text
);
CREATE INDEX docs_slug ON docs (slug varchar_pattern_ops DESC);
CREATE INDEX docs_owner ON docs (owner) INCLUDE (title, slug);
CREATE UNIQUE INDEX docs_title ON docs (title text_pattern_ops) NULLS NOT DISTINCT;
