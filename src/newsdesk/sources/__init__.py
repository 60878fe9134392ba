"""Sources: fetching feeds and pages safely, and reading imported archives."""
