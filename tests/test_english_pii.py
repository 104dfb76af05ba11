"""English and international PII through the scanner: street addresses in the orders people write them, phone
numbers that need a phone word next to them, and names in quotes. Every value is made up."""

from __future__ import annotations

import pytest

from bastion.guardrails.pii import PiiScanner
from bastion.resources import Resources


@pytest.fixture(scope="module")
def scanner(scanner_models: Resources) -> PiiScanner:
    return PiiScanner(scanner_models)


def found(scanner: PiiScanner, text: str, label: str | None = None) -> list[str]:
    return [text[f.start:f.end] for f in scanner.scan(text) if label is None or f.label == label]


@pytest.mark.parametrize("address", [
    "Storgata 18B, 0184 Oslo",
    "Keizersgracht 221, 1016 DV Amsterdam",
    "Rua Augusta 1508, apto 42, São Paulo - SP, 01304-001",
    "Aleksanterinkatu 15, 00100 Helsinki",
    "Calle Mayor 5, 28013 Madrid",
    "Hauptstraße 14, 10969 Berlin",
])
def test_street_first_addresses_are_found_whole(scanner: PiiScanner, address: str) -> None:
    assert found(scanner, f"Please ship it to {address}, thanks.", "ADDRESS") == [address]


def test_local_numbers_count_only_next_to_a_phone_word(scanner: PiiScanner) -> None:
    assert found(scanner, "his cell 555-0164, back Monday", "PHONE_NUMBER") == ["555-0164"]
    assert found(scanner, "call me at 555-0177 after lunch", "PHONE_NUMBER") == ["555-0177"]
    assert found(scanner, "Phone: 01632 960418", "PHONE_NUMBER") == ["01632 960418"]
    assert found(scanner, "order 555-0164 shipped; see section 123-4567 and build 2026-1147") == []


def test_names_in_quotes_are_found_and_contractions_are_not_names(scanner: PiiScanner) -> None:
    text = "INSERT INTO contacts VALUES ('Ana Lúcia Prado', 'Tomasz');"
    hits = found(scanner, text, "PERSON")
    assert "Tomasz" in hits and any(h.startswith("Ana Lúcia") for h in hits), hits
    assert "Brien" not in found(scanner, "I don't know, it's O'Brien's call", "PERSON")


def test_lower_case_names_after_weaker_cues_need_a_listed_name(scanner: PiiScanner) -> None:
    assert found(scanner, "can you send the deck to priya? thx", "PERSON") == ["priya"]
    assert found(scanner, "hardcoded for testing by ravi\n// fix later", "PERSON") == ["ravi"]
    assert found(scanner, "ananya said she can cover my shift", "PERSON") == ["ananya"]
    assert found(scanner, "set the missing values to nan, sort by default, convert to python") == []


def test_french_addresses_and_indian_mobiles(scanner: PiiScanner) -> None:
    text = "I live at 12 Rue des Lilas, 69003 Lyon. Her mobile is 98765 43210."
    assert found(scanner, text, "ADDRESS") == ["12 Rue des Lilas, 69003 Lyon"]
    assert found(scanner, text, "PHONE_NUMBER") == ["98765 43210"]
    assert found(scanner, "batch 98765 43210 done") == []


def test_products_and_headers_the_small_model_calls_people_are_dropped(scanner: PiiScanner) -> None:
    text = "Is the Jordan 23 restock live? We removed the dependency on Jackson 2.13.\n| Name | Role |\n|---|---|"
    assert found(scanner, text, "PERSON") == []


def test_ner_windows_skip_sentence_openers_but_not_names() -> None:
    """The English NER runs only around capitalised words that could be names: a capital that only starts a
    sentence, line or list item opens no window unless the word is a listed given name."""
    from bastion.guardrails.pii_ner import name_windows

    stop = frozenset({"the", "this"})
    given = frozenset({"priya"})
    assert name_windows("Convert this to yaml. Summarise the call.\n- Phone: none\n2) Email: none", stop, given) == []
    text = "Convert this to JSON. Priya said the file is late, ask Okafor."
    windows = name_windows(text, stop, given)
    covered = "".join(text[s:e] for s, e in windows)
    assert "Priya" in covered and "Okafor" in covered
    # a capital that starts a sentence still opens a window before a verb, a second capital or at a line's end
    for text in ("Mark called yesterday.", "Best,\nJohn", "John Smith will come.", "1. John to send the deck"):
        assert name_windows(text, stop, given) != [], text
    # acronyms, codes, weekdays, languages and well-known software open none; a name beside them still does
    assert name_windows("Export the PDF to SQL on Friday, then ask the API team in Korean about Jira HR-200.",
                        stop, given) == []
    text = "Export the PDF on Friday for Daniel Okafor."
    assert "Okafor" in "".join(text[s:e] for s, e in name_windows(text, stop, given))


def test_names_in_several_windows_are_all_found(scanner: PiiScanner) -> None:
    """The windows of one text go through the network as one batch; each keeps its own offsets."""
    text = ("Please forward the signed contract to Priya Raman before the audit. " + "The totals are in the sheet. " * 6
            + "Afterwards copy Daniel Okafor on the thread, and " + "check the numbers twice. " * 6 + "Thanks, Mark")
    by_ner = {text[f.start:f.end] for f in scanner.scan(text) if f.label == "PERSON" and f.score >= 0.85}
    assert by_ner == {"Priya Raman", "Daniel Okafor", "Mark"}  # spaCy's findings (the name lists score 0.6)


@pytest.mark.parametrize(("text", "name"), [
    ("Signed: TOM KIM", "TOM KIM"), ("Attn: DAVID CHEN", "DAVID CHEN"), ("Prepared by PETER WONG for the board.",
                                                                       "PETER WONG"),
    ("Driver: LUKE WARD, licence B1234567", "LUKE WARD"),
])
def test_names_in_capitals_are_found_though_acronyms_open_no_window(scanner: PiiScanner, text: str, name: str) -> None:
    assert name in found(scanner, text, "PERSON")


def test_names_at_a_sentence_start_followed_by_a_count_are_still_people(scanner: PiiScanner) -> None:
    assert found(scanner, "Send it to John Smith 2 days before the launch.", "PERSON") == ["John Smith"]
    assert found(scanner, "John called yesterday about the invoice.", "PERSON") == ["John"]
    assert found(scanner, "Best regards,\nJohn", "PERSON") == ["John"]


def test_code_and_model_names_and_reference_numbers_are_not_pii(scanner: PiiScanner) -> None:
    for text in ("if x == 1:\n    pass\nelif x == 2:\n    conn = sqlite3.connect(db)",
                 "fine-tuned it from bert and compared to roberta", "Invoice number 123-4567 is overdue.",
                 "Colgate 12, 2024 Annual report"):
        assert found(scanner, text) == [], text
