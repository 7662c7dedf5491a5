-- 011: the housing chain's trial period with its joint takeover assessments, and the structured
-- answers of a tenant approval (credit check, housing reference, the violence exception).

-- Prövotid: one per housing-chain case, started when the social contract is signed. end_date is
-- stored (the last day of the trial, domain.trial_period.trial_end of start and months) so that
-- Att göra reads it without computing. At takeover the social contract ends: the first-hand
-- lease that replaced it and the social contract's last day are kept here.
CREATE TABLE trial_periods (
    case_id                  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    lease_id                 INTEGER NOT NULL REFERENCES leases (id),
    start_date               TEXT NOT NULL,
    months                   INTEGER NOT NULL CHECK (months BETWEEN 1 AND 24),
    end_date                 TEXT NOT NULL CHECK (end_date >= start_date),
    first_hand_lease_id      INTEGER REFERENCES leases (id),
    social_contract_ended_on TEXT,
    updated_at               TEXT NOT NULL
);
CREATE INDEX trial_periods_end ON trial_periods (end_date, case_id);

-- Gemensam bedömning om övertagande. Append-only: a later assessment replaces an earlier one.
-- A take-over or an ending writes the case's takeover decision (decision_id); an extension
-- writes one without yes or no, so that an earlier "take over" no longer counts.
CREATE TABLE joint_assessments (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date       TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('take_over', 'extend', 'end')),
    assessed_by   TEXT NOT NULL,
    reason        TEXT NOT NULL,
    extend_months INTEGER CHECK (extend_months IS NULL OR extend_months >= 1),
    decision_id   INTEGER REFERENCES case_decisions (id),
    recorded_by   TEXT NOT NULL,
    CHECK ((outcome = 'extend') = (extend_months IS NOT NULL))
);
CREATE INDEX joint_assessments_case ON joint_assessments (case_id, id);

CREATE TRIGGER joint_assessments_no_update BEFORE UPDATE ON joint_assessments
BEGIN SELECT RAISE(ABORT, 'joint assessments are append-only'); END;

-- Hyresgästgodkännande: the answers a tenant-approval decision rests on, one row per decision.
CREATE TABLE tenant_approvals (
    decision_id       INTEGER PRIMARY KEY REFERENCES case_decisions (id) ON DELETE CASCADE,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    credit_check      TEXT NOT NULL CHECK (credit_check IN ('clear', 'remarks', 'not_done')),
    housing_reference TEXT NOT NULL
                      CHECK (housing_reference IN ('approved', 'disturbances', 'missing')),
    exception_used    INTEGER NOT NULL CHECK (exception_used IN (0, 1)),
    exception_reason  TEXT NOT NULL DEFAULT '',
    CHECK (exception_used = 1 OR exception_reason = '')
);
CREATE INDEX tenant_approvals_case ON tenant_approvals (case_id, decision_id);
