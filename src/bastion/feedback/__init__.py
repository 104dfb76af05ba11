"""The feedback loop: votes and corrections on answers, their promotion into the cache or the curated memory,
and fine-tuning and evaluation exports (an orchestrator over storage, guardrails and quotas)."""
