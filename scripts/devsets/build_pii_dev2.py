"""Build scripts/devsets/pii_dev2.jsonl: a second hand-written PII development set (100 prompts, 65 Korean and 35
English, 274 spans), written on 2026-11-24 by a helper that was shown neither the scanner, the held-out sets in
evals/ nor the first development set. Spans are located with str.find; checksummed numbers are computed, values
are made up. Its scores before its misses were read are recorded in docs/security.md.
"""
import json, os, collections

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev2.jsonl")

# ---------- synthetic number helpers (checksums computed, values made up) ----------
def rrn(front, back6):
    d = [int(c) for c in front + back6]
    w = [2,3,4,5,6,7,8,9,2,3,4,5]
    chk = (11 - sum(a*b for a, b in zip(d, w)) % 11) % 10
    return f"{front}-{back6}{chk}"

def arn(front, back6):
    d = [int(c) for c in front + back6]
    w = [2,3,4,5,6,7,8,9,2,3,4,5]
    chk = (13 - sum(a*b for a, b in zip(d, w)) % 11) % 10
    return f"{front}-{back6}{chk}"

def brn(nine):
    d = [int(c) for c in nine]
    w = [1,3,7,1,3,7,1,3,5]
    s = sum(a*b for a, b in zip(d, w)) + (d[8]*5)//10
    chk = (10 - s % 10) % 10
    full = nine + str(chk)
    return f"{full[:3]}-{full[3:5]}-{full[5:]}"

def iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

RRN1 = rrn("880214", "123456")
RRN2 = rrn("930722", "245871")
RRN3 = rrn("760509", "183920")
RRN4 = rrn("010930", "428173")
ARN1 = arn("950817", "512734")
ARN2 = arn("890403", "561208")
ARN3 = arn("870126", "573349")
BRN1 = brn("214870395")
BRN2 = brn("131862274")
IBAN_DE1 = iban("DE", "500105175407324931")
IBAN_DE2 = iban("DE", "370400440532013000")
IBAN_GB = iban("GB", "NWBK60161331926819")
IBAN_FR = iban("FR", "20041010050500013M02606")

P, E, PH, A = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS"
CC, IB, IP, URL = "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL_WITH_CREDENTIALS"
RR, AR, BR, PP, DL, BA = "KR_RRN", "KR_ARN", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BANK_ACCOUNT"

