"""How work runs. Qt-free at import: task modules below are unpickled in spawn children."""
