"""Dosti: bot."""
