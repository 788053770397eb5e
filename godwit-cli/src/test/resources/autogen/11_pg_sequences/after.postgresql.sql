CREATE SEQUENCE ticket_numbers START WITH 1000 INCREMENT BY 10;
CREATE SEQUENCE invoice_numbers AS integer START WITH 1 CACHE 5;
CREATE TABLE tickets (
    id BIGSERIAL PRIMARY KEY,
    number BIGINT NOT NULL DEFAULT nextval('ticket_numbers'),
    subject TEXT NOT NULL
);
CREATE TABLE agents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE invoices (
    id INTEGER NOT NULL DEFAULT nextval('invoice_numbers') PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id)
);
