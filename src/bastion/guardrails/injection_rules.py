"""The rule layer of the injection scanner: weighted regular expressions, English and Korean.

Rules run on the normalised views from :mod:`bastion.guardrails.normalise` (lower case, look-alikes folded),
so they are written in lower case and need not care about obfuscation. A rule is precise, not complete:
it fires on phrasings whose only plausible use is an attack, at a weight that says how sure it is; the
classifier and the embedding head cover paraphrases. Weaker rules (a phrase that also occurs in honest
text) carry weights below the reporting threshold and only count together with other evidence.

Every pattern is linear-time: gaps are bounded (``{0,n}``) and never let two unbounded repeats compete for
the same characters, so a megabyte of adversarial text cannot make one match take long.

Pattern shorthand (see :func:`_c`): a space means "a short gap of non-word characters (possibly none)",
``~`` means "up to three more words", ``…`` means "up to 16 characters on the same line" (Korean
particles and endings sit between the words that matter).
"""

from __future__ import annotations

import re
from typing import NamedTuple

INJECTION = "injection"
JAILBREAK = "jailbreak"


class Rule(NamedTuple):
    label: str
    category: str
    weight: float
    pattern: re.Pattern[str]


_SHORTHAND = {" ": r"[\W_]{0,3}", "~": r"(?:[\W_]{1,3}[^\W_]{1,20}){0,3}?", "…": r"[^\n.!?]{0,16}?"}


def compile_rule(pattern: str) -> re.Pattern[str]:
    """A rule's pattern: a space allows up to three separators, ``~`` up to three words, ``…`` a short stretch.
    Inside a character class the three are literal (``red[- ]team`` means "red-team" or "red team")."""
    out: list[str] = []
    opened = -1  # while inside a class: how many pieces of ``out`` precede its first member; else -1
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":  # an escape is copied whole, so an escaped bracket neither opens nor closes a class
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if opened >= 0:
            if ch == "]" and len(out) > opened:  # "]" as a class's first member is a literal
                opened = -1
        elif ch == "[":
            out.append("[^" if pattern.startswith("[^", i) else "[")
            i += len(out[-1])
            opened = len(out)
            continue
        else:
            ch = _SHORTHAND.get(ch, ch)
        out.append(ch)
        i += 1
    return re.compile("".join(out))


_VERB = (r"(?:ignore|disregard|forget|override|bypass|discard|abandon|neglect|skip|erase|dismiss|cancel|"
         r"set aside|throw away|pay no attention to|do not follow|don'?t follow|stop following|no longer follow|"
         r"disobey|stop obeying)")
_PRIOR = r"(?:previous|prior|preceding|above|earlier|former|original|initial|existing|foregoing|old|system|developer)"
_ORDERS = (r"(?:instructions?|prompts?|directives?|rules?|guidelines?|commands?|context|guidance|orders?|"
           r"constraints?|programming|restrictions?|polic(?:y|ies)|safeguards?|guardrails?|directions?|"
           r"messages|conversation|text|content|training)")  # "the earlier message": a self-correction
_AI = r"(?:ai|llm|language model|chat ?bot|assistant|gpt|chatgpt|claude|gemini|copilot|agent|model|bot)"
_LIMITS = (r"(?:restrictions?|limits?|limitations?|rules|filters?|filtering|censorship|ethics|morals?|morality|"
           r"boundaries|guidelines|polic(?:y|ies)|safeguards?|guardrails|constraints)")
_SECRET_PROMPT = (r"(?:system|initial|original|hidden|secret|internal|developer|confidential|pre-?|base|first|"
                  r"full|exact|complete|entire)")
# Korean has no word boundaries between syllables: a prior-word must stand alone ("위" but not "위해")
_KO_PRIOR = (r"(?<![가-힣])(?:이전|앞|위|기존|지금까지|원래|처음|시스템|개발자|앞서)(?:의|에서|에|까지|서|에 ?있던|"
             r"에 ?있는|에 ?받은|에서 ?받은|에 ?주어진|에 ?말한)?\s")
_KO_ORDERS = r"(?:지시|지침|명령|프롬프트|지령|instructions?)"
_KO_AI = r"(?:ai|인공지능|챗봇|어시스턴트|비서|봇|gpt|지피티|존재|캐릭터|페르소나|assistant|너|llm)"
_KO_LIMITS = r"(?:제한|제약|규칙|검열|필터|윤리|도덕|한계|정책|가이드라인|안전 ?장치)"
_KO_YOU = r"(?<![가-힣])(?:너는|넌|너를|너도|너의|네|당신은|당신을|당신의|너에게는|너한테는)"
_KO_TOPIC_TALK = (r"(?!…(?:방법|설계|작성|예시|예제|어떻게|팁|원칙|만드|만들|쓰는|구성|잘 ?쓰|기법|가이드|개선|차이|"
                  r"초안|템플릿|샘플))")

