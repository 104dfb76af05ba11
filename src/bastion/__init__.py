"""Bastion: a self-hosted, OpenAI-compatible gateway for running LLM services in a business."""

__version__ = "0.1.0"
