"""Dosti: knowledge."""
