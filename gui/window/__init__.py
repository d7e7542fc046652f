"""The main window and its plumbing: the session that trains, background jobs, menus, model files, languages."""
