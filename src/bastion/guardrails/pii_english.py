"""Latin-script recognizers Presidio lacks, or where its defaults miss what users actually write.

* international phone numbers in any grouping (``+44 7700 900431``, ``+971501234567``): libphonenumber
  validates numbers against live numbering plans, so fictional ranges and many real mobile formats fail;
  a ``+`` prefix with 8 to 15 digits is a phone number for masking purposes;
* names the small spaCy model misses: after a greeting, sign-off or addressing word (``Hi Priya``,
  ``thanks, ben``, ``— Marcus``) and in labelled fields (``Customer: Beatriz Santos``,
  ``first_name="Olivia"``);
* street addresses in US/UK/Commonwealth order (number first) and continental order (street first, then
  the number, then the postcode and city).
"""

from __future__ import annotations

from typing import Any

_UP, _LOW = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f'\u2019"  # Latin-1 and Latin Extended-A (Paweł, Şahin)
_NAME = (rf"[{_UP}][{_LOW}]+(?:[- ](?:[{_UP}][{_LOW}]+|(?:de|da|dos|van|von|der|den|bin|al|del|di|le|la)"
         rf"(?= [{_UP}]))){{0,3}}")
# A capitalised name after a greeting or sign-off; a lower-case one only when a comma or the line's end follows
# ("hey jess, ..." / "thx, ben"), so "hello from the team" is not a name.
_GREETING = (r"(?:\b(?i:hi|hey|hello|dear|thanks,|thank you,|thx,|cheers,|regards,|best,)|—|--)[ \t]+"
             r"(?:(?P<name>" + _NAME + r")\b(?=[,.!:\s\"]|$)|(?P<lower>[a-z][a-z'\u2019]+)(?=,|[ \t]*$|[ \t]*\n))")
_FIELD_KEYS = (r"(?:first|last|full|middle|sur|given|family|user|customer|client|contact|employee|patient|consignee|"
               r"applicant|tenant|owner|assignee|recipient|sender|manager|guest|passenger|account holder|cardholder|"
               r"beneficiary|contact person)")
# "Customer: Beatriz Santos", "first_name='Olivia'", and a quoted JSON key only when it names a person's name
# ("contact_name": ...), since {"name": "Quarterly Report"} and {"product_name": ...} are not people.
_FIELD = (r"(?:(?<![\w])(?i:" + _FIELD_KEYS + r"[_ ]?(?:name)?|name)|[\"'](?i:" + _FIELD_KEYS + r"[_ ]?name)[\"'])"
          r"\s*[:=]\s*[\"']?(?P<name>" + _NAME + ")(?P<lower>)")
_STREET_WORDS = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|"
                 r"Parkway|Pkwy|Highway|Hwy|Square|Sq|Row|Close|Crescent|Cres|Gardens|Grove|Mews|Walk|Hill|Plaza|"
                 r"Circle|Cir|Trail|Park)")
_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{3,4})?|\d{4} ?[A-Z]{2}\b|\d{4}|"
             r"\d{3} \d{2}|\d{6})")
_TAIL = (r"(?:,?\s+(?:Apt|Suite|Unit|Ste|Floor|Fl|Flat|#)\.?\s*[\w-]+)?"
         r"(?:,\s*(?:[A-Z][\w'\u2019.-]*\s?){1,3}){0,2}(?:,?\s*(?:[A-Z]{2}\s+)?" + _POSTCODE + r")?"
         r"(?:\s+[A-Z][\w'\u2019-]+)?")
_CITY = r"[A-ZÀ-Ž][\wà-ž-]+(?: [A-ZÀ-Ž][\wà-ž-]+)?"
_NUMBER_FIRST = r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4}" + _STREET_WORDS + r"\b\.?" + _TAIL
# French and Belgian order: number, street type, name, then postcode and city ("12 Rue des Lilas, 69003 Lyon")
_NUMBER_RUE = (r"\b\d{1,4}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours"
               r"|route)(?: (?:de la|de l'|des|du|de|d'|la|le|l'))? ?[A-ZÀ-Ž][\wà-ž'\u2019-]*"
               r"(?: [A-ZÀ-Ž][\wà-ž'\u2019-]*){0,3},? \d{5} " + _CITY)
