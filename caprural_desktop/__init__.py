"""Cap Rural desktop: training sessions, speakers, registrants and dues."""

__version__ = "0.1.0"
