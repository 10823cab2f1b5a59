/**
 * Alerts on publish, the same in both engines (times as ISO text): a channel's alert setting,
 * and one row per channel and publish event, claimed before posting and marked sent after, so
 * each publish reaches each channel once across instances and restarts.
 */
export const ALERTS_SCHEMA = `
  CREATE TABLE alert_subscriptions (
    team TEXT NOT NULL, channel TEXT NOT NULL, story TEXT,
    created_by TEXT NOT NULL, created_at TEXT NOT NULL, paused_reason TEXT, paused_at TEXT,
    PRIMARY KEY (team, channel)
  );
  CREATE TABLE alert_sends (
    team TEXT NOT NULL, channel TEXT NOT NULL, event_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
    claimed_by TEXT NOT NULL, claimed_at TEXT NOT NULL, sent_at TEXT, message_ts TEXT,
    PRIMARY KEY (team, channel, event_id)
  );`;

export const ALERT_SUBSCRIPTION_COLUMNS = `team, channel, story, created_by AS "createdBy",
  created_at AS "createdAt", paused_reason AS "pausedReason"`;
