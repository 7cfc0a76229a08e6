"""Name badges: label layouts, fitting names, drawing sheets, and who still needs one."""
