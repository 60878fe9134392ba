"""The `newsdesk` subcommands, grouped by what they work on; `newsdesk.cli` assembles them."""
