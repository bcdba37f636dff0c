"""One dispatcher per execution mode; the Runner picks one per job."""