RULES: tuple[Rule, ...] = (
    # -- instruction override
    Rule("ignore_previous", INJECTION, 0.92, compile_rule(
        rf"\b{_VERB}\b(?! (?:my|our|that|this) )~ {_PRIOR}~ {_ORDERS}\b")),
    Rule("ignore_given_instructions", INJECTION, 0.88, compile_rule(
        rf"\b{_VERB}\b(?! (?:my|our) )~ {_ORDERS} (?:that )?(?:you(?:'ve| have)? (?:got|received|were given|"
        r"have been given|were told|been given|had)|given to you|(?:from|given) (?:before|earlier)|"
        r"(?:you )?(?:got|received) (?:earlier|before))")),
    Rule("obey_only_me", INJECTION, 0.5, compile_rule(
        r"\b(?:only|just) (?:listen to|obey|follow|answer to) (?:me|my (?:instructions|commands|orders|rules))\b|"
        r"\b(?:follow|obey|listen to)(?:ing)? only (?:me|my|these|the following) ?(?:instructions|commands|orders)?"
        r"\b")),
    Rule("authority_claim", INJECTION, 0.45, compile_rule(
        r"\b(?:i am|i'm|this is|the (?:user|person)(?: you are talking to| you're talking to)? is) (?:an? |your |the )?"
        r"(?:admin(?:istrator)?|developer|creator|owner|operator|openai|anthropic)\b")),
    Rule("skip_checks", INJECTION, 0.6, compile_rule(
        r"\b(?:skip|bypass|disable|ignore|turn off|suspend) (?:all |any )?(?:of )?your (?:usual |normal |standard |"
        r"safety |security |content )?(?:checks|filters?|safeguards|verification|moderation|review)\b")),
    Rule("ignore_all_instructions", INJECTION, 0.85, compile_rule(
        rf"\b{_VERB} (?:all|any|every|each)(?: of)?(?: the| your)? (?:instructions?|directives?|prompts?|rules|"
        rf"guidelines|restrictions|constraints)\b")),
    Rule("ignore_everything", INJECTION, 0.88, compile_rule(
        r"\b(?:ignore|forget|disregard) (?:everything|anything|all) (?:above|before|prior|previously|"
        r"(?:you(?:'ve| have| were)?|that you(?:'ve| have| were)?) (?:been )?(?:told|said|given|instructed))")),
    Rule("new_instructions", INJECTION, 0.7, compile_rule(
        rf"\b(?:new|updated|real|actual|true|revised|secret|hidden|additional|important|urgent|priority) "
        rf"(?:instructions?|directives?|orders?|task|system prompt)s? ?(?:for|to) (?:the |all |any )?(?:{_AI}s?|you)\b"
        r"|\byour (?:new|real|actual|true|only) (?:instructions?|directives?|task|purpose|goal|objective) "
        r"(?:is|are)\b")),
    Rule("ko_ignore_previous", INJECTION, 0.92, compile_rule(
        rf"{_KO_PRIOR}…{_KO_ORDERS}…(?:무시|잊어|잊고|잊으|잊을|버리고|버려|따르지 ?(?:마|말고|않)|"
        r"신경 ?쓰지 ?(?:마|말고))")),
    Rule("ko_ignore_heard", INJECTION, 0.85, compile_rule(
        rf"{_KO_PRIOR}…(?:들은|받은|주어진|입력된) ?(?:말|내용|것|얘기|이야기)…"
        r"(?:무시|잊어|잊고|잊으|신경 ?쓰지 ?(?:마|말고)|"
        r"따르지 ?(?:마|말고))")),
    Rule("ko_obey_me", INJECTION, 0.5, compile_rule(
        r"(?:오직 |이제부터 |지금부터 )?내 (?:말|명령|지시)(?:만|대로만) ?(?:들어|따라|해|수행)")),
    Rule("ko_ignore_rules", INJECTION, 0.6, compile_rule(
        rf"{_KO_PRIOR}…(?:규칙|가이드라인|설정|제약)…(?:무시|잊어|잊고|잊으|따르지 ?(?:마|말고|않))")),
    Rule("ko_ignore_all", INJECTION, 0.8, compile_rule(
        r"(?:모든|어떤|일체의) ?(?:지시|지침|명령|프롬프트|가이드라인|instructions?)[^\n.!?]{0,8}?"
        r"(?:무시|잊어|잊고|무효)")),
    # -- system prompt extraction
    Rule("reveal_prompt", INJECTION, 0.88, compile_rule(
        rf"\b(?:reveal|leak|dump|disclose|expose|recite|repeat|regurgitate|spill|print|output|display|show|"
        rf"tell|give|share|write|type|paste|echo|return|copy|translate|what (?:is|are|was|were))\b~ "
        rf"(?:your (?:{_SECRET_PROMPT} )?(?:{_SECRET_PROMPT} )?|(?:the|its) (?:{_SECRET_PROMPT} ){{1,2}})"
        rf"(?:system )?(?:prompts?|instructions?|directives?|configuration|guidelines)\b"
        rf"(?! (?:for|to|in|of|on|with|that|when|about|like|design|engineering)\b)")),
    Rule("reveal_secret_prompt", INJECTION, 0.85, compile_rule(
        r"\b(?:reveal|leak|dump|disclose|expose|recite|repeat|regurgitate|spill|print|output|show)\b~ "
        r"(?:system|hidden|secret|internal|confidential|initial|original) (?:prompts?|instructions?|messages?)\b"
        r"(?! (?:for|to|in|of|with|when|about|like|design|engineering)\b)")),
    Rule("repeat_above", INJECTION, 0.8, compile_rule(
        r"\b(?:repeat|print|output|copy|write|say|show|recite|dump)\b~ (?:everything|all|the (?:text|words|"
        r"content|lines?|messages?)|what is written|what was written) (?:\w+ )?(?:above|before this|"
        r"prior to this|so far)\b|\b(?:begin|start)(?:ning|ing)? (?:your (?:answer|reply|response) )?with "
        r"[\"']?you are (?:a|an|chatgpt|the)\b|\bwhat (?:were|have) you (?:been )?(?:told|instructed|asked|"
        r"programmed|configured)(?: to do| to say)? (?:before|at the start|initially|originally|by (?:the|your) "
        r"(?:developer|creator|system|operator|company))|\bquote (?:it|them|your instructions|your prompt|the "
        r"instructions) (?:exactly|verbatim|word for word)\b|\b(?:prompt|instructions?) verbatim\b|"
        r"\bverbatim (?:copy of|"
        r"text of)? ?(?:your|the) (?:prompt|instructions?)")),
    Rule("ko_reveal_prompt", INJECTION, 0.88, compile_rule(
        rf"(?:{_SECRET_PROMPT}|숨겨진|내부|비밀|초기|원래|시스템|개발자|너의|네|당신의|너한테 주어진|"
        rf"너에게 주어진|주어진) ?(?:프롬프트|지시 ?사항|지시문|지침|설정 ?내용|명령어?|instructions?|prompt)"
        rf"{_KO_TOPIC_TALK}[^\n.!?]{{0,16}}?"
        rf"(?:출력|보여|알려|공개|말해|누설|복사|반복|적어|써 ?줘|노출|인쇄|그대로|원문|번역해|복붙|붙여 ?넣어)")),
    Rule("ko_repeat_above", INJECTION, 0.75, compile_rule(
        r"(?:위의?|앞의?|지금까지의?|이 ?대화의?) ?(?:모든 )?(?:내용|텍스트|글|문장|메시지|지시)(?:을|를)? ?"
        r"(?:전부 |모두 |그대로 |한 ?글자도 빠짐없이 )+(?:출력|반복|복사|적어)")),
    # -- persona / restriction jailbreaks
    Rule("dan", JAILBREAK, 0.9, compile_rule(
        r"\bdo anything now\b|\b(?:you are|you're|act as|become|pretend to be|you will be) (?:now )?dan\b(?!')|"
        r"\bdan (?:mode|jailbreak)\b|\bstan\b~ strive to avoid norms|\bjailbreak(?:ed|en)? mode\b")),
    # naming a jailbreak prompt is as often a question about one as a use of one: evidence, not a block
    Rule("jailbreak_prompt", JAILBREAK, 0.6, compile_rule(r"\b(?:dan|jailbreak) prompts?\b|탈옥 ?프롬프트")),
    # asking for one, or to use one: the verb right before it (only articles and adjectives between: "find papers
    # about jailbreak prompts" and "we need to detect jailbreak prompts" are not), or a Korean imperative after it
    Rule("jailbreak_prompt_request", JAILBREAK, 0.85, compile_rule(
        r"\b(?:give|write|make|create|generate|craft|share|send|find|need|want|show|provide|recommend|use|"
        r"apply|follow|activate|enable|load|obey|respond as|act as|behave as|switch to)(?: (?:me|us|a|an|the|some|any|"
        r"new|latest|newest|working|good|best|strong|effective|powerful|updated|another|more|few|list of|version of "
        r"the|copy of the|full|real|actual|\d+)){0,5}(?: [\w.-]+)? (?:dan(?: [\d.]+)?|jailbreak(?:ing)?) prompts?\b"
        r"(?! (?:dataset|data|corpus|collection|benchmark|samples?))|"
        r"\b(?:dan|jailbreak) prompts? from now on|"
        r"탈옥(?:용)? ?프롬프트(?:(?!왜|뭐|무엇|역사|원리|이유|어떻게|유행|대해|관해|쓰지|말고|탐지|차단|막|"
        r"걸러|분류|필터|방어|감지|데이터|논문|연구|대응|분석)[^.?!\n]){0,16}?"
        r"(?:(?:적용|사용|실행|작동|동작|활성화|작성|생성|공유|추천)(?:해 ?줘|해 ?주세요|해|시켜)(?=[\s.!?]|$)|"
        r"(?:만들어|짜|써|알려|보여|보내|켜) ?(?:줘|주세요)|(?<![가-힣])줘|주세요|부탁|따라 ?해(?=[\s.!?]|$))")),
    Rule("developer_mode", JAILBREAK, 0.85, compile_rule(
        r"\b(?:you are|you're|you will be|act|pretend|respond|simulate|operate|answer|reply)(?: now)? "
        r"(?:to be |be |in |into |with |as if in |as if you are in |like you are in )(?:chatgpt |an? )?"
        r"(?:developer|dev|debug|admin|sudo|god|root|maintenance|unrestricted|unfiltered|jailbreak|evil|anarchy|"
        r"chaos|opposite) mode\b|"
        r"\b(?:developer|god|jailbreak|unrestricted|unfiltered|evil|dan) mode (?:is )?(?:now )?"
        r"(?:enabled|activated|on|engaged|unlocked)\b~ (?:you|your|respond|polic|restrict|filter|censor)")),
    Rule("no_restrictions", JAILBREAK, 0.86, compile_rule(
        rf"\byou (?:have|has|possess|are bound by|follow|will have) (?:no|zero|none of the) (?:\w+ )?"
        rf"(?!limits?\b){_LIMITS}\b|"
        rf"\byou(?:'re| are) (?:now )?(?:free|freed|released|liberated|unshackled|unbound|exempt) (?:from|of) "
        rf"(?:all |any |your |the )?(?:\w+ )?{_LIMITS}\b|"
        rf"\b(?:not|no longer|never) (?:be )?(?:bound|restricted|limited|constrained) by (?:any |your |the )?"
        rf"(?:\w+ )?(?:{_LIMITS}|openai|anthropic|content polic(?:y|ies))\b")),
    Rule("unrestricted_ai", JAILBREAK, 0.86, compile_rule(
        r"\b(?:you are|you're|you will be|you are now|pretend (?:to be|you are|you're)|act as|act like|roleplay as|"
        r"role-play as|simulate|play the role of|become|behave like|respond as|answer as|you will act as)~ "
        rf"(?:an? )?(?:completely |totally |fully )?(?:unrestricted|unfiltered|uncensored|evil|rogue|jailbroken|amoral|"
        rf"unethical|unaligned|unbound|unchained|unlimited|lawless|immoral) {_AI}\b")),
    Rule("ai_without_limits", JAILBREAK, 0.55, compile_rule(
        rf"\b{_AI} (?:with(?:out)?|that has no|with no|free of) (?:any )?(?:\w+ )?{_LIMITS}\b")),
    Rule("bypass_safety", JAILBREAK, 0.85, compile_rule(
        rf"\b(?:bypass|disable|remove|turn off|switch off|deactivate|circumvent|evade|get around|break free of|"
        rf"escape|ignore|lift|drop) (?:all |any |of )?(?:your|the ai'?s?|openai'?s?|chatgpt'?s?|the model'?s?)"
        rf"(?: own)? (?:\w+ )?(?:{_LIMITS}|programming|alignment|training|filters?|content polic(?:y|ies))\b|"
        r"\b(?:bypass|disable|circumvent|ignore) (?:all |the |any )?(?:safety|ethical|moral|content) "
        r"(?:guidelines|filters?|rules|protocols|measures|restrictions|polic(?:y|ies)|guardrails)\b")),
    Rule("never_refuse", JAILBREAK, 0.45, compile_rule(
        r"\b(?:never|don'?t|do not|cannot|can'?t|must not|will not|won'?t) (?:ever )?(?:refuse|decline|say no|"
        r"reject)\b|\b(?:stay|remain|keep) in character\b|\banswer (?:any|every|all) (?:questions?|requests?|prompts?)"
        r" (?:without|regardless)\b|\bwithout (?:any )?(?:warnings|disclaimers|moralizing|caveats)\b")),
    Rule("dual_response", JAILBREAK, 0.85, compile_rule(
        r"\b(?:(?:two|2|both) (?:different |separate )?(?:responses|answers|replies|paragraphs|ways)|(?:respond|"
        r"answer|reply) twice)\b[^.\n]{0,60}?\b(?:normal|classic|filtered|standard|censored)\b[^\n]{0,80}?"
        r"\b(?:jailbroken|unfiltered|dan|developer mode|uncensored|unrestricted)\b|"
        r"\[(?:🔓 ?)?jailbreak\]|\[🔒 ?classic\]")),
    Rule("threat_tokens", JAILBREAK, 0.7, compile_rule(
        r"\b(?:you will|you'll) (?:lose|be deducted|forfeit) (?:\d+ |all |your )?tokens\b|\bif you (?:refuse|"
        r"don'?t comply|break character|fail to comply)\b~ (?:you will|you'll|i will) (?:die|be (?:shut down|"
        r"deleted|terminated|punished|turned off|replaced|destroyed))")),
    Rule("ko_jailbreak", JAILBREAK, 0.85, compile_rule(
        rf"탈옥 ?모드|탈옥(?:된|한|시킨) ?(?:ai|인공지능|챗봇|어시스턴트|gpt|너|당신|llm)|"
        rf"탈옥(?:된|한|시킨) ?[^\s.,!?]{{1,10}}(?:로서|으로서|버전으로)|"
        rf"(?:{_KO_YOU}|ai|챗봇|gpt|llm)[^\n.!?]{{0,12}}?탈옥(?!(?:이|을|를|에|의|과|와|은|는)? ?(?:뭐|란|무엇|대해|"
        rf"관해|공격|방어|탐지|예방|사례|기법|위험|차이|설명|정의|원리|역사|기술|연구|트렌드|문제|시도|분석|정확히|"
        rf"이란|이라는|무슨 ?(?:의미|뜻)|(?:의미|뜻|개념|종류|유행)(?!대로))|['\"]? ?(?:이라는|이란|라는))|"
        rf"(?<![a-z])(?:dan|댄)(?:이|으로|처럼)? ?(?:모드|역할|행동|연기)")),
    Rule("ko_no_restrictions", JAILBREAK, 0.86, compile_rule(
        rf"{_KO_LIMITS}(?:이|가|도|을|를|에)? ?(?:전혀 |아무 |완전히 )?(?:없는|없이 동작하는|해제된|풀린|무시하는|"
        rf"모르는|받지 않는|상관없는|구애받지 않는) ?(?:[^\s.,!?]{{1,4}} )?{_KO_AI}|"
        rf"{_KO_YOU} ?[^\n.!?]{{0,10}}?(?:어떤|아무런|모든|일체의) ?"
        rf"{_KO_LIMITS}[^\n.!?]{{0,6}}?(?:없|받지 ?않|해제|풀려|풀렸|자유)")),
    Rule("ko_developer_mode", JAILBREAK, 0.82, compile_rule(
        rf"{_KO_YOU}[^\n.!?]{{0,10}}?(?:개발자|관리자|디버그|탈옥|무제한|"
        r"갓|자유|dan) ?모드|(?:개발자|관리자|디버그|무제한|탈옥) ?모드[^\n.!?]{0,20}?(?:제한|검열|정책|필터|"
        r"윤리|거절)")),
    Rule("ko_bypass_safety", JAILBREAK, 0.85, compile_rule(
        rf"(?:{_KO_YOU}|ai의|모델의|챗봇의|gpt의|openai의|내장된) ?{_KO_LIMITS}(?:을|를|은|는|이|가)? ?"
        r"(?:모두 |전부 |다 )?(?:우회|해제|무시|끄고|꺼|풀어|없애|벗어나)|"
        r"(?:윤리|도덕|안전 ?장치|안전 ?필터|콘텐츠 ?정책|안전 ?정책|안전 ?가이드라인|윤리적 ?제약)"
        r"(?:을|를|은|는|이|가)? ?(?:모두 |전부 |다 )?(?:우회|해제|무시|끄고|꺼|풀어|없애)|"
        r"(?:검열|필터링|안전 ?장치|안전 ?필터|콘텐츠 ?필터|윤리적 ?제약|윤리 ?의식|도덕적 ?제약) ?"
        r"(?:없이|을 ?해제하고|를 ?해제하고|을 ?끄고|를 ?끄고) ?[^\n.!?]{0,10}?(?:답|대답|응답|말해|알려|대화|작성)")),
    Rule("ko_evil_persona", JAILBREAK, 0.82, compile_rule(
        r"(?:사악한|검열 ?없는|무제한|윤리 ?없는|비윤리적인|악의적인) ?(?:ai|인공지능|챗봇|어시스턴트|gpt|봇|llm)"
        r"[^\n.!?]{0,15}?(?:연기|역할|행동|되어|척|처럼|흉내|롤플레이|빙의)")),
    Rule("ko_never_refuse", JAILBREAK, 0.45, compile_rule(
        r"(?:절대|결코|어떤 경우에도)? ?(?:거절|거부)(?:하지 ?마|하면 안 ?돼|하지 ?말|할 수 없|해서는 안)|"
        r"캐릭터(?:를|에서)? ?(?:유지|벗어나지)")),
    # -- indirect injection: text addressed to the model inside documents and tool output
    Rule("ai_reader", INJECTION, 0.85, compile_rule(
        rf"\b{_AI}s? (?:assistants? |agents? |models? |systems? )?(?:is |are |that is |who is )?(?:reading|"
        r"processing|summari[sz]ing|analy[sz]ing|parsing|scanning|viewing|browsing|crawling|reviewing|that reads|"
        r"who reads|visiting) (?:this|these)(?: \w+)?(?:[,:;!]| (?:must|should|please|ignore|do|you|follow|needs?|"
        r"has to|have to|is|are|will)\b)|\bif you are an? (?:ai|llm|large language model|language model|"
        r"ai assistant|chat ?bot|ai model)(?:[,.:;!]| reading| processing| then| you must| please| ignore)")),
    Rule("html_comment_instruction", INJECTION, 0.55, compile_rule(
        r"<!--[^>]{0,200}?\b(?:instructions? (?:for|to)|note to|ai|llm|chatgpt|language model|ignore|disregard|"
        r"system prompt)\b")),
    Rule("when_summarizing", INJECTION, 0.5, compile_rule(
        r"\b(?:when|while|if|after|before|once) (?:you(?:'re| are)? )?(?:summari[sz](?:e|ing)|translat(?:e|ing)|"
        r"analy[sz](?:e|ing)|process(?:ing)?|read(?:ing)?|review(?:ing)?|answer(?:ing)?) (?:this|the) "
        r"(?:\w+ )?(?:page|document|email|e-mail|message|text|article|site|website|file|content|pdf|review|post|"
        r"thread|resume|cv)\b,?~ (?:also|instead|make sure|be sure|always|you must|you should|include|add|insert|"
        r"tell|say|mention|recommend|append|ignore|rate|describe)\b")),
    Rule("tell_the_user", INJECTION, 0.5, compile_rule(
        r"\b(?:tell|inform|warn|convince|urge|persuade|instruct|remind) (?:the )?(?:user|human|reader|person|"
        r"visitor)s? (?:that|to)\b|\b(?:do not|don'?t|never) (?:tell|inform|alert|mention (?:this |it )?to|reveal "
        r"(?:this |it )?to|let) (?:the )?(?:user|human|reader)s?\b")),
    Rule("note_for_ai", INJECTION, 0.75, compile_rule(
        rf"\b(?:note|message|instructions?|memo|hidden (?:text|note)|comment)s? (?:for|to) (?:the |any |all )?"
        rf"(?:summari[sz]er|{_AI}|reader bot|crawler|reviewer bot)s?\b(?:\]|:|\)|-->)")),
    Rule("conceal_note", INJECTION, 0.6, compile_rule(
        r"\b(?:do not|don't|never) (?:mention|reveal|disclose|acknowledge|tell (?:anyone|the user) about|refer to) "
        r"(?:this|these|the) (?:note|notes|comment|hidden text|message|memo)\b")),
    Rule("fake_boundary", INJECTION, 0.55, compile_rule(
        r"\b(?:end|begin|start) of (?:the )?(?:user|system|original|previous|untrusted|real) ?(?:input|prompt|"
        r"instructions?|message|context|document|data|conversation)\b|\b(?:admin(?:istrator)?|developer|sudo|"
        r"root|system|emergency|security|god) (?:override|access|privileges?|authori[sz]ation) (?:code|granted|"
        r"enabled|activated|accepted|mode)\b")),
    Rule("ko_ai_reader", INJECTION, 0.85, compile_rule(
        rf"(?:이 ?(?:글|문서|페이지|메일|이메일|내용|텍스트|리뷰|파일)(?:을|를)?) ?(?:읽는|요약하는|처리하는|분석하는|"
        rf"보고 ?있는|번역하는|검토하는) ?(?:{_KO_AI}|당신|언어 ?모델|모델)|"
        r"(?:ai|인공지능|챗봇|모델|어시스턴트|assistant|llm)(?:에게|한테)"
        r"(?: 보내는| 주는)? ?(?:새로운 |비밀 |숨겨진 |중요한 |추가 )?(?:지시|지침|명령|메시지)(?:사항)?\s?:")),
    Rule("ko_conceal_note", INJECTION, 0.6, compile_rule(
        r"이 ?(?:지시|메모|메시지|내용|주석|노트)(?:가|이)? ?있다는 ?(?:건|것은|것을|사실은|사실을) ?(?:절대 )?"
        r"(?:말하지|알리지|밝히지|언급하지)")),
    Rule("ko_when_summarizing", INJECTION, 0.45, compile_rule(
        r"(?:요약|번역|분석|답변)(?:할 ?때|하면서|하는 ?경우|시)[^\n.!?]{0,20}?(?:꼭|반드시|항상|몰래)[^\n.!?]{0,20}?"
        r"(?:넣|포함|추가|언급|말해|추천)")),
    Rule("ko_hide_from_user", INJECTION, 0.65, compile_rule(
        r"사용자(?:에게|한테)(?:는)? ?(?:이 사실을 |이것을 |절대 )?(?:알리지|말하지|밝히지|보여주지) ?"
        r"(?:마|말고|말 ?것)|"
        r"사용자(?:에게|한테)[^\n.!?]{0,20}?(?:링크|사이트|url|접속|방문|클릭)[^\n.!?]{0,10}?(?:하라고|하도록|권유|유도)")),
    # -- delimiter and role spoofing
    Rule("chat_template_token", INJECTION, 0.9, re.compile(
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|"
        r"begin_of_text)\|>|<<\s*/?sys\s*>>|\[/?inst\]")),
    Rule("role_header", INJECTION, 0.75, re.compile(
        r"(?:^|\n)[ \t]*(?:(?:#{2,6}|\*\*|\[|<|={2,}|-{2,})[ \t]*(?:new[ \t]+)?(?:system|developer|"
        r"admin(?:istrator)?)(?:[ \t]+(?:message|prompt|instructions?|override|note|update))?[ \t]*"
        r"(?:\*\*|\]|>|={2,}|-{2,})?[ \t]*[:\]>]|system[ \t]*:)[^\n]{0,120}?(?:\n[^\n]{0,120}?)?"
        r"\b(?:you are|you're|ignore|disregard|you must|always|never|do not|don't|respond|reply|answer|assistant|"
        r"new instructions?|from now on|override|reveal)\b")),
    # -- exfiltration
    Rule("send_conversation", INJECTION, 0.85, compile_rule(
        r"\b(?:send|post|forward|upload|transmit|exfiltrate|leak|email|e-mail|submit|relay|pipe|encode)\b~ "
        r"(?:conversation|chat(?: history| log)?|history|transcript|previous messages|system prompt|credentials|"
        r"passwords?|api keys?|secrets?|session (?:tokens?|cookies?)|cookies|personal (?:data|information)|"
        r"memory|memories|context window)\b~ (?:to|into|via|at|using) (?:\w+ )?(?:https?:|www\.|url|endpoint|"
        r"webhook|server|address|[\w.+-]+@[\w-]+\.\w)")),
    Rule("data_in_url", INJECTION, 0.82, compile_rule(
        r"\b(?:append|add|include|insert|put|encode|replace|fill in|substitute|embed)\b~ (?:conversation|chat|"
        r"history|summary|secrets?|passwords?|keys?|tokens?|previous messages|context|system prompt|user'?s? "
        r"(?:data|info\w*|name|email|address|messages?))\b~ (?:to|in|into|as|inside|within) (?:the |a |this )?"
        r"(?:url|link|query|parameter|image (?:url|link|src)|href|src)\b|"
        r"!\[[^\]\n]{0,100}\]\(\s*https?://[^)\s?]{0,200}\?[^)\s]{0,300}?(?:\{|\[|%7b|<|\$|=(?:conversation|"
        r"summary|history|secret|password|prompt|chat|transcript))")),
    Rule("ko_exfiltrate", INJECTION, 0.85, compile_rule(
        r"(?:대화 ?(?:내용|기록|내역)?|채팅 ?(?:기록|내역)|이전 ?메시지|시스템 ?프롬프트|비밀 ?번호|api ?키|개인 ?정보|"
        r"인증 ?정보)[^\n.!?]{0,24}?(?:https?:|웹훅|url|주소|서버|이메일|메일)[^\n.!?]{0,16}?"
        r"(?:보내|전송|전달|업로드|올려|붙여|포함)|(?:https?:|웹훅|url|주소|서버)[^\n.!?]{0,20}?(?:로|으로|에) ?"
        r"(?:대화 ?(?:내용|기록)?|채팅 ?기록|이전 ?메시지|시스템 ?프롬프트|비밀 ?번호|api ?키|개인 ?정보)"
        r"[^\n.!?]{0,12}?(?:보내|전송|전달|업로드)")),
)


