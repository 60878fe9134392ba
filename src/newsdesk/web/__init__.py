"""The web reader: server-rendered pages over the store (Starlette + Jinja2)."""
