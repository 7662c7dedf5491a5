-- 020: the client survey (brukarundersökning), measured in February and September (issue 14 part 3).
-- Answers are anonymous by construction: an answer row holds its period and channel, its values
-- hold a question and a number or a text; no person, case, user or time anywhere. Who entered
-- answers, and when, is in the audit log, which names the period only.
CREATE TABLE survey_questions (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('scale', 'yes_no', 'free_text')),
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A period of one organisation's survey (Nexus and Uppsalahem may both measure in one vault);
-- visitors: how many visited the unit in the period, counted by hand (NULL: not entered yet).
CREATE TABLE survey_periods (
    id           INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL CHECK (organisation IN ('uppsalahem', 'nexus')),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month        INTEGER NOT NULL CHECK (month IN (2, 9)),
    visitors     INTEGER CHECK (visitors IS NULL OR visitors BETWEEN 0 AND 100000),
    updated_at   TEXT NOT NULL,
    UNIQUE (organisation, year, month)
);

CREATE TABLE survey_answers (
    id        INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES survey_periods (id),
    channel   TEXT NOT NULL CHECK (channel IN ('paper', 'digital'))
);
CREATE INDEX survey_answers_period ON survey_answers (period_id, channel);

-- number: 1–5 on a scale, 1/0 for ja/nej; text: a free-text answer (never leaves the unit).
CREATE TABLE survey_answer_values (
    answer_id   INTEGER NOT NULL REFERENCES survey_answers (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_questions (id),
    number      INTEGER CHECK (number IS NULL OR number BETWEEN 0 AND 5),
    text        TEXT,
    CHECK ((number IS NULL) <> (text IS NULL)),
    PRIMARY KEY (answer_id, question_id)
) WITHOUT ROWID;
CREATE INDEX survey_answer_values_question ON survey_answer_values (question_id, number);

-- The questions of Nexus' survey in the autumn of 2025, as a start an administrator may change.
INSERT INTO survey_questions (position, text, kind, created_at, updated_at) VALUES
    (1, 'Hur nöjd är du med stödet du har fått hos oss? (1 = inte alls, 5 = mycket)', 'scale',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (2, 'Vilket stöd har varit viktigast för dig för att lämna en våldsam eller destruktiv relation?',
     'free_text', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (3, 'Har du saknat något stöd när du lämnade relationen?', 'yes_no',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (4, 'Om ja: beskriv vad du har saknat.', 'free_text',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (5, 'Har du fått det stöd du behövt för att få en bostad?', 'yes_no',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
