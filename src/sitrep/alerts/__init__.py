"""Alerts: rules over incidents, fired once per incident and crossing, to sinks.

rules.py  alerts.toml: rules (at_least, new, doubled), their filters, the sinks
fire.py   which incidents cross which rules; the once-only record in the store
payload.py  the alert every sink receives (sitrep-alert/1, a pydantic model)
sinks.py  stdout, JSON Lines, webhook POST (retries, HMAC-SHA256 signed body)
"""
