"""Semantic cache and curated long-term memory."""
