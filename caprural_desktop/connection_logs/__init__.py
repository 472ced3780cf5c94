"""Participant reports of web-conference tools, read into connection intervals.

Reading knows the tools' file layouts (`reading.py` recognises them from the
content); the rest is plain rules with no database: times (`times.py`), presence
per half-day (`presence.py`), clock shifts (`shift.py`) and names (`identity.py`).
"""
