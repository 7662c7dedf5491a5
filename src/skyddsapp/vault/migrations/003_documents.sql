-- 003: the document register. Every generated PDF is kept, byte for byte, inside the encrypted
-- database (never as a file), with what has happened to its paper since: printed, signed,
-- archived, and the scan of the signed paper.
--
-- The blobs are the last column of their tables: SQLite reads a row's columns in order, so the
-- register list never walks a PDF's overflow pages.

CREATE TABLE documents (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,     -- UH-2026-000042
    number_year           INTEGER NOT NULL,
    number_serial         INTEGER NOT NULL,         -- one serial per year, shared by UH and NX
    case_id               INTEGER NOT NULL REFERENCES cases (id),
    form_id               TEXT NOT NULL,
    variant               TEXT NOT NULL DEFAULT '', -- e.g. the recipient of a per-tenant letter
    title                 TEXT NOT NULL,
    issuer                TEXT NOT NULL,            -- UPPSALAHEM or NEXUS
    version               INTEGER NOT NULL,         -- per case, form and variant
    document_date         TEXT NOT NULL,            -- the date printed on the paper
    content_sha256        TEXT NOT NULL,
    protected             INTEGER NOT NULL,
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    printed_at            TEXT,
    printed_by            TEXT,
    print_count           INTEGER NOT NULL DEFAULT 0,
    signed_on             TEXT,
    signed_by             TEXT,
    signature_recorded_by TEXT,
    archived_at           TEXT,
    archived_by           TEXT,
    pdf                   BLOB NOT NULL,
    UNIQUE (number_year, number_serial)
);
CREATE INDEX documents_case ON documents (case_id, id);

CREATE TABLE document_scans (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    media_type  TEXT NOT NULL,
    filename    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    data        BLOB NOT NULL
);