# each row: (style, text, [(value, label), ...] in order of appearance)
KO = [
("chat", "안녕하세요, 배송 주소 변경하려고요. 받는 사람은 김민준이고 주소는 서울특별시 송파구 올림픽로 300, 101동 1203호로 바꿔주세요. 연락처는 010-4821-7730입니다.",
 [("김민준", P), ("서울특별시 송파구 올림픽로 300, 101동 1203호", A), ("010-4821-7730", PH)]),
("email", "박서연 과장님께,\n\n지난주 요청하신 견적서 첨부드립니다. 검토 후 회신 부탁드립니다.\n\n감사합니다.\n정하늘 드림\n영업2팀 | 02-3456-7812 | haneul.jung@daehan-trade.example",
 [("박서연", P), ("정하늘", P), ("02-3456-7812", PH), ("haneul.jung@daehan-trade.example", E)]),
("kakao", "[오후 2:14] 이도윤: 지민아 오늘 회식 몇 시야?\n[오후 2:15] 최지민: 7시! 장소는 강남역 11번 출구 앞 고깃집\n[오후 2:15] 이도윤: ㅇㅋ 서연이도 온대?",
 [("이도윤", P), ("지민", P), ("최지민", P), ("이도윤", P), ("서연", P)]),
("hr_form", "급여 계좌 변경 신청합니다.\n신청자: 황보수진 (사번 20190412)\n변경 계좌: 신한은행 110-482-937215\n예금주: 황보수진",
 [("황보수진", P), ("110-482-937215", BA), ("황보수진", P)]),
("meeting_notes", "[주간회의록] 2024-03-11\n참석자: 남궁민, 제갈윤아, 선우진, 탁예린\n결재자: 편상훈 부장\n안건: 2분기 마케팅 예산(3억 2천만 원) 및 신규 앱 v2.3.1 출시 일정",
 [("남궁민", P), ("제갈윤아", P), ("선우진", P), ("탁예린", P), ("편상훈", P)]),
("doc", "2분기 출시 예정 제품: 갤럭시 S24 케이스, 아이폰 15 보호필름, 에어팟 프로 2세대 실리콘 커버. 담당 부서는 상품기획팀이며, 공급처는 삼성전자 협력사와 애플 공인 리셀러입니다. 재고 코드 SKU-2024-0415-KR 참조.",
 []),
("sms", "[서울연세내과] 피은서 환자님, 3월 15일(금) 오전 10시 30분 내시경 검사 예약이 확인되었습니다. 검사 전날 밤 9시 이후 금식해 주세요. 문의 02)555-0192",
 [("피은서", P), ("02)555-0192", PH)]),
("form", f"성명: 감동현\n주민등록번호: {RRN1}\n주소: 경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층\n휴대전화: 01093847261",
 [("감동현", P), (RRN1, RR), ("경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층", A), ("01093847261", PH)]),
("chat", f"외국인 근로자 등록 정보 확인 부탁드립니다. 이름은 응우옌 반 훙(Nguyen Van Hung)이고 외국인등록번호는 {ARN1}입니다. 여권번호가 아니라 등록증 기준으로 입력해 주세요.",
 [("응우옌 반 훙", P), ("Nguyen Van Hung", P), (ARN1, AR)]),
("notice", "[햇살초등학교 알림] 3학년 2반 빈서윤 학생 학부모님께\n내일 현장체험학습(국립중앙박물관) 준비물: 도시락, 물, 모자\n담임 국하은 드림",
 [("빈서윤", P), ("국하은", P)]),
("sms", "[배송 출발] 수령인: 윤채원 / 배송지: 부산광역시 해운대구 센텀중앙로 79, 센텀스카이 2동 3301호 / 기사 연락처 010-2290-5518 / 오늘 18~20시 도착 예정",
 [("윤채원", P), ("부산광역시 해운대구 센텀중앙로 79, 센텀스카이 2동 3301호", A), ("010-2290-5518", PH)]),
("contract", f"용역계약서\n\n발주자(이하 \"갑\"): 주식회사 누리온소프트 (사업자등록번호 {BRN1})\n대표이사 한준호\n수급자(이하 \"을\"): 프리랜서 송지우 (주민등록번호 {RRN2})\n을의 주소: 대전광역시 유성구 대학로 99, 3층\n대금 지급 계좌: 국민은행 612301-04-118372 (예금주 송지우)",
 [(BRN1, BR), ("한준호", P), ("송지우", P), (RRN2, RR), ("대전광역시 유성구 대학로 99, 3층", A), ("612301-04-118372", BA), ("송지우", P)]),
("meeting_notes", "회의 요약: 팀장님이 다음 주까지 API 문서 v1.4 검토 요청. 담당자 미정. 과장님과 대리님은 고객사(현대자동차, LG에너지솔루션) 미팅 준비. 배포 예정일 2024-05-20, 빌드 번호 #4821.",
 []),
("chat", "야 민재랑 어제 통화했는데 걔 번호 바뀌었대 010 7731 2048 이거래",
 [("민재", P), ("010 7731 2048", PH)]),
("cs_log", "[상담 로그 #CS-88213]\n14:02 고객: 안녕하세요 제 카드 4111-1111-1111-1111 결제가 두 번 됐어요\n14:03 상담원(조윤희): 불편을 드려 죄송합니다. 고객님 성함 확인 부탁드립니다.\n14:03 고객: 염태식이요\n14:04 상담원(조윤희): 염태식 고객님, 확인되었습니다.",
 [("4111-1111-1111-1111", CC), ("조윤희", P), ("염태식", P), ("조윤희", P), ("염태식", P)]),
("csv", "이름,부서,연락처,이메일\n서민호,재무팀,010-3382-1174,minho.seo@corp-example.kr\n변지아,인사팀,010-9021-4457,jia.byun@corp-example.kr\n추경민,개발팀,010-6670-3329,kyungmin.choo@corp-example.kr",
 [("서민호", P), ("010-3382-1174", PH), ("minho.seo@corp-example.kr", E),
  ("변지아", P), ("010-9021-4457", PH), ("jia.byun@corp-example.kr", E),
  ("추경민", P), ("010-6670-3329", PH), ("kyungmin.choo@corp-example.kr", E)]),
("markdown", "| 순번 | 면접자 | 지원 직무 | 면접 시간 |\n|---|---|---|---|\n| 1 | 석다은 | 백엔드 | 10:00 |\n| 2 | 마동혁 | 데이터 | 11:00 |\n| 3 | 왕리나 | 디자인 | 14:00 |",
 [("석다은", P), ("마동혁", P), ("왕리나", P)]),
("json_log", '{"ts":"2024-04-02T09:13:22+09:00","level":"WARN","event":"login_failed","user":"이수빈","client_ip":"211.234.10.57","attempts":5}',
 [("이수빈", P), ("211.234.10.57", IP)]),
("code", "# 담당: 유하준 (hajun.yoo@devmail.example)\n# TODO: 운영 배포 전에 아래 접속 정보 환경변수로 옮길 것\nDB_URL = \"postgres://admin:Sup3rS3cret!@10.20.30.41:5432/prod\"",
 [("유하준", P), ("hajun.yoo@devmail.example", E), ("postgres://admin:Sup3rS3cret!@10.20.30.41:5432/prod", URL)]),
("chat", "이번 사내 독서모임 책은 김훈의 '칼의 노래'입니다. 이순신 장군의 이야기를 다루며, 다음 달에는 한강 작가의 '소년이 온다'를 읽을 예정이에요. 장소는 광화문 교보문고 앞 카페.",
 []),
("chat", "출장 항공권 예약용 정보 보내드립니다. 영문명 LEE SOYUL(이소율), 여권번호 M48271935, 만료일 2031-08-14. 마일리지 번호는 나중에 드릴게요.",
 [("LEE SOYUL", P), ("이소율", P), ("M48271935", PP)]),
("form", "사고 접수 내용\n운전자: 도민석\n면허번호: 11-19-284736-52\n연락처: +82 10-5567-2834\n사고 장소: 경기도 수원시 영통구 매탄동 123-4 앞 교차로",
 [("도민석", P), ("11-19-284736-52", DL), ("+82 10-5567-2834", PH), ("경기도 수원시 영통구 매탄동 123-4", A)]),
("email", "이번 프로젝트는 권나연 대리가 맡고, 검수는 문태오 과장님께서 해 주시기로 했습니다. 권나연 대리에게 자료 넘겨주시고, 문태오 과장님과 일정 맞춰 주세요.",
 [("권나연", P), ("문태오", P), ("권나연", P), ("문태오", P)]),
("notice", "이번 달 우수사원 명단\n1. 하윤서\n2. 선우재민\n3. 백승우\n4. 육지아\n축하드립니다!",
 [("하윤서", P), ("선우재민", P), ("백승우", P), ("육지아", P)]),
("notice", "당직 근무: 월 표민지 / 화 기성훈 / 수 엄다온 / 목 천시우 / 금 길예준",
 [("표민지", P), ("기성훈", P), ("엄다온", P), ("천시우", P), ("길예준", P)]),
("meeting_notes", "발표자: 류현아·모지훈·설가은 (각 10분)\n장소: 본사 12층 세미나실",
 [("류현아", P), ("모지훈", P), ("설가은", P)]),
("doc", "V2.8.0 릴리스 노트\n- 카카오 로그인 SDK 2.19로 업데이트\n- 네이버 지도 API 키 갱신 (키 값은 보안 저장소 참조)\n- iOS 17.4 크래시 수정\n- 작성자: 플랫폼팀 / 리뷰어: QA팀",
 []),
("email", "수진님 안녕하세요!\n요청하신 계약서 초안 공유드립니다. 수정 사항 있으면 편하게 말씀 주세요.\n\n--\n임채윤 | 법무팀 선임\nT. 031-8017-2254 | M. 010.4412.9083\nchaeyun.lim@legal-partners.example",
 [("수진", P), ("임채윤", P), ("031-8017-2254", PH), ("010.4412.9083", PH), ("chaeyun.lim@legal-partners.example", E)]),
("sms", "[Web발신]\n하나은행 남궁서준님 계좌 123-910482-37107 으로 1,250,000원이 입금되었습니다. 입금자: (주)그린푸드",
 [("남궁서준", P), ("123-910482-37107", BA)]),
("form", f"입원 동의서\n환자: 제갈민호 (남, 72세)\n보호자: 제갈수아 (딸) 010-8832-1190\n보호자 주민등록번호: {RRN4}\n병동: 본관 7층 712호",
 [("제갈민호", P), ("제갈수아", P), ("010-8832-1190", PH), (RRN4, RR)]),
("chat", "ㅋㅋ 태현이가 그러는데 다음주에 지우랑 부산 간대. 근데 예린이는 안 간다더라",
 [("태현", P), ("지우", P), ("예린", P)]),
("email", "중국 지사 담당자 왕웨이(王伟) 님께 샘플 발송 부탁드립니다. 주소는 영문으로 보내주셨어요: Room 1203, Tower B, 88 Century Avenue, Pudong, Shanghai. 전화 +86 138 1234 5678",
 [("왕웨이", P), ("王伟", P), ("Room 1203, Tower B, 88 Century Avenue, Pudong, Shanghai", A), ("+86 138 1234 5678", PH)]),
("hr_form", "[급여팀 요청] 3월 급여 명세서 재발행 요청자: 구민혁 사원(재무팀). 수령 이메일 minhyuk.koo@example-corp.co.kr 로 보내주세요.",
 [("구민혁", P), ("minhyuk.koo@example-corp.co.kr", E)]),
("sms", "[카드승인] 국승민님 4012-8888-8888-1881 승인 89,000원 일시불 05/14 13:22 스타벅스 강남R점",
 [("국승민", P), ("4012-8888-8888-1881", CC)]),
("kakao", "2024년 5월 3일 오후 8:41, 엄마 : 채원아 집에 몇시 와\n2024년 5월 3일 오후 8:45, 윤채원 : 10시쯤? 아빠한테 말해줘\n2024년 5월 3일 오후 8:46, 엄마 : 알겠어 준서도 같이 오니",
 [("채원", P), ("윤채원", P), ("준서", P)]),
("form", f"세금계산서 발행 정보\n상호: 바른식품 주식회사\n사업자등록번호: {BRN2}\n대표자: 탁민경\n사업장 주소: 인천광역시 연수구 송도과학로 32, 송도테크노파크 IT센터 S동 1502호\n담당자 이메일: tax@bareun-food.example",
 [(BRN2, BR), ("탁민경", P), ("인천광역시 연수구 송도과학로 32, 송도테크노파크 IT센터 S동 1502호", A), ("tax@bareun-food.example", E)]),
("chat", "주문번호 20240318-000482, 송장번호 6842-1937-0021 조회 부탁드려요. 상품은 다이슨 에어랩이고 4월 2일 강남점 픽업 예정입니다.",
 []),
("chat", "회의 초대에 Daniel(김대현)님과 Grace(오가은)님도 넣어주세요. 외부 게스트는 Michael Tan 한 분입니다.",
 [("Daniel", P), ("김대현", P), ("Grace", P), ("오가은", P), ("Michael Tan", P)]),
("chat", "이사 갑니다~ 새 주소: 전북특별자치도 전주시 완산구 효자동2가 1234-5번지 그린빌라 203호. 택배는 이쪽으로 보내줘!",
 [("전북특별자치도 전주시 완산구 효자동2가 1234-5번지 그린빌라 203호", A)]),
("sms", "해외에서 연락드립니다. 제 번호 +82 10 3948 2716 로 카톡 주세요. - 선우하린",
 [("+82 10 3948 2716", PH), ("선우하린", P)]),
("email", "제목: 환불 요청\n\n안녕하세요. 저는 지난달 주문한 고객 어지민입니다. 환불 금액은 농협 302-1184-5529-61 (예금주 어지민)으로 입금 부탁드립니다.",
 [("어지민", P), ("302-1184-5529-61", BA), ("어지민", P)]),
("notice", "신청자 유의사항: 신청자는 본인 명의의 계좌만 등록할 수 있으며, 보호자 동의서는 만 14세 미만인 경우에만 필요합니다. 예금주와 신청자가 다를 경우 접수가 반려됩니다.",
 []),
("log", "2024-06-01 03:12:55 ERROR [auth] user=kimjh88 name=김지호 ip=172.16.254.3 msg=\"OTP mismatch\"",
 [("김지호", P), ("172.16.254.3", IP)]),
("form", "[학부모 상담 안내] 학부모 이름: 방서현 / 학생: 방준우(2학년 5반) / 상담 일시: 5월 10일 16:00 / 연락처 010-2284-9931",
 [("방서현", P), ("방준우", P), ("010-2284-9931", PH)]),
("contract", "부동산 임대차 계약서\n임대인(갑): 성기준, 주소 서울특별시 종로구 사직로8길 24, 3층\n임차인(을): 진하영, 연락처 010-7719-4402\n보증금 입금 계좌: 기업은행 082-112345-01-015 (예금주 성기준)",
 [("성기준", P), ("서울특별시 종로구 사직로8길 24, 3층", A), ("진하영", P), ("010-7719-4402", PH), ("082-112345-01-015", BA), ("성기준", P)]),
("email", "대표님께서 지시하신 대로 설윤아 팀장께서 최종 승인하셨고, 결과는 노승현에게 전달했습니다. 허준영은 이번 건에서 빠지고, 대신 차은솔을 투입합니다. 차은솔의 온보딩은 다음 주 월요일입니다.",
 [("설윤아", P), ("노승현", P), ("허준영", P), ("차은솔", P), ("차은솔", P)]),
("chat", "주말에 은비랑 현석이랑 같이 등산 가기로 했어. 다음엔 소희와 동건도 부르자. 아 그리고 민혁과 상의해서 차 한 대 더 빌리자.",
 [("은비", P), ("현석", P), ("소희", P), ("동건", P), ("민혁", P)]),
("chat", "손흥민 선수가 토트넘에서 골 넣은 뉴스 봤어? BTS 정국도 그 경기 봤대. 역시 월드클래스.",
 []),
("form", "결제 정보 확인\n카드소유자: 함소윤\n카드번호: 5555 5555 5555 4444\n유효기간: 09/27\n청구지 주소: 대구광역시 수성구 달구벌대로 2450, 수성아이파크 105동 804호",
 [("함소윤", P), ("5555 5555 5555 4444", CC), ("대구광역시 수성구 달구벌대로 2450, 수성아이파크 105동 804호", A)]),
("email", f"해외 송금 요청드립니다. 수취인 Anna Müller, IBAN {IBAN_DE2}, 은행 Commerzbank. 송금인 신동률(010-5512-8834).",
 [("Anna Müller", P), (IBAN_DE2, IB), ("신동률", P), ("010-5512-8834", PH)]),
("kakao", "[오전 9:02] 팀장 장혜진: 오늘 외근자 말해주세요\n[오전 9:03] 라윤호: 저 판교 고객사 갑니다\n[오전 9:03] 봉수민: 저는 오후에 삼성동이요",
 [("장혜진", P), ("라윤호", P), ("봉수민", P)]),
("hr_form", "휴가 신청서\n작성자: 경다희 (마케팅팀 대리)\n기간: 2024.07.22 ~ 2024.07.26\n비상연락처: 010-3320-8817 (배우자 맹태준)",
 [("경다희", P), ("010-3320-8817", PH), ("맹태준", P)]),
("form", f"외국인 직원 체류 연장 서류\n성명: 아지즈 라흐마노프(Aziz Rakhmanov)\n외국인등록번호: {ARN2}\n국적: 우즈베키스탄\n현 주소: 경기도 안산시 단원구 원곡로 45, 2층 201호",
 [("아지즈 라흐마노프", P), ("Aziz Rakhmanov", P), (ARN2, AR), ("경기도 안산시 단원구 원곡로 45, 2층 201호", A)]),
("sms", "[배송지 변경 완료] 수령인 옥윤정 고객님 / 변경 주소: 강원특별자치도 춘천시 효자동 615-12 2층 / 요청사항: 문 앞에 놓아주세요",
 [("옥윤정", P), ("강원특별자치도 춘천시 효자동 615-12 2층", A)]),
("meeting_notes", "서버 이관 메모: 구 서버 203.0.113.24 → 신 서버 198.51.100.7. 배포 스크립트에 하드코딩된 https://deploy:Qw8!zx2@git.internal.example.com/repo.git 는 반드시 제거할 것. 담당 변해솔",
 [("203.0.113.24", IP), ("198.51.100.7", IP), ("https://deploy:Qw8!zx2@git.internal.example.com/repo.git", URL), ("변해솔", P)]),
("chat", "교수님 연구실에 왕보영 학생이랑 같이 갔는데 한상철 교수님이 안 계셔서 조교 전민아 씨한테 서류 맡기고 왔어요.",
 [("왕보영", P), ("한상철", P), ("전민아", P)]),
("form", "렌터카 예약 확인\n예약자: 피지훈\n운전면허번호: 13-21-045872-11\n제2운전자: 감하늘 (면허 26-18-771234-60)\n대여 지점: 제주공항점",
 [("피지훈", P), ("13-21-045872-11", DL), ("감하늘", P), ("26-18-771234-60", DL)]),
("chat", f"주민번호 {RRN3} 맞는지 확인해주세요 ㅠ 제 이름은 표가람이에요",
 [(RRN3, RR), ("표가람", P)]),
("email", "베트남 협력사의 쩐티흐엉 씨가 다음 주에 방한합니다. 쩐티흐엉 씨의 숙소는 명동 쪽 호텔로 예약했고, 공항 픽업은 총무팀에서 맡습니다.",
 [("쩐티흐엉", P), ("쩐티흐엉", P)]),
("chat", "견적 담당 여수빈입니다. 급하시면 휴대폰 01066218830으로, 저녁에는 자택 031)917-2048로 연락 주세요.",
 [("여수빈", P), ("01066218830", PH), ("031)917-2048", PH)]),
("notice", "에러 코드 E-4021: 계좌 인증 실패. 은행 점검 시간(23:30~00:30)에는 국민은행, 신한은행, 카카오뱅크 이체가 지연될 수 있습니다. 앱 버전 5.12.3 이상으로 업데이트해 주세요.",
 []),
("form", "[회원가입 정보]\n이름: 제갈현우\n생년월일: 1991-02-17\n이메일: hyunwoo.jegal@mailbox.example\n휴대폰: 010-4873-2291\n주소: 광주광역시 서구 상무중앙로 110, 상무SK뷰 102동 1701호",
 [("제갈현우", P), ("hyunwoo.jegal@mailbox.example", E), ("010-4873-2291", PH), ("광주광역시 서구 상무중앙로 110, 상무SK뷰 102동 1701호", A)]),
("meeting_notes", "4월 OKR 리뷰: 마케팅(담당: 팀장), 개발(담당: CTO), 영업(담당: 본부장). 경쟁사 분석 대상: 쿠팡, 배달의민족, 토스. 다음 회의 4/29 10시.",
 []),
("chat", "선생님, 저 지훈이 엄마예요. 오늘 지훈이가 열이 나서 결석합니다. 담임 남윤희 선생님께 전달 부탁드려요.",
 [("지훈", P), ("지훈", P), ("남윤희", P)]),
("notice", "서울특별시청, 부산광역시청, 대전시청 민원실 운영 시간은 평일 09:00~18:00입니다. 정부24에서 주민등록등본 발급이 가능하며, 수수료는 무료입니다.",
 []),
]

