-- 015: Att göra (vault/todo_repository.py) reads each kind of deadline in date order through an
-- index of only the rows that can make one, so that the kinds merge and the first window of
-- deadlines is read without sorting them all, and it finds the latest risk assessment and
-- decision of a case without reading the others. Measured in benchmarks/README.md (Att göra).

-- The last day of a lease under notice (domain.notice.notice_end_date: the expression must stay
-- the same as todo_repository.NOTICE_END_SQL for the index to be used).
CREATE INDEX leases_notice_end ON leases (date(notice_date, 'start of month', '+4 months', '-1 day'))
    WHERE status = 'notice_given';
CREATE INDEX apartments_under_embargo ON apartments (embargo_until) WHERE embargo_until IS NOT NULL;
CREATE INDEX case_decisions_valid ON case_decisions (valid_until) WHERE valid_until IS NOT NULL;
CREATE INDEX case_decisions_latest ON case_decisions (case_id, kind, on_date, id);
CREATE INDEX risk_assessments_review ON risk_assessments (next_review);
CREATE INDEX risk_assessments_latest ON risk_assessments (case_id, on_date, id);
CREATE INDEX trial_periods_running ON trial_periods (end_date) WHERE social_contract_ended_on IS NULL;
CREATE INDEX transition_flat_stays_planned ON transition_flat_stays (planned_move_out)
    WHERE moved_out IS NULL;
