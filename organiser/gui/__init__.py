"""The desktop window. Everything Qt lives in this package; the core never imports it."""
