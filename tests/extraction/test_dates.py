import pytest

from techties.extraction.dates import event_date, find_date, find_dates


@pytest.mark.parametrize(("sentence", "lang", "published", "expected"), [
    ("The deal was signed on 14 August 2019 in Harbin.", "en", None, "2019-08-14"),
    ("It was announced on March 3, 2021.", "en", None, "2021-03-03"),
    ("The firm said last month that it would hire engineers.", "en", "2021-01-15", "2020-12"),
    ("It may hire engineers soon.", "en", "2021-01-15", None),
    ("Он заявил об этом в прошлом году.", "ru", "2020-05-01", "2019"),
    ("Соглашение подписали 14 августа 2019 г.", "ru", None, "2019-08-14"),
    ("В этом году стороны запустят проект.", "ru", "2022-06-01", "2022"),
    ("去年双方签署了协议。", "zh", "2020-02-01", "2019"),
    ("2019年8月14日双方签署协议。", "zh", None, "2019-08-14"),
    ("8月14日双方签署协议。", "zh", "2020-09-01", "2020-08-14"),
    ("Huawei plans to triple its staff by 2025.", "en", "2019-08", "2025"),
    ("The court ruled on Tuesday.", "en", "2023-02-24", "2023-02-21"),  # Friday's report: Tuesday the 21st
])
def test_find_date(sentence: str, lang: str, published: str | None, expected: str | None) -> None:
    assert find_date(sentence, lang, published) == expected


def test_month_without_year_after_publication_is_last_year() -> None:
    assert find_date("In November the lab opened.", "en", "2021-03-02") == "2020-11"


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The two agencies adopted a 2026–2030 programme of lunar research.", "en"),
    ("Rosatom presented its 2021-2025 roadmap for nuclear medicine.", "en"),
    ("Стороны утвердили план совместных исследований на 2023–2027 годы.", "ru"),
    ("两国签署了2023—2027年卫星导航合作路线图。", "zh"),
    ("两国将在2021至2025年间开展联合研究。", "zh"),
])
def test_a_range_of_years_dates_nothing(sentence: str, lang: str) -> None:
    # the span of a plan is not when the plan was adopted
    assert find_date(sentence, lang, None) is None
    assert event_date(sentence, lang, "2022-11-04", "document") == ("2022-11", "document")


def test_a_range_leaves_the_date_written_beside_it() -> None:
    sentence = "On 3 March 2021 the sides signed a 2021-2025 roadmap."
    assert find_date(sentence, "en", None) == "2021-03-03"


@pytest.mark.parametrize(("sentence", "published", "basis", "expected"), [
    ("The deal was signed on 14 August 2019.", "2019-08-20", "document", ("2019-08-14", "stated")),
    ("The two firms signed a deal.", "2019-08-20", "document", ("2019-08", "document")),
    # a dateline is the story's own date: it keeps its day
    ("The two firms signed a deal.", "2019-08-20", "dateline", ("2019-08-20", "dateline")),
    ("Москва, 14 мая 2024 года. Компании подписали соглашение.", "2024-05-14", "dateline",
     ("2024-05-14", "dateline")),
    ("新华社北京5月14日电 两家公司签署了合作协议。", "2024-05-14", "dateline",
     ("2024-05-14", "dateline")),
    ("The two firms signed a deal.", None, None, (None, "unknown")),
])
def test_event_date_says_where_the_date_comes_from(
        sentence: str, published: str | None, basis: str | None,
        expected: tuple[str | None, str]) -> None:
    assert event_date(sentence, None, published, basis) == expected


def test_a_date_line_opening_the_sentence_is_the_documents_date() -> None:
    # the header date is when the page appeared; the sentence states its own year after it
    sentence = "2023-10-13 Officially, the firm ceased selling routers in Russia in 2022."
    assert event_date(sentence, "en", "2023-10-13", "document") == ("2022", "stated")
    assert event_date("2023-10-13 The firm opened a lab in Kazan.", "en", "2023-10-13",
                      "document") == ("2023-10", "document")
    # a date line that is not the document's own date is a date the sentence states
    assert event_date("2021-05-04 The firm opened a lab in Kazan.", "en", "2023-10-13",
                      "document") == ("2021-05-04", "stated")


def test_a_written_date_beats_a_relative_word() -> None:
    # "on Sunday" dates the report; the date written out dates the event
    sentence = "The operator said on Sunday that the unit started on 30 December 2017."
    assert find_date(sentence, "en", "2017-12-31") == "2017-12-30"
    assert find_date("去年双方于8月签署了协议。", "zh", "2020-02-01") == "2019-08"


@pytest.mark.parametrize(("sentence", "expected"), [
    # the prepositional case of a month: "в октябре 2014 года", "в мае"
    ("Меморандум подписали в октябре 2014 года в Пекине.", "2014-10"),
    ("Договор о создании центра был подписан в сентябре в Пекине.", "2020-09"),
    ("Во время визита в марте стороны открыли лабораторию.", "2020-03"),
    ("Самая крупная сделка 2019 года.", "2019"),
])
def test_russian_months_in_the_prepositional_case(sentence: str, expected: str) -> None:
    assert find_date(sentence, "ru", "2020-11-02") == expected