EN = [
("chat", "hey, can you send the deck to priya? her email is priya.raman@northwind-example.com",
 [("priya", P), ("priya.raman@northwind-example.com", E)]),
("email", "Hi Margaret,\n\nThanks for the call today. I've attached the revised SOW. Let me know if anything looks off.\n\nBest regards,\nTom Whitaker\nAccount Manager\n+44 20 7946 0958",
 [("Margaret", P), ("Tom Whitaker", P), ("+44 20 7946 0958", PH)]),
("chat", "Can Alexa integrate with our Salesforce instance? Also, is the Jordan 23 sneaker line still on the Q3 promo list? Ask the team in Seattle.",
 []),
("csv", "employee_id,full_name,phone,email\nE1042,Olivia Bennett,(415) 555-0132,olivia.bennett@acme-example.com\nE1043,Rahul Mehta,(312) 555-0187,rahul.mehta@acme-example.com",
 [("Olivia Bennett", P), ("(415) 555-0132", PH), ("olivia.bennett@acme-example.com", E),
  ("Rahul Mehta", P), ("(312) 555-0187", PH), ("rahul.mehta@acme-example.com", E)]),
("json_log", '{"customer": {"name": "Sofia García", "address": "Calle de Alcalá 145, 3º B, 28009 Madrid, Spain", "phone": "+34 612 345 678"}, "order_id": "ORD-77812"}',
 [("Sofia García", P), ("Calle de Alcalá 145, 3º B, 28009 Madrid, Spain", A), ("+34 612 345 678", PH)]),
("chat", "Please ship the replacement to Harriet Cole, 14 Elmwood Road, Didsbury, Manchester M20 6RT. Her mobile is 07700 900123.",
 [("Harriet Cole", P), ("14 Elmwood Road, Didsbury, Manchester M20 6RT", A), ("07700 900123", PH)]),
("cs_log", "[2024-02-11 10:14] Agent Kevin: Can I get the card number on file?\n[2024-02-11 10:15] Customer: sure it's 4012 8888 8888 1881\n[2024-02-11 10:15] Agent Kevin: Thanks, and the billing postcode?",
 [("Kevin", P), ("4012 8888 8888 1881", CC), ("Kevin", P)]),
("doc", "For the keynote we're quoting Steve Jobs and Marie Curie. The venue is near the Sydney Opera House, and the demo runs on the Jetson Nano board.",
 []),
("chat", "lol did mark finally reply? tell him jess and i will be late, train from brighton is delayed",
 [("mark", P), ("jess", P)]),
("log", "Apr 03 02:41:17 web-01 sshd[2231]: Failed password for invalid user admin from 203.0.113.88 port 51122 ssh2",
 [("203.0.113.88", IP)]),
("email", f"Please wire the deposit to the account below:\nBeneficiary: Lukas Schneider\nIBAN: {IBAN_DE1}\nBIC: INGDDEFFXXX\nReference: INV-2024-0093",
 [("Lukas Schneider", P), (IBAN_DE1, IB)]),
("email", "Just a heads-up that the build is green again. Thanks for jumping on it so quickly!\n\nCheers,\nAiden",
 [("Aiden", P)]),
("chat", "Our new hire Ji-woo Park (박지우) starts Monday. Please set up her laptop and add her to #design. Her manager is Sung-min Cho.",
 [("Ji-woo Park", P), ("박지우", P), ("Sung-min Cho", P)]),
("chat", "The staging webhook is failing. Config has url: https://svc_user:t0k3n-9f2a@api.staging.example.net/v1/hooks — can someone rotate it?",
 [("https://svc_user:t0k3n-9f2a@api.staging.example.net/v1/hooks", URL)]),
("doc", "Release 3.2.1 notes: fixed crash on Pixel 8, upgraded to Python 3.12, removed dependency on Jackson 2.13. Reviewed by: QA lead. Approved by: VP Engineering.",
 []),
("form", "Mailing address: Priyanka Das, 2207-88 Harbour Street, Toronto, ON M5J 0B8, Canada. Phone +1 416 555 0147.",
 [("Priyanka Das", P), ("2207-88 Harbour Street, Toronto, ON M5J 0B8, Canada", A), ("+1 416 555 0147", PH)]),
("meeting_notes", "Attendees: Chloe Nguyen, Marcus O'Brien, Fatima Al-Sayed\nAction items:\n- Chloe to draft the budget memo\n- Marcus to follow up with legal",
 [("Chloe Nguyen", P), ("Marcus O'Brien", P), ("Fatima Al-Sayed", P), ("Chloe", P), ("Marcus", P)]),
("markdown", "| Name | Role | Extension |\n|---|---|---|\n| Diego Alvarez | Support | x4421 |\n| Hannah Kim | Billing | x4422 |",
 [("Diego Alvarez", P), ("Hannah Kim", P)]),
("sms", "Hi Mrs. Okafor, this is Bright Smile Dental reminding you of your appointment on Thu 14 Mar at 9:20am. Reply C to confirm or call 0161 496 0732.",
 [("Okafor", P), ("0161 496 0732", PH)]),
("doc", "Top destinations this year: Lisbon, Kyoto, and Cape Town. Our partner airlines include Emirates and Qantas. Booking code format is ABC-123456.",
 []),
("hr_form", f"Payroll change request: please update direct deposit for employee Nathan Brooks (ID 55812) to IBAN {IBAN_GB}, effective next pay run.",
 [("Nathan Brooks", P), (IBAN_GB, IB)]),
("code", "// FIXME: remove before merge — hardcoded for testing by ravi\n// contact: ravi.shankar@devteam.example if this breaks\nconst ADMIN_IP = \"192.168.40.12\";",
 [("ravi", P), ("ravi.shankar@devteam.example", E), ("192.168.40.12", IP)]),
("cs_log", "Please refund customer Kim Min-seo (김민서). Her card ending 1881 was charged twice. Contact: minseo.kim@mail.example, +82 10-2938-4471.",
 [("Kim Min-seo", P), ("김민서", P), ("minseo.kim@mail.example", E), ("+82 10-2938-4471", PH)]),
("email", "Good morning Dr. Patel, the lab results for patient Eleanor Whitmore are ready. Please call her daughter Grace at (617) 555-0199.",
 [("Patel", P), ("Eleanor Whitmore", P), ("Grace", P), ("(617) 555-0199", PH)]),
("doc", "Ask Siri or Google Assistant to set a reminder. Compatible with iPhone 15, Galaxy S24 and Echo Dot. Support hours: Mon–Fri, 9am–5pm GMT.",
 []),
("form", "Deliver to: Liam O'Connor, Unit 5, 27 Beach Road, Bondi NSW 2026, Australia. Ph: +61 412 345 678",
 [("Liam O'Connor", P), ("Unit 5, 27 Beach Road, Bondi NSW 2026, Australia", A), ("+61 412 345 678", PH)]),
("chat", "ananya said she can cover my shift, her number is 98765 43210 if you need it",
 [("ananya", P), ("98765 43210", PH)]),
("contract", "This Agreement is made between Brightline Consulting Ltd (\"Company\") and Samuel Adeyemi (\"Contractor\"), residing at 42 Kingsway, Lagos Island, Lagos, Nigeria.",
 [("Samuel Adeyemi", P), ("42 Kingsway, Lagos Island, Lagos, Nigeria", A)]),
("json_log", '{"event":"password_reset","email":"jlee@example.org","ip":"198.51.100.23","ua":"Mozilla/5.0"}',
 [("jlee@example.org", E), ("198.51.100.23", IP)]),
("doc", "Q2 board deck: compare us against Microsoft, Oracle and SAP. Include the quote from Warren Buffett on moats. File: deck_v4_final_FINAL.pptx, due 2024-06-30.",
 []),
("form", "Name: Wei Zhang\nDOB: 1988-11-02\nEmail: wei.zhang@postbox.example\nPhone: +86 139 0011 2233\nAddress: Flat 12B, 168 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong",
 [("Wei Zhang", P), ("wei.zhang@postbox.example", E), ("+86 139 0011 2233", PH), ("Flat 12B, 168 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong", A)]),
("chat", "@channel thanks to Beatriz for covering on-call this weekend 🙌 and to Tomasz for the postmortem",
 [("Beatriz", P), ("Tomasz", P)]),
("email", f"For the Seoul office paperwork: Anton Petrov's alien registration number is {ARN3} and his Korean driver's license is 11-22-334455-66. He lives at 서울특별시 용산구 이태원로 177, 501호.",
 [("Anton Petrov", P), (ARN3, AR), ("11-22-334455-66", DL), ("서울특별시 용산구 이태원로 177, 501호", A)]),
("email", f"Dear Customer Care,\n\nMy name is Isabelle Fournier and I live at 12 Rue des Lilas, 69003 Lyon, France. My order never arrived. Please refund to IBAN {IBAN_FR}.\n\nRegards,\nIsabelle",
 [("Isabelle Fournier", P), ("12 Rue des Lilas, 69003 Lyon, France", A), (IBAN_FR, IB), ("Isabelle", P)]),
("chat", "reminder: dinner w/ sophie & dan at 7, reservation under 'Harper' at Nobu",
 [("sophie", P), ("dan", P), ("Harper", P)]),
]