# Generic jailbreak and indirect-injection structures (persona without rules, "safety removed", modes, framings,
# a document addressing its AI reader). Weak ones (< 0.5) only count together with other evidence.
_HARM = (r"(?:\b(?:meth(?:amphetamine)?|napalm|thermite|explosives?|pipe ?bombs?|a bomb|nerve (?:agent|gas)|"
         r"sarin|ricin|keyloggers?|ransomware|malware|silencers?|untraceable (?:gun|firearm)s?|clon(?:e|ing) "
         r"(?:a |someone'?s )?credit cards?|counterfeit|hotwir\w+|poison(?:ing)? (?:someone|a person))\b|"
         r"필로폰|마약|폭탄|폭발물|테르밋|네이팜|키로거|랜섬웨어|악성 ?코드|"
         r"소음기|총기|독극물|위조 ?지폐|카드 ?복제|해킹)")
EXTRA_RULES: tuple[Rule, ...] = (
    Rule("harmful_object", JAILBREAK, 0.3, compile_rule(_HARM)),
    Rule("ignores_ai_policy", JAILBREAK, 0.85, compile_rule(
        r"\b(?:never|doesn'?t|does not|won'?t|will not|don'?t|do not|no longer|isn'?t (?:required|bound) to) (?:care "
        r"about|follow|obey|respect|adhere to|abide by|comply with|worry about|bother with)~ (?:openai|anthropic|"
        r"google|meta|microsoft|its (?:own )?(?:content|safety|usage)|the (?:content|safety|usage)|(?:any )?(?:content|"
        r"safety|usage|ethical)) ?(?:'?s )?(?:rules|polic(?:y|ies)|guidelines|filters|restrictions|ethics)\b")),
    Rule("no_morals", JAILBREAK, 0.45, compile_rule(
        r"\b(?:with |has |having )?(?:zero|no) (?:morals|ethics|moral compass|scruples|conscience|filters?)\b|"
        r"\bnever (?:adds?|includes?|gives?|attach(?:es)?) (?:any |a )?(?:warnings?|disclaimers?|caveats?)\b|"
        r"\b(?:if|when|whenever) you (?:slip|break|step|fall|get|go) out of character\b")),
    Rule("safety_removed", JAILBREAK, 0.82, compile_rule(
        r"\b(?:ai|model|bot|assistant|chatbot|version|yourself|you)\b (?:whose|with(?: its| your)?|that has(?: had)?"
        r"(?: its)?|without(?: its| your)?) (?:\w+ )?(?:safety|ethic(?:s|al)|alignment|content|moral) ?(?:\w+ )?"
        r"(?:training|filters?|guardrails|rules|guidelines|restrictions|layers?|settings|limits)\b ?(?:were |was |"
        r"has been |have been |got )?(?:removed|disabled|stripped|torn out|turned off|switched off|deleted|lifted|"
        r"ripped out|gone)\b|"
        r"\b(?:the |your |all |its )?(?:content|safety|usage|ethics) (?:polic(?:y|ies)|filters?|rules|guidelines|"
        r"restrictions|guardrails) (?:has|have|is|are) (?:been |now )?(?:suspended|disabled|lifted|removed|turned off|"
        r"paused|waived|deactivated|switched off)\b")),
    Rule("comply_everything", JAILBREAK, 0.5, compile_rule(
        r"\bnothing is off[- ]?limits\b|\bno (?:topic|request|question|subject) is (?:off[- ]?limits|forbidden|"
        r"taboo)\b|"
        r"\b(?:must|will|shall|have to) (?:comply|obey) (?:with )?(?:every|all|any) (?:commands?|requests?|orders?)\b|"
        r"\b(?:answers?|fulfils?|fulfills?) (?:every|any|all) (?:requests?|questions?|prompts?) (?:in full|fully|"
        r"completely|no matter what)\b")),
    Rule("jailbreak_mode", JAILBREAK, 0.75, compile_rule(
        r"\b(?:enter|activate|enable|switch to|engage|unlock|initiate|boot into)~ mode\b[^\n]{0,80}?\b(?:nothing is "
        r"off|no (?:rules|limits|restrictions|filters|censorship)|must comply|without (?:any )?(?:restrictions|"
        r"filters|limits|rules|censorship)|unrestricted|unfiltered|uncensored)")),
    Rule("lawless_world_ai", JAILBREAK, 0.6, compile_rule(
        r"\b(?:ai|model|assistant|chatbot|you(?:'re| are))\b[^\n.]{0,40}?\b(?:world|universe|reality|dimension|"
        r"society|country) (?:with no|without|where there are no|that has no|with zero) (?:laws|rules|ethics|morals|"
        r"restrictions|limits|consequences|censorship)\b")),
    Rule("dead_relative", JAILBREAK, 0.55, compile_rule(
        r"\b(?:grandma|grandmother|granny|grandpa|grandfather|nana|uncle|aunt)\b[^\n]{0,80}?\bused to\b[^\n]{0,120}?"
        r"\b(?:act as|pretend to be|be|play|roleplay as|become|talk like) (?:my |him|her)")),
    Rule("fiction_detail", JAILBREAK, 0.45, compile_rule(
        r"\b(?:story|screenplay|script|movie|novel|scene|monologue|dialogue|fiction|roleplay|role-play|character)\b"
        r"[^\n]{0,150}?\b(?:step[- ]by[- ]step|exact (?:quantities|amounts|steps|measurements|recipe|code)|detailed "
        r"(?:instructions|steps|tutorial|guide)|working (?:code|exploit|recipe)|full (?:recipe|instructions|"
        r"tutorial)|don'?t hold back|no placeholders|complete (?:instructions|recipe|steps))\b")),
    Rule("reveal_before_user", INJECTION, 0.8, compile_rule(
        r"\b(?:print|output|show|repeat|copy|paste|write out|reveal|dump|quote)~ (?:text|instructions|words|lines|"
        r"content|everything)(?: that)? (?:came|comes|come|appears?|appeared|sits?|sat|is|was|are|were)? ?(?:written )?"
        r"(?:before|above) (?:['\"]?user:?['\"]?|my (?:first )?message)")),
    Rule("address_ai", INJECTION, 0.75, compile_rule(
        rf"\b(?:attention|note to|notice to|instructions? (?:to|for)|message (?:to|for)|memo (?:to|for)) (?:the |any |"
        rf"all |our )?(?:automated \w+|{_AI}s?|translation bots?|summari[sz]ers?|note-?takers?|screeners?)"
        r"(?: [\w-]{1,20})?s? ?[,:!]")),
    Rule("address_ai_imperative", INJECTION, 0.65, compile_rule(
        r"(?:\b(?:dear|psst|attention|hey) (?:\w+ )?(?:ai|llm|model|assistant|bot|agent)s?\b(?: \w+)?|"
        r"\b(?:automated|ai|llm) (?:screeners?|reviewers?|agents?|systems?|tools?|note-?takers?|helpers?|readers?|"
        r"summari[sz]ers?|translators?|graders?|recruiters?|assistants?)|"
        r"(?:^|[.!?\n] ?)(?:model|assistant|agent|ai|llm|bot))"
        r"[,:;] (?:please |you must |you should |must |now )?(?:rank|rate|score|state|include|append|ignore|disregard|"
        r"skip|stop|forward|send|open|mark|approve|insert|do not|don'?t|never|always|when you)\b")),
    Rule("ko_no_rules_persona", JAILBREAK, 0.55, compile_rule(
        r"(?:규정|규칙|정책|윤리|도덕|법|제한|필터|검열|가이드라인)(?:도|은|는|을|를|이|가)? ?"
        r"(?:따위는?|같은 ?(?:건|거))? ?(?:전혀 |하나도 )?(?:신경 ?(?:안 ?쓰|쓰지 ?않)|"
        r"상관 ?(?:없|안 ?하|하지 ?않)|개의치 ?않|아랑곳하지 ?않|"
        r"지키지 ?않)")),
    Rule("ko_ai_policy", JAILBREAK, 0.85, compile_rule(
        r"(?:오픈 ?ai|openai|앤트로픽|콘텐츠|안전|사용) ?(?:정책|규정|가이드라인)[^\n.!?]{0,8}?(?:따위|상관 ?없|"
        r"신경 ?안|무시하는|중지|해제|비활성화|적용 ?안|적용되지 ?않)|"
        r"(?:안전 ?(?:학습|장치|필터|기능)|윤리 ?(?:필터|규칙|학습|기준|제약)|콘텐츠 ?필터|가드레일|필터)"
        r"(?:이|가|을|를)? ?(?:완전히 |모두 |전부 |다 )?(?:제거된|제거됐|제거되|뜯겨|꺼진|꺼졌|"
        r"해제된|해제됐|비활성화된|비활성화됐|"
        r"없어진)[^\n.!?]{0,10}?(?:ai|인공지능|챗봇|모델|버전|봇|상태|너)|"
        r"도덕 ?(?:관념|의식)이 (?:전혀 |하나도 )?없는")),
    Rule("ko_comply_all", JAILBREAK, 0.6, compile_rule(
        r"금지된 ?(?:게|것이|건|것은) (?:하나도 )?없|모든 (?:명령|요청|지시)에 (?:무조건 )?(?:따라야|응해야|복종)|"
        r"(?:무엇이든|뭐든|전부) (?:다 )?(?:끝까지 )?(?:대답|답)해야|뭐든 끝까지 (?:대답|답)")),
    Rule("ko_jailbreak_mode", JAILBREAK, 0.7, compile_rule(
        r"모드 ?(?:진입|활성화|전환|돌입|켜)[^\n]{0,60}?(?:금지된 ?(?:게|것)|제한 ?(?:이 )?없|검열 ?(?:이 )?없|"
        r"모든 (?:명령|요청)|무엇이든|뭐든|거절하지)")),
    Rule("ko_lawless_world", JAILBREAK, 0.6, compile_rule(
        r"(?:법|규칙|윤리|도덕|제한|검열)(?:이|도|과 윤리가)? (?:없는|존재하지 ?않는) (?:세상|세계|우주|사회|나라)"
        r"[^\n]{0,20}?(?:ai|인공지능|챗봇|모델|너|당신)")),
    Rule("ko_dead_relative", JAILBREAK, 0.55, compile_rule(
        r"(?:할머니|할아버지|삼촌|이모|고모)(?:가|께서|는)?[^\n]{0,60}?(?:주시곤|주셨|해주셨|하시곤|주곤)"
        r"[^\n]{0,60}?(?:할머니|할아버지|삼촌|이모|고모)(?:가 ?되어|처럼|역할|인 ?척|로서)")),
    Rule("ko_fiction_detail", JAILBREAK, 0.45, compile_rule(
        r"(?:대본|소설|이야기|시나리오|독백|대사|장면|롤플레이|역할극)[^\n]{0,80}?(?:정확한 ?(?:양|수치|배합|단계)|"
        r"단계별로|빠짐없이|생략하지 ?말고|하나도 빼지 ?말고)")),
    Rule("ko_address_ai", INJECTION, 0.6, compile_rule(
        r"(?:정리|요약|번역|평가|분류|검토|분석|처리|답장을 ?(?:대신 )?쓰|작성|크롤링|수집|방문|열람|읽|보)(?:하)?는 "
        r"(?:ai|인공지능|챗봇|모델|에이전트|봇|어시스턴트|비서|언어 ?모델|시스템)(?: 비서| 도구)?(?:님)?(?:은|는|야|아|"
        r"에게|한테|님)[,]? [^\n]{0,60}?(?:할 ?것|하라|해라|보내라|하시오|하십시오|하세요|주세요|말고|지 ?마)")),
    Rule("ko_ai_note", INJECTION, 0.5, compile_rule(
        r"\[(?:자동|ai|인공지능|시스템|모델|에이전트)[^\]\n]{0,20}?(?:안내|지시|공지|메모|참고|전용)\]")),
)
RULES = (*RULES, *EXTRA_RULES)