def test_a_number_with_a_chinese_counter_is_no_year() -> None:
    assert find_date("目前在该校就读的俄罗斯留学生为1900人。", "zh", None) is None
    assert find_date("双方将采购2000台设备。", "zh", None) is None
    assert find_date("双方于2019年签署协议。", "zh", None) == "2019"


def test_a_plans_target_year_is_not_the_date_of_its_announcement() -> None:
    from techties.extraction.dates import event_date

    date, basis = event_date("The agency said on Wednesday that the probe will carry a Russian instrument "
                             "when it launches around 2026.", "en", "2024-04-24", "dateline")
    assert (date, basis) == ("2024-04-24", "dateline")
    assert event_date("The probe carried a Russian instrument launched in 2020.", "en", "2024-04-24",
                      "dateline") == ("2020", "stated")


def test_this_year_dates_a_deal_whose_sentence_names_a_later_target() -> None:
    assert event_date("今年双方又签订了到2016年底之前交付100台发动机的合同。", "zh", "2014-11-27",
                      "document") == ("2014", "stated")
    assert event_date("This year the partners agreed on deliveries until 2030.", "en", "2024-03-02",
                      "document") == ("2024", "stated")


def test_a_month_without_a_year_takes_the_one_year_its_sentence_names() -> None:
    assert find_date("6月9日,我校举办2025年科技活动周中俄交流活动。", "zh", None) == "2025-06-09"
    assert find_date("On 9 June the 2025 science week opened.", "en", None) == "2025-06-09"
    # two years named: no guess
    assert find_date("On 9 June the 2024 and 2025 plans were compared.", "en", None) == "2024"


def test_recent_is_a_month_within_a_year_before_the_reference() -> None:
    from techties.extraction.dates import recent

    assert recent("2021-06-25", "2021-11") and recent("2021-11", "2021-11")
    assert not recent("2015-03", "2021-11") and not recent("2022-01", "2021-11")
    assert not recent("2021", "2021-11") and recent("2021-06", None)


def test_an_undated_document_takes_the_nearest_date_its_text_states() -> None:
    from techties.extraction.dates import nearest_date, sentence_dates

    sentences = ["Рособоронэкспорт поставит Китаю вертолеты.", "Контракт заключили в марте 2019 года.",
                 "Первую партию отправили 5 мая 2021 года.", "Речь о двенадцати машинах."]
    dated = sentence_dates(sentences, "ru")
    assert dated == [(1, "2019-03"), (2, "2021-05-05")]
    assert nearest_date(dated, 0) == "2019-03"
    assert nearest_date(dated, 3) == "2021-05-05"
    assert nearest_date([], 0) is None


def test_an_event_of_an_undated_document_is_dated_by_the_text_around_it() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Росатом и китайская CNNC начали строительство энергоблока АЭС Тяньвань. "
            "Церемония прошла 19 мая 2021 года в провинции Цзянсу.")
    events = extract_document(Document(id="d", text=text, lang="ru")).events
    assert [(e.date, e.date_basis) for e in events] == [("2021-05-19", "stated")]
    dated = extract_document(Document(id="d", text=text, lang="ru", published="2023-01-20",
                                      date_basis="document")).events
    assert all(e.date_basis == "document" for e in dated)  # its own date comes first


def test_a_scheduled_month_after_the_report_dates_the_event_a_target_year_does_not() -> None:
    assert event_date("Выставка откроется в Екатеринбурге 6 июля 2025 года.", "ru", "2025-03-25",
                      "document") == ("2025-07-06", "stated")
    assert event_date("The unit will be disconnected from 1 January 2023.", "en", "2022-12-20",
                      "document") == ("2023-01-01", "stated")
    assert event_date("The lab will open by 2027.", "en", "2022-12-20", "document") == ("2022-12", "document")


def test_a_month_joined_to_its_year_by_a_hyphen_keeps_the_year() -> None:
    assert find_date("Under the March-2019 contract the plant was built.", "en", "2021-05-21") == "2019-03"
    assert find_date("A June-2019-agreement committed them to it.", "en", "2021-05-21") == "2019-06"


def test_the_day_a_neighbouring_sentence_states_dates_the_event() -> None:
    from techties.extraction.dates import around, stated_day

    assert around(3, 10) == [2, 4, 1, 5]
    assert around(0, 2) == [1]
    assert stated_day("The ceremony took place on 5 June 2023.", "en", "2023-06-20", "document") == "2023-06-05"
    assert stated_day("The ceremony took place in June 2023.", "en", "2023-06-20", "document") is None
    assert stated_day("The institute opened on 5 June 2015.", "en", "2023-06-20", "document") is None  # history