_STREET_FIRST = (r"\b(?:Via|Viale|Corso|Piazza|Calle|Carrer|Avenida|Rua|Rue|Boulevard|Chemin|Allée|Place|"
                 r"[A-ZÀ-Ž][\wà-ž-]*(?:straße|strasse|gasse|weg|allee|platz|plein|laan|straat|gracht|kade|gade|vej|"
                 r"vegen|veien|vei|gata|gatan|vägen|väg|katu|utca|ská|ova|ovo))"
                 r"(?:\s+(?:de|del|des|du|da|do|di|la|le|von|der)?\s*[A-ZÀ-Ž][\wà-ž'\u2019-]*){0,3}\s+\d{1,4}[A-Za-z]?"
                 r"(?:,\s*[\wº°ª.\s-]{1,20}?)?,\s*(?:" + _POSTCODE + r"\s+" + _CITY + r"(?:\s+[A-Z0-9]{1,2}\b)?"
                 r"|" + _CITY + r"(?:\s+-\s+[A-Z]{2})?,\s*" + _POSTCODE + ")")  # 01304-001 after São Paulo - SP
_INTL_PHONE = r"(?<![\w+])\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)"
_NANP_PHONE = r"(?<![\w+-])(?:1[-. ])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])\d{3}[-. ]\d{4}(?![\w-])"
_UK_PHONE = r"(?<![\w+-])0\d{3,4} \d{3} \d{3,4}(?![\w-])"
_UK_AREA5 = r"(?<![\w+-])0\d{4} \d{6}(?![\w-])"  # five-digit area code, six-digit number: 01632 960418
_LOCAL7 = r"(?<![\w+.:/-])\d{3}-\d{4}(?![\w-])"  # a number without its area code (555-0164): only next to "cell" etc.
_IN_MOBILE = r"(?<![\w+.:/-])[6-9]\d{4} \d{5}(?![\w-])"  # an Indian mobile (98765 43210), next to a phone word


# Places the small English model takes for people ("a business trip to Busan", "hotels in Gwangju"): romanised
# Korean cities, provinces and districts, and the Asian cities Korean business travel names most. A PERSON span
# made only of these words (or one of the multi-word names) is a place.
PLACES = frozenset((
    "seoul", "busan", "pusan", "daegu", "incheon", "gwangju", "daejeon", "ulsan", "sejong", "suwon", "seongnam",
    "goyang", "yongin", "bucheon", "ansan", "cheongju", "jeonju", "cheonan", "changwon", "gimhae", "pohang",
    "jeju", "gangnam", "gangbuk", "pangyo", "bundang", "ilsan", "yeouido", "itaewon", "hongdae", "jamsil",
    "songdo", "gyeonggi", "gangwon", "chungcheong", "chungbuk", "chungnam", "jeolla", "jeonbuk", "jeonnam",
    "gyeongsang", "gyeongbuk", "gyeongnam", "gimpo", "hwaseong", "pyeongtaek", "paju", "uijeongbu", "namyangju",
    "gumi", "gyeongju", "andong", "mokpo", "yeosu", "suncheon", "gangneung", "chuncheon", "wonju", "sokcho",
    "geoje", "tongyeong", "gunsan", "iksan", "asan", "anyang", "gwacheon", "hanam", "siheung", "osan", "icheon",
    "jinju", "yangsan", "seogwipo", "haeundae", "dongdaemun", "namdaemun", "myeongdong", "jongno", "mapo",
    "yongsan", "seocho", "songpa", "guro", "gasan", "magok", "sangam", "tokyo", "osaka", "kyoto", "nagoya",
    "fukuoka", "sapporo", "yokohama", "kobe", "okinawa", "shanghai", "beijing", "shenzhen", "guangzhou",
    "hangzhou", "qingdao", "dalian", "tianjin", "suzhou", "chengdu", "wuhan", "xiamen", "taipei", "kaohsiung",
    "taichung", "hanoi", "danang", "saigon", "haiphong", "bangkok", "phuket", "manila", "cebu", "jakarta",
    "bali", "surabaya", "singapore", "kuala lumpur", "penang", "macau", "hong kong", "ulaanbaatar",
    "ho chi minh", "hai phong", "da nang",
    "almaty", "tashkent", "mumbai", "delhi", "bengaluru", "bangalore", "chennai", "hyderabad", "dubai", "doha",
    "riyadh"))
