CREATE TABLE docs (
    id integer PRIMARY KEY,
    slug varchar(100) NOT NULL,
    title text,
    owner text
);
CREATE INDEX docs_slug ON docs (slug);
CREATE INDEX docs_owner ON docs (owner);
CREATE UNIQUE INDEX docs_title ON docs (title);
