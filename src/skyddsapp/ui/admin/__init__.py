"""Accounts and the audit log: the users page, the log, the auditor's window."""