def test_an_event_sentence_without_a_date_takes_its_neighbours_day() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Росатом и китайская CNNC начали строительство энергоблока АЭС Тяньвань. "
            "Церемония прошла 28 апреля в провинции Цзянсу.")
    doc = Document(id="d", text=text, lang="ru", published="2021-05-03", date_basis="document")
    assert [(e.date, e.date_basis) for e in extract_document(doc).events] == [("2021-04-28", "stated")]


def test_dates_written_in_capitals_are_found() -> None:
    # the quick word tests before the patterns fold the case as the patterns do
    assert find_dates("THE TALKS TOOK PLACE LAST MONTH.", "en", "2024-05-10") == ["2024-04"]
    assert find_dates("ДОГОВОР ПОДПИСАН 14 МАЯ 2024 ГОДА.", "ru", None) == ["2024-05-14"]
    assert find_dates("Переговоры прошли В ПРОШЛОМ ГОДУ.", "ru", "2024-05-10") == ["2023"]
    assert find_dates("They met ON MONDAY in Sept. 2021.", "en", "2024-05-10") == ["2021-09"]
    assert find_dates("A quiet sentence with no date at all.", "en", "2024-05-10") == []


def test_a_relative_day_counts_back_from_the_document_day() -> None:
    # a report on Thursday 16 May 2024 of a signing "on Tuesday" dates it 14 May, not the 16th
    assert find_dates("Rosatom and CNNC signed the fuel deal on Tuesday.", "en", "2024-05-16") == ["2024-05-14"]
    # "yesterday" in a story of 1 March is the last day of February
    assert find_dates("Yandex and Alibaba agreed yesterday to build a cloud.", "en", "2024-03-01") == ["2024-02-29"]
    assert find_dates("В минувшую пятницу стороны подписали меморандум.", "ru", "2024-04-08") == ["2024-04-05"]
    assert find_dates("Соглашение подписали во вторник.", "ru", "2023-12-05") == ["2023-12-05"]
    assert find_dates("俄罗斯法院周二判处一名物理学家。", "zh", "2024-08-15") == ["2024-08-13"]
    # "last week" keeps only its month; a document dated to the month keeps that month
    assert find_dates("上周，双方签署了合作协议。", "zh", "2024-05-03") == ["2024-04"]
    assert find_dates("They met on Tuesday.", "en", "2023-12") == ["2023-12"]


def test_a_headline_event_takes_the_month_its_story_states_just_before_the_report() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Roscosmos and CNSA agree lunar roadmap 2026-2030\n"
            "Roscosmos and the China National Space Administration signed a roadmap for lunar research "
            "last month.")
    doc = Document(id="d", text=text, lang="en", published="2025-03-10", date_basis="document",
                   title="Roscosmos and CNSA agree lunar roadmap 2026-2030")
    assert [(e.date, e.date_basis) for e in extract_document(doc).events] == [("2025-02", "stated")]


def test_a_chinese_day_of_the_month_alone_is_resolved_against_the_report() -> None:
    # a report of 2 June: "30日" is 30 May, "1日" is 1 June
    assert find_dates("中国中车与俄罗斯铁路公司30日在莫斯科签署高铁合作协议。", "zh", "2024-06-02") == ["2024-05-30"]
    assert find_dates("双方1日在北京签署协议。", "zh", "2024-06-02") == ["2024-06-01"]
    assert find_dates("合同价值300日元。", "zh", "2024-06-02") == []  # yen, not a day
    assert find_dates("双方于2024年5月14日签署协议。", "zh", "2024-06-02") == ["2024-05-14"]


def test_the_day_before_yesterday_counts_back_two_days() -> None:
    assert find_dates("前天，哈尔滨工业大学与鲍曼莫斯科国立技术大学签署协议。", "zh", "2023-03-02") == ["2023-02-28"]
    assert find_dates("Соглашение подписали позавчера.", "ru", "2023-03-01") == ["2023-02-27"]


def test_a_weekday_without_on_and_a_russian_eve_count_back_from_the_report() -> None:
    # US style "said Monday", "last Friday"; a report of 1 May 2024 (a Wednesday)
    assert find_dates("Huawei said Monday it would open a lab in Kazan.", "en", "2024-05-01") == ["2024-04-29"]
    assert find_dates("The deal was signed last Friday.", "en", "2024-05-01") == ["2024-04-26"]
    assert find_dates("Cyber Monday's sales were good.", "en", "2024-05-01") == []
    # "накануне" alone is the day before; "накануне визита" is the eve of something else
    assert find_dates("Церемония состоялась накануне в Пекине.", "ru", "2023-05-01") == ["2023-04-30"]
    assert find_dates("Церемония состоялась накануне визита.", "ru", "2023-05-01") == []


def test_a_model_number_after_a_short_code_is_no_year() -> None:
    assert find_date("TVEL will transfer its TVS-2006 fuel technology to CNNC.", "en", None) is None
    assert find_date("Irkut showed the MS-2000 trainer to AVIC engineers.", "en", None) is None
    assert find_date("AVIC engineers visited the MAKS-2019 air show.", "en", None) == "2019"
