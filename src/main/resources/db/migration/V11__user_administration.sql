-- User administration (issue 10): temporary passwords that must be changed at the next sign-in, the last sign-in
-- shown to admins, and the user's session epoch: each session remembers the epoch it signed in under, and a session
-- from an older epoch ends at its next request. A password change, a temporary password set by an admin or a changed
-- role move the epoch on (the session that changed its own password moves with it).
ALTER TABLE app_user
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN last_sign_in_at      timestamptz,
    ADD COLUMN session_epoch        bigint      NOT NULL DEFAULT 0;

-- A user's trace in the change log is looked up by name before the user may be deleted.
CREATE INDEX change_revision_changed_by_idx ON change_revision (changed_by);
