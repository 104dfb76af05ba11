"""Korean addresses and person names (the two recognizers that need word lists, and kiwipiepy for names).

Addresses are anchored on a gazetteer of 시/군/구 names, so "요구사항으로 3" is not an address but
"강남구 테헤란로 123" is; the reported span runs from the 시/도 (when given) to the building number and any
floor, apartment 동/호 or "(역삼동)" reference that follows.

Names come from kiwipiepy: proper nouns (NNP) of 2-4 Hangul syllables starting with a common surname, plus the
pieces kiwi sometimes splits a name into (최/NNP 민/NNG 호/NNB). Context (님, 씨, titles after the name; 이름:,
성명, 담당자, 예금주 before it; 저는 ... 입니다) raises the score; two-syllable names, four-syllable names without
a compound surname and names that end like a place (…구, …동, …역) are reported only with context. Place
names, countries and well-known organisations that start with a surname syllable (서울, 강남구, 한국, 신한) are
never names.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Any

from bastion.guardrails.pii_korean import Context, Detection, RegexDetector

# 시/군/구 stems (the part before 시, 군 or 구); one-syllable 구 names are listed separately
_SGG_STEMS = (
    "종로", "용산", "성동", "광진", "동대문", "중랑", "성북", "강북", "도봉", "노원", "은평", "서대문", "마포",
    "양천", "강서", "구로", "금천", "영등포", "동작", "관악", "서초", "강남", "송파", "강동", "영도", "부산진",
    "동래", "해운대", "사하", "금정", "연제", "수영", "사상", "기장", "수성", "달서", "달성", "군위", "미추홀",
    "연수", "남동", "부평", "계양", "강화", "옹진", "광산", "유성", "대덕", "울주", "장안", "권선", "팔달", "영통",
    "수정", "중원", "분당", "만안", "동안", "상록", "단원", "덕양", "일산동", "일산서", "처인", "기흥", "수지",
    "상당", "서원", "흥덕", "청원", "동남", "서북", "완산", "덕진", "의창", "성산", "마산합포", "마산회원", "진해",
    "원미", "소사", "오정", "수원", "성남", "의정부", "안양", "부천", "광명", "평택", "동두천", "안산", "고양",
    "과천", "구리", "남양주", "오산", "시흥", "군포", "의왕", "하남", "용인", "파주", "이천", "안성", "김포", "화성",
    "광주", "양주", "포천", "여주", "연천", "가평", "양평", "춘천", "원주", "강릉", "동해", "태백", "속초", "삼척",
    "홍천", "횡성", "영월", "평창", "정선", "철원", "화천", "양구", "인제", "고성", "양양", "청주", "충주", "제천",
    "보은", "옥천", "영동", "증평", "진천", "괴산", "음성", "단양", "천안", "공주", "보령", "아산", "서산", "논산",
    "계룡", "당진", "금산", "부여", "서천", "청양", "홍성", "예산", "태안", "전주", "군산", "익산", "정읍", "남원",
    "김제", "완주", "진안", "무주", "장수", "임실", "순창", "고창", "부안", "목포", "여수", "순천", "나주", "광양",
    "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진", "해남", "영암", "무안", "함평", "영광", "장성",
    "완도", "진도", "신안", "포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주", "문경", "경산", "의성",
    "청송", "영양", "영덕", "청도", "고령", "성주", "칠곡", "예천", "봉화", "울진", "울릉", "창원", "진주", "통영",
    "사천", "김해", "밀양", "거제", "양산", "의령", "함안", "창녕", "남해", "하동", "산청", "함양", "거창", "합천",
    "제주", "서귀포", "세종", "서울", "부산", "대구", "인천", "대전", "울산")
_SIDO = (r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청[남북]|충[남북]|전라[남북]|전[남북]"
         r"|경상[남북]|경[남북]|제주)(?:특별자치시|특별자치도|특별시|광역시|도|시)?")
_SGG = (r"(?:(?:" + "|".join(sorted(_SGG_STEMS, key=len, reverse=True)) + r")(?:시|군|구)|[중동서남북]구"
        r"|세종특별자치시)")
_BUILDING = (r"(?:아파트|빌라|빌딩|타워|오피스텔|맨션|하이츠|주택|센터|프라자|플라자|스퀘어|캐슬|자이|푸르지오"
             r"|힐스테이트|래미안|아이파크)")
_UNIT = (r"(?:지하 ?)?\d{1,3}층|(?:\d{1,4}|[A-Z])동(?: ?\d{1,5}호)?|\d{1,5}호|\([가-힣0-9, ]{1,30}\)"
         r"|[가-힣A-Za-z0-9]{0,20}" + _BUILDING + r"(?: ?\d{1,4}동)?(?: ?\d{1,5}호)?")
_ADDRESS_RX = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:(?P<sido>" + _SIDO + r") ?)?(?P<sgg>(?:" + _SGG + r" ?){1,2})"
    r"(?:[가-힣]{1,5}(?:읍|면) ?)?"
    r"(?:[가-힣A-Za-z0-9]{1,15}(?:로|길)|[가-힣0-9]{1,8}(?:동|리|가) ?(?:산 ?)?)"
    r" ?\d{1,5}(?:-\d{1,5})?(?: ?번지)?(?![0-9])"
    r"(?:,? ?(?:" + _UNIT + r")){0,4}")


class AddressDetector(RegexDetector):
    """Road-name (…로/…길 + number) and lot-number (…동/…리/…가 + 번지) addresses under a known 시/군/구."""

    entity = "KR_ADDRESS"
    pattern = _ADDRESS_RX
    context = Context(("주소", "배송지", "거주지", "자택", "사는 곳", "소재지", "수령지", "도로명", "지번",
                       r"\baddress\b"), before=30, after=5)

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        score = 0.85 if m.group("sido") else 0.75
        return self.with_context(text, m, score, score + 0.1, "sido+sgg" if m.group("sido") else "sgg")


# --- person names ------------------------------------------------------------------------------------------------

SURNAMES = frozenset((
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류",
    "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우",
    "구", "민", "나", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소",
    "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모",
    "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "태", "라", "피", "감", "변", "승", "탄"))
COMPOUND_SURNAMES = frozenset((
    "황보", "남궁", "제갈", "선우", "독고", "사공", "서문", "동방"))
# Common Korean given names (written for Bastion from general knowledge of popular names across generations).
GIVEN_NAMES = frozenset((
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "도현",
    "건우", "현우", "우진", "지훈", "선우", "서진", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁", "은우",
    "지환", "승민", "유찬", "윤우", "민성", "준영", "시후", "진우", "재윤", "동현", "태윤", "민재", "이안", "은찬",
    "윤호", "민혁", "성민", "상민", "동민", "준호", "영호", "성호", "재민", "태민", "현준", "성진", "민호", "영민",
    "태현", "동욱", "상훈", "성훈", "정훈", "재훈", "민석", "영수", "영철", "광수", "정민", "세훈", "지민", "태영",
    "서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "채원", "지윤", "은서", "수아", "다은",
    "예은", "지아", "수빈", "소율", "예린", "예원", "소윤", "지안", "하린", "시은", "유진", "채은", "가윤", "윤아",
    "서아", "아린", "하율", "서영", "수민", "은지", "민지", "수연", "혜원", "유나", "다인", "지현", "예진", "수진",
    "현정", "미영", "은영", "지영", "혜진", "정은", "민정", "소연", "보영", "은정", "선영", "미경", "세영", "나연",
    "다현", "서희", "예나", "주은", "채윤", "소은", "연서", "은비", "가은", "나윤", "서율", "하영", "혜인", "소희",
    "유빈", "다연", "은주", "미진", "현주", "경민", "은수", "재희", "승연", "민경", "다빈", "세은", "현석", "동건",
    "상철", "태식", "준영", "승현", "재민", "정호", "종민", "형준", "기현", "진호", "상우", "재영", "태훈", "규현",
    "창민", "혜수", "수현", "가영", "소영", "은경", "미나", "혜린", "다혜", "예슬", "현아", "채영", "유라", "혜리",
    "한나"))
WORD_NAMES = frozenset((
    "지원", "수정", "유리", "지성", "재원", "시현", "수호", "재현", "지은", "나은", "예지",
    "지혜", "철수", "지수", "하늘", "바다", "한결", "윤슬", "보람", "나래", "슬기", "다솜", "한별", "온유", "이슬",
    "아름", "초롱", "하람", "가람", "누리", "미래", "은혜", "소망", "사랑", "기쁨", "새봄", "봄", "솔"))


def hangul_name(value: str) -> bool:
    """A Hangul word that is a name on its own, without context: surname + given name (3 syllables, or 4 with a
    compound surname), or a listed given name with or without a surname. "계약서", "전원" and "운영팀" are not."""
    if not _ALL_HANGUL_WORD.fullmatch(value):
        return False
    return ((len(value) == 3 and value[0] in SURNAMES) or (len(value) == 4 and value[:2] in COMPOUND_SURNAMES)
            or value in GIVEN_NAMES | WORD_NAMES or (len(value) == 3 and value[1:] in GIVEN_NAMES | WORD_NAMES))


# proper nouns that start with a surname syllable and are not people
_NOT_NAMES = frozenset((
    "한국", "대한민국", "한반도", "조선", "고려", "신라", "백제", "가야", "미국", "중국", "일본", "영국", "독일",
    "프랑스", "북한", "남한", "유럽", "아시아", "아프리카", "호주", "인도", "태국", "베트남", "러시아", "캐나다",
    "한강", "한라산", "백두산", "설악산", "지리산", "남산", "제주도", "독도", "울릉도", "강원도", "경기도", "충청도",
    "전라도", "경상도", "신한", "하나", "우리", "국민", "농협", "기업", "삼성", "현대", "기아", "한화", "한진",
    "두산", "롯데", "신세계", "카카오", "네이버", "쿠팡", "배민", "당근", "토스", "조선일보", "동아일보", "한겨레",
    "경향", "한국일보", "연합뉴스", "서울대", "고려대", "연세대", "성균관", "한양대", "이화", "카이스트", "구글",
    "애플", "아마존", "마이크로소프트", "오라클", "인텔", "엔비디아", "테슬라", "유튜브", "인스타그램", "페이스북",
    "트위터", "위키", "윈도우", "리눅스", "파이썬", "자바", "강남", "강북", "강서", "강동", "서초", "송파", "마포",
    "용산", "성동", "노원", "도봉", "은평", "구로", "금천", "양천", "동작", "관악", "중랑", "광진", "성북", "종로",
    "명동", "여의도", "신촌", "홍대", "이태원", "잠실", "판교", "분당", "일산", "해운대", "서면", "남포", "동성로",
    "유성", "광안리", "수원", "성남", "용인", "고양", "안양", "안산", "부천", "화성", "평택", "김포", "시흥", "파주",
    "하남", "오산", "양주", "구리", "남양주", "광명", "이천", "안성", "의왕", "과천", "포천", "여주", "양평", "가평",
    "연천", "동두천", "천안", "청주", "전주", "포항", "창원", "김해", "진주", "구미", "경주", "목포", "여수", "순천",
    "원주", "춘천", "강릉", "제천", "충주", "익산", "군산", "안동", "김천", "거제", "양산", "통영", "사천", "밀양",
    "서귀포", "서산", "당진", "아산", "공주", "논산", "보령", "나주", "광양", "정읍", "남원", "김제", "영주", "영천",
    "상주", "문경", "경산", "속초", "동해", "삼척", "태백", "서울", "부산", "대구", "인천", "광주", "대전", "울산",
    "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "도쿄", "오사카", "나고야", "홍콩",
    "방콕", "하노이", "마닐라", "하와이", "오키나와", "나트랑", "장가계", "상해", "북경", "태평양", "대서양",
    "인도양", "김앤장", "백엔드", "백오피스", "고객센터"))
_ORG_ENDINGS = re.compile(
    r"(?:은행|전자|일보|그룹|증권|카드|보험|병원|학교|대학|공사|공단|협회|재단|건설|마트|호텔|센터|회사|방송|신문|시청|구청"
    r"|군청|도청|공항|상사|물산|화학|제약|통신|뱅크|생명|화재|텔레콤|대교|터미널|시장|공원)$")
_PLACE_LAST = frozenset("시군구도동읍면리로길역산강섬항청관점교궁문탑각루")
_ROLE_LAST = frozenset("자원생객인사님분들장")
_TITLE_AFTER = re.compile(
    r"\s?(?:님|씨|군|양|고객|회원|선생|교수|과장|팀장|부장|차장|실장|사장|대리|사원|주임|대표|이사|상무|전무|원장|본부장|센터장"
    r"|매니저|환자|기자|의원|장군|대통령|선수|작가|변호사|의사|간호사|박사|교사|강사|코치|감독|총장|위원|님께|씨는"
    r"|책임|선임|수석|연구원|상무님|입니다|이에요|예요|어르신|선배|후배|귀하|총경리|\(사번|\(직원|\(\d{1,3}세"
    r"|드림|올림|배상|학생|학부모|원생|조교|교수님)")
_LABEL_BEFORE = re.compile(
    r"(?:이름|성명|성함|고객명|담당자|담당|대표자|대표|예금주|환자명|환자|보호자|수신인|수신자|받는 ?분"
    r"|받는 ?사람|작성자|신청인|신청자|발신인|보내는 ?분|\bname|저는|제 이름은|내 이름은|대상자|예약자|송금인|명의자"
    r"|명의는|주문자|매도인|매수인|임대인|임차인|학생|탑승객|판매자|구매자|신고인|사용자|수료자|위원장|간사|채무자"
    r"|채권자|보증인|피해자|가해자|증인|을|갑|고객님 성함은?|나는|운전자|대리인|팀장|부장|과장|차장|실장|본부장"
    r"|명단|수신|참조|참석자|면접자|지원자|담당 직원|담임|대표이사|소유자|카드소유자|발표자|결재자|수령인|당직"
    r"|\buser|\bauthor|\bowner|\bassignee|\bcustomer)(?:(?:가|는|은|이)\s*['\"\u2018\u201c]"  # 작성자가 '탁하린'
    r"|(?:\((?:갑|을|병)\))?['\"]?\s*[:\uff1a=]?\s*['\"\u2018\u201c]?)$",
    re.IGNORECASE)
_HANGUL = re.compile(r"[가-힣]")
_ALL_HANGUL_WORD = re.compile(r"[가-힣]{2,4}")
_ALL_HANGUL = re.compile(r"[가-힣]{2,4}")
_SYLLABLES = re.compile(r"[가-힣]+")
_PIECE_TAGS = frozenset(("NNG", "NNB", "NNP", "MM", "XR"))
_CHUNK = 2000
_COMMON_NOUN_SCORE = -14.0  # kiwi log-probability above which a two-syllable noun is an everyday word
_KNOWN_WORD_SCORE = -15.0  # ... and above which a whole word read alone is in kiwi's dictionary (연락처 -11.8,
# 조정안 -13.7); a name kiwi has to guess scores lower (최은우 -22.3, 서지안 -17.5)
_PARTICLE = re.compile(r"(?:에게|께서|으로|에서|부터|까지|이가|이는|이를|이의|이와|이도"
                       r"|은|는|이|가|을|를|의|와|과|께|도|만|로|에)$")
# a KakaoTalk export line ("2024년 5월 3일 오후 8:45, 윤채원 : ...") names its speaker after the time
_KAKAO_SPEAKER = re.compile(r"(?m)\d{1,2}:\d{2},[ \t]*([가-힣]{2,5})[ \t]*:")
# numbered or bulleted lines that each hold one word: a list of people when enough of them are names
_ITEM_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]*([가-힣]{2,6})[ \t]*$")
# a name written in Hangul with its own spelling in Latin letters after it: 응우옌 반 훙(Nguyen Van Hung)
_TRANSLITERATED = re.compile(r"(?:성명|이름은?|성함)[ \t]*[:\uff1a]?[ \t]*([가-힣]{1,6}(?: [가-힣]{1,6}){0,3})"
                             r"[ \t]*\(([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})\)")
_ROLE_WORDS = frozenset(("입력란", "표기", "방법", "변경", "불가", "필수", "선택", "입력", "예시", "형식"))
# last syllables of compound nouns (배송지, 신청서, 이용자); after a common noun they end a word, not a name
_NOUN_LAST = frozenset("지서자비료액표권처실장금율량증품팀관소기법안문회점국과청단체층물식용력도로상제형별일부")
# Sino-Korean prefixes that are also surnames: 고성능, 신제품, 구버전, 전처리, 재계약 are prefix + noun, not names
_NOUN_PREFIX = frozenset("고저신구전현총재준비")
_NOT_LABEL = re.compile(r"[\s:\uff1a'\"\u2018\u201c]")
# a comma-separated run of short Hangul words: a list of people ("명단: 서지안, 오세린, 이바다")
_LIST = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?:[ \t][가-힣]{1,6})?"
                   r"(?:[ \t]*[,\u3001\u00b7/][ \t]*[가-힣]{1,6}(?:[ \t][가-힣]{1,6})?){1,30}")


def _merge(found: list[Detection], extra: list[Detection]) -> list[Detection]:
    """``found`` plus each of ``extra`` that outscores every finding it overlaps, which it then replaces (이민혁
    after 운전자 outranks kiwi's 0.3 for the same word). One sort and sweep per side: linear in the findings."""
    out = sorted(found, key=lambda d: d.start)
    starts = [d.start for d in out]
    dropped: set[int] = set()
    kept: list[Detection] = []
    for d in sorted(extra, key=lambda d: d.start):
        i = bisect.bisect_left(starts, d.end)  # candidates start before d ends; walk back while they overlap
        overlaps = []
        j = i - 1
        while j >= 0 and j >= i - 8 and out[j].end > d.start:
            overlaps.append(j)
            j -= 1
        if all(out[k].score < d.score for k in overlaps if k not in dropped):
            dropped.update(overlaps)
            kept.append(d)
    return [d for k, d in enumerate(out) if k not in dropped] + kept


def _consecutive_lines(text: str, lines: list[tuple[int, str]]) -> Iterator[tuple[int, int]]:
    """Index ranges of ``lines`` (start offset, word) that follow each other with no other line between."""
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and text.count("\n", lines[j - 1][0], lines[j][0]) == 1:
            j += 1
        yield i, j
        i = j


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most ~``size`` characters, cut at whitespace where possible (kiwi's cost is per piece)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        start = end


def _has_surname(form: str) -> bool:
    return (len(form) >= 3 and form[:2] in COMPOUND_SURNAMES) or form[0] in SURNAMES


def _not_a_name(form: str) -> bool:
    stem = form[:-1]
    return (form in _NOT_NAMES or (form[-1] in "시군구도" and stem in _NOT_NAMES)
            or _ORG_ENDINGS.search(form) is not None)


def _name_context(text: str, start: int, end: int) -> str | None:
    after = _TITLE_AFTER.match(text, end, end + 6)
    if after:
        return after.group().strip()
    before = _LABEL_BEFORE.search(text, max(0, start - 12), start)
    return before.group().strip(" :\uff1a") if before else None


class PersonDetector:
    """Korean person names from kiwipiepy proper nouns (see the module docstring for the rules)."""

    entity = "KR_PERSON"

    def __init__(self, kiwi: Any, max_chars: int = 65_536) -> None:
        self.kiwi = kiwi
        self.max_chars = max_chars  # kiwi costs ~13 ms per 1,000 characters: names past this are not looked for
        # whether a candidate word, or its first two syllables, is a dictionary noun: the same words come back in
        # every prompt, and each answer is a kiwi call
        self._known_word = functools.lru_cache(maxsize=8192)(self._known_word)  # type: ignore[method-assign]
        self._starts_with_common_noun = functools.lru_cache(maxsize=8192)(  # type: ignore[method-assign]
            self._starts_with_common_noun)

    def detect(self, text: str) -> list[Detection]:
        out: list[Detection] = []
        for base, piece in _chunks(text[: self.max_chars], _CHUNK):
            if _HANGUL.search(piece):
                out.extend(self._detect_piece(piece, base))
        return _merge(out, list(self._labelled_and_listed(text[: self.max_chars])))

    def _known_word(self, form: str) -> bool:
        """kiwi reads ``form`` alone as a dictionary common noun, perhaps with a particle or suffix (연락처, 오렌지,
        표기는, 인사팀), not as a name it knows (김민준/NNP) or has to guess (최은우), or a determiner before a noun
        (이 + 바다)."""
        first = self.kiwi.tokenize(form)[:1]
        return (bool(first) and first[0].start == 0 and first[0].len >= 2 and first[0].tag == "NNG"
                and first[0].score > _KNOWN_WORD_SCORE)

    def _name_word(self, word: str) -> str | None:
        """The name in one Hangul word with its particle cut off (이민혁은 -> 이민혁), if it reads as one."""
        for stem in (word, _PARTICLE.sub("", word)):
            if stem in GIVEN_NAMES or stem in WORD_NAMES:
                return stem
            if (hangul_name(stem) and not _not_a_name(stem) and stem[-1] not in _PLACE_LAST
                    and not self._known_word(stem) and not (stem[0] in _NOUN_PREFIX and self._known_word(stem[1:]))
                    and not (stem[-1] in _NOUN_LAST and self._starts_with_common_noun(stem))):  # 배송 + 지
                return stem
        return None

    def _labelled_and_listed(self, text: str) -> Iterator[Detection]:
        """Names kiwi splits or calls common nouns, where the text says they are names: the word right after a
        label or role (운전자 이민혁, 보호자: 변소윤, 작성자가 '탁하린) and comma lists in which at least two words
        are full names (1반 - 정다은, 한결, 윤슬). A word kiwi knows as a noun (연락처, 오렌지) is never one."""
        for m in _SYLLABLES.finditer(text):
            label = _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()) if m.start() else None
            labelled = label is not None and len(_NOT_LABEL.sub("", label.group())) >= 2  # not the party 을 or 갑
            if labelled or _TITLE_AFTER.match(text, m.end(), m.end() + 6):  # 담임 국하은, 한상철 교수님
                name = self._name_word(m.group()[:7])
                if name is not None and len(name) >= 3:
                    yield Detection(self.entity, m.start(), m.start() + len(name), 0.8, "label")
        for m in _KAKAO_SPEAKER.finditer(text):
            if (name := self._name_word(m.group(1))) is not None:
                yield Detection(self.entity, m.start(1), m.start(1) + len(name), 0.75, "chat-speaker")
        for m in _TRANSLITERATED.finditer(text):  # 응우옌 반 훙(Nguyen Van Hung), not 입력란(Name Field)
            words = m.group(1).split()
            latin = m.group(2).split()
            if len(words) == len(latin) and not any(self._known_word(w) or w in _ROLE_WORDS for w in words):
                yield Detection(self.entity, m.start(1), m.end(1), 0.8, "name+latin-spelling")
        runs = [[(m.start() + w.start(), w.group()) for w in _SYLLABLES.finditer(m.group())]
                for m in _LIST.finditer(text)]
        lines = [(m.start(1), m.group(1)) for m in _ITEM_LINE.finditer(text)]
        runs += [lines[i:j] for i, j in _consecutive_lines(text, lines)]
        for items in runs:
            names = [(at, n) for at, w in items if (n := self._name_word(w)) is not None]
            full = [n for _, n in names if n not in GIVEN_NAMES and n not in WORD_NAMES]
            if len(names) >= 2 and len(full) >= 1 and 2 * len(names) >= len(items):
                for at, n in names:
                    yield Detection(self.entity, at, at + len(n), 0.75, "list")

    def _detect_piece(self, piece: str, base: int) -> list[Detection]:
        tokens = self.kiwi.tokenize(piece)
        out: list[Detection] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            j = i + 1
            if t.tag in ("NNP", "NNG") and _HANGUL.match(t.form):
                start, end = t.start, t.start + t.len
                # kiwi sometimes splits a name: 김/NNP 민수/NNP, 최/NNP 민/NNG 호/NNB, 김민/NNP 구/MM
                limit = 4 if t.form in COMPOUND_SURNAMES else 3
                while (t.tag == "NNP" and j < len(tokens) and tokens[j].start == end and tokens[j].tag in _PIECE_TAGS
                       and end - start + tokens[j].len <= limit and _SYLLABLES.fullmatch(tokens[j].form)):
                    end += tokens[j].len
                    j += 1
                kind = t.tag if all(x.tag == t.tag for x in tokens[i:j]) else "merged"
                found = self._judge(piece, start, end, kind, t.form)
                if found is not None:
                    out.append(Detection(self.entity, base + start, base + end, found[0], found[1]))
                else:
                    j = i + 1
            i = j
        return out

    def _judge(self, text: str, start: int, end: int, kind: str, first: str) -> tuple[float, str] | None:
        form = text[start:end]
        if not _ALL_HANGUL.fullmatch(form) or not _has_surname(form) or _not_a_name(form) or _not_a_name(first):
            return None
        context = _name_context(text, start, end)
        if kind == "NNG":  # kiwi thinks it is a common noun: only a clear label or title makes it a name
            if context is None or len(form) < 3 or form[-1] in _ROLE_LAST or self._known_word(form):
                return None  # 보호자 연락처: a dictionary noun after a label is not a name
            return 0.7, f"noun+context:{context}"
        if context is not None:
            return (0.85 if kind == "NNP" else 0.8), f"{kind}+context:{context}"
        compound = len(form) == 4 and form[:2] in COMPOUND_SURNAMES
        if not (len(form) == 3 or compound) or form[-1] in _PLACE_LAST:
            return None
        if self._starts_with_common_noun(form) or self._known_word(form):  # 배송지, 문자열: kiwi's NNP guesses
            return 0.3, f"{kind}+common-noun"
        return (0.5 if kind == "NNP" or compound else 0.4), kind

    def _starts_with_common_noun(self, form: str) -> bool:
        tokens = self.kiwi.tokenize(form[:2])
        return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].score > _COMMON_NOUN_SCORE
