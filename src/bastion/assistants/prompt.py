"""Prompt design: role, directive and output format in the system message; few-shot examples as turns; the
retrieved passages, numbered, in the last user turn next to the question (small models use context there
far better than in a long system message)."""

from __future__ import annotations

from typing import Any

from bastion.config_grounding import AssistantConfig

CITE_RULE = ("Answer only from the numbered passages. After each sentence, cite the passages it uses as [1], [2]. "
             "If the passages do not contain the answer, say that the documents do not cover it. "
             "Answer in the language of the question.")


def system_prompt(cfg: AssistantConfig, grounded: bool) -> str:
    parts = [cfg.role.strip()]
    if cfg.directive.strip():
        parts.append(cfg.directive.strip())
    if cfg.output_format.strip():
        parts.append("Output format: " + cfg.output_format.strip())
    if grounded:
        parts.append(CITE_RULE)
    return "\n\n".join(p for p in parts if p)


def passage_block(passages: list[tuple[str, str]]) -> str:
    """``passages``: (label, text) pairs, numbered from 1 in order."""
    return "\n\n".join(f"[{i}] {label}\n{text}" for i, (label, text) in enumerate(passages, 1))


def label(title: str, section: str | None, page: int | None) -> str:
    where = title
    if section and section != title:
        where += f" — {section}"
    if page is not None:
        where += f" (page {page})"
    return where


def last_user_index(messages: list[dict[str, Any]]) -> int | None:
    for i in range(len(messages) - 1, -1, -1):
        if messages[i].get("role") == "user":
            return i
    return None


def with_passages(content: Any, block: str) -> Any:
    """The user's content with the passages put before the question (text or multi-part content)."""
    head = f"Passages:\n{block}\n\nQuestion: "
    if isinstance(content, str):
        return head + content
    if isinstance(content, list):
        return [{"type": "text", "text": head.rstrip()}, *content]
    return content


def build(cfg: AssistantConfig, messages: list[dict[str, Any]], passages: list[tuple[str, str]] | None,
          notes: str | None = None) -> list[dict[str, Any]]:
    """The messages sent to the model: system, examples, the conversation (the caller's own system messages
    follow the assistant's), with passages and any strategy notes attached to the last user turn."""
    out: list[dict[str, Any]] = [{"role": "system", "content": system_prompt(cfg, passages is not None)}]
    for ex in cfg.examples:
        out.append({"role": "user", "content": ex.user})
        out.append({"role": "assistant", "content": ex.assistant})
    convo = [dict(m) for m in messages]
    i = last_user_index(convo)
    if i is not None:
        if notes:
            content = convo[i].get("content")
            if isinstance(content, str):
                convo[i]["content"] = f"{content}\n\nYour notes (do not repeat them, give the answer):\n{notes}"
        if passages is not None:
            convo[i]["content"] = with_passages(convo[i].get("content"), passage_block(passages))
    return out + convo