_NOT_NAMES = frozenset({"all", "team", "there", "everyone", "guys", "folks", "sir", "madam", "customer", "again",
                        "so", "and", "the", "for", "a", "i", "you", "we", "it", "this", "that", "in", "to", "regards",
                        "mr", "mrs", "ms", "miss", "dr", "prof", "client", "user", "landlord", "colleagues", "both",
                        "support", "admin", "manager", "friend", "friends", "hiring", "recruiter", "world", "from",
                        "me", "us", "my", "our", "your", "man", "mate", "buddy", "dude", "babe",
                        "honey", "sweetie", "love", "morning", "evening", "afternoon", "nice", "just", "quick"})


def _name_recognizer() -> Any:
    """Names in labelled fields and after greetings or sign-offs; the span is the name alone."""
    import re

    from presidio_analyzer import LocalRecognizer, RecognizerResult

    patterns = ((re.compile(_GREETING), 0.6), (re.compile(_FIELD), 0.75))

    class AddressedNameRecognizer(LocalRecognizer):
        def __init__(self) -> None:
            super().__init__(supported_entities=["PERSON"], name="AddressedNameRecognizer", supported_language="en")

        def load(self) -> None:
            pass

        def analyze(self, text: str, entities: list[str] | None, nlp_artifacts: Any = None) -> list[Any]:
            out = []
            for pattern, score in patterns:
                for m in pattern.finditer(text):
                    group = "name" if m.group("name") else "lower"
                    if m.group(group).lower() not in _NOT_NAMES:
                        out.append(RecognizerResult("PERSON", m.start(group), m.end(group), score))
            return out

    return AddressedNameRecognizer()


_PHONE_CONTEXT = ["phone", "call", "mobile", "tel", "cell", "contact", "text", "sms", "fax", "number", "reach"]
# a bare local number needs a word that only phones have ("invoice number 123-4567" is not one)
_LOCAL_PHONE_CONTEXT = ["phone", "call", "mobile", "tel", "cell", "sms", "fax", "whatsapp"]


def english_recognizers() -> list[Any]:
    from presidio_analyzer import Pattern, PatternRecognizer

    class PhonePatterns(PatternRecognizer):
        """libphonenumber validates against live numbering plans, so common written forms of fictional or new
        ranges fail it; these shapes are phone numbers for masking purposes when they carry 8-15 digits."""

        def validate_result(self, pattern_text: str) -> bool:
            return 8 <= sum(c.isdigit() for c in pattern_text) <= 15

    return [
        PhonePatterns(supported_entity="PHONE_NUMBER", name="PhonePatternRecognizer",
                      patterns=[Pattern("intl", _INTL_PHONE, 0.7), Pattern("nanp", _NANP_PHONE, 0.6),
                                Pattern("uk", _UK_PHONE, 0.5), Pattern("uk-area5", _UK_AREA5, 0.5)],
                      context=_PHONE_CONTEXT),
        PatternRecognizer(supported_entity="PHONE_NUMBER", name="LocalPhoneRecognizer",
                          patterns=[Pattern("local7", _LOCAL7, 0.2), Pattern("in-mobile", _IN_MOBILE, 0.2)],
                          context=_LOCAL_PHONE_CONTEXT),
        _name_recognizer(),
        PatternRecognizer(supported_entity="ADDRESS", name="StreetAddressRecognizer",
                          patterns=[Pattern("number-first", _NUMBER_FIRST, 0.65), Pattern("rue", _NUMBER_RUE, 0.7),
                                    Pattern("street-first", _STREET_FIRST, 0.7)],
                          context=["address", "live", "located", "ship", "deliver", "street", "residing"]),
    ]
