-- Every sign-in attempt through the login form (issue 10): who typed which username, from which address, with which
-- browser, and what came of it. Admins read it (登录日志); the sign-in throttle counts recent failures from it, so
-- the limits hold across restarts and across several portal instances behind one proxy.
CREATE TABLE sign_in_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempted_at timestamptz  NOT NULL,
    -- as typed (truncated), whether or not such a user exists: no foreign key to app_user
    username     varchar(100) NOT NULL,
    address      varchar(45)  NOT NULL,
    user_agent   varchar(300),
    outcome      varchar(16)  NOT NULL
        CHECK (outcome IN ('SUCCESS', 'BAD_CREDENTIALS', 'DISABLED', 'THROTTLED', 'UNAVAILABLE'))
);

-- The throttle's two questions, "recent failures for this username" and "recent failures from this address", each
-- one index range scan over failures only (successes and refused attempts never count).
CREATE INDEX sign_in_log_username_failures ON sign_in_log (lower(username), attempted_at)
    WHERE outcome IN ('BAD_CREDENTIALS', 'DISABLED');
CREATE INDEX sign_in_log_address_failures ON sign_in_log (address, attempted_at)
    WHERE outcome IN ('BAD_CREDENTIALS', 'DISABLED');

-- The admin's log: newest first, optionally within a date range.
CREATE INDEX sign_in_log_newest ON sign_in_log (attempted_at DESC, id DESC);
