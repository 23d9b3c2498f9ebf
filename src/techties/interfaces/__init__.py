"""Where the stages are wired together: the CLI, batch runs and exports."""
