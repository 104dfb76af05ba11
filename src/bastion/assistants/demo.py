"""The demo a fresh install starts with: the "demo" assistant over a small sample knowledge base (the policies
of a fictional company, Hanbit Robotics, in Korean and English), so a newcomer's first question gets a
cited answer. Turned off with ``demo: false``."""

from __future__ import annotations

import logging
from importlib import resources as pkg
from typing import Any

from bastion.assistants.registry import Assistants
from bastion.config_grounding import AssistantConfig, RetrievalConfig
from bastion.errors import AlreadyExists
from bastion.knowledge.service import Knowledge, Upload

log = logging.getLogger("bastion.demo")
NAME = "demo"
TENANT = "default"


def config(route: str) -> AssistantConfig:
    return AssistantConfig(
        tenant=TENANT, route=route,
        description="Hanbit Robotics' help desk: answers from the company's policies, with citations",
        role="You are the internal help desk assistant of Hanbit Robotics (한빛로보틱스).",
        directive="Answer employees' questions about company policies and the HR-200 robot in two to four "
                  "sentences, using only the passages.",
        # sized for the packaged 135M model: few, short passages (Korean costs it ~1 token per character)
        retrieval=RetrievalConfig(knowledge_bases=[NAME], top_k=3, max_passage_chars=900, max_context_chars=1800),
        temperature=0.2, frequency_penalty=0.5, max_tokens=200,
        refusal="I could not find this in Hanbit Robotics' documents, so I won't guess. "
                "문서에서 해당 내용을 찾지 못했습니다. 담당 부서에 문의해 주세요.",
        intro="Hi! I answer questions about Hanbit Robotics' policies (travel, IT security, remote work, leave, "
              "benefits, onboarding) and the HR-200 robot, citing the documents I used. "
              "안녕하세요! 한빛로보틱스 사내 규정과 HR-200 로봇에 대해 문서를 근거로 답해 드립니다.",
        starters=["How much is the per diem in Busan?", "How long does the HR-200 battery last?",
                  "입사 3년 차 연차는 며칠인가요?", "What are the core hours for remote work?"],
    )


def documents() -> list[tuple[str, bytes]]:
    root = pkg.files("bastion.demo").joinpath("kb")
    return sorted((f.name, f.read_bytes()) for f in root.iterdir() if f.name.endswith(".md"))


async def install(knowledge: Knowledge, assistants: Assistants, route: str) -> dict[str, Any]:
    """Create (or bring up to date) the demo knowledge base and assistant; returns what changed."""
    try:
        kb = await knowledge.create_kb(TENANT, NAME, "Hanbit Robotics sample policies (demo)")
    except AlreadyExists:
        kb = await knowledge.get_kb(TENANT, NAME)
    changed = 0
    for name, data in documents():
        _, new = await knowledge.ingest(kb, Upload(name, data, ("demo",)))
        changed += new
    await assistants.sync({NAME: config(route)}, source="demo")
    log.info("demo assistant ready: model 'assistant/%s' over %d sample documents (%d updated)", NAME,
             len(documents()), changed)
    return {"documents": len(documents()), "updated": changed}