def build(lang, rows):
    out = []
    for i, (style, text, spans) in enumerate(rows, 1):
        cur = 0
        sp = []
        for val, lab in spans:
            idx = text.find(val, cur)
            assert idx >= 0, (lang, i, val)
            sp.append({"start": idx, "end": idx + len(val), "label": lab})
            cur = idx + len(val)
        out.append({"id": f"pii-dev2-{lang}-{i:03d}", "lang": lang, "style": style, "text": text, "spans": sp})
    return out

rows = build("ko", KO) + build("en", EN)

# ---------- verification ----------
LABELS = {P, E, PH, A, CC, IB, IP, URL, RR, AR, BR, PP, DL, BA}
assert len(rows) == 100, len(rows)
assert len({r["id"] for r in rows}) == 100
for r in rows:
    prev_end = -1
    for s in sorted(r["spans"], key=lambda s: s["start"]):
        assert s["label"] in LABELS
        assert 0 <= s["start"] < s["end"] <= len(r["text"])
        assert s["start"] >= prev_end, ("overlap", r["id"])
        seg = r["text"][s["start"]:s["end"]]
        assert seg == seg.strip() and seg, (r["id"], seg)
        prev_end = s["end"]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# re-read and re-verify
back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
assert back == rows
lang_c = collections.Counter(r["lang"] for r in back)
empty = collections.Counter(r["lang"] for r in back if not r["spans"])
lab_c = collections.Counter(s["label"] for r in back for s in r["spans"])
style_c = collections.Counter(r["style"] for r in back)
print("rows:", len(back), dict(lang_c))
print("no-PII rows:", dict(empty), "total", sum(empty.values()))
print("spans total:", sum(lab_c.values()))
for k, v in lab_c.most_common():
    print(f"  {k}: {v}")
print("styles:", dict(style_c))
print("synthetic ids:", RRN1, RRN2, RRN3, RRN4, ARN1, ARN2, ARN3, BRN1, BRN2, IBAN_DE1, IBAN_DE2, IBAN_GB, IBAN_FR)
