"""Event records: the read side's model (stories, event records, indices, alerts, GDELT)."""
