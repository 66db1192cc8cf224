"""`python -m bot` runs the dosti CLI."""

from bot.cli import app

app(prog_name="dosti")
