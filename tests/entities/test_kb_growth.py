"""Bodies added to the knowledge base so that actors carry over to text never seen: each is
found from a sentence of its own language, Russian names in their case forms, and the
bodies left out on purpose (the joint commissions, bare words other countries share) stay out."""

from __future__ import annotations

import pytest

from techties.entities.gazetteer import find_mentions


def _ids(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


@pytest.mark.parametrize("text, actor_id", [
    # ministries and agencies
    ("Делегация Росздравнадзора посетила Пекин.", "ru-roszdravnadzor"),
    ("Соглашение подписано с Федеральным агентством по обустройству государственной границы.", "ru-rosgranitsa"),
    ("Представители Минюста России обсудили обмен данными.", "ru-minjust"),
    ("The State Transport Leasing Company will lease Chinese-built ferries.", "ru-gtlk"),
    ("Средства Фонда национального благосостояния пойдут на проект.", "ru-nwf"),
    ("文化和旅游部与俄方签署了数字博物馆合作协议。", "cn-mct"),
    ("Министерство юстиции КНР направило запрос.", "cn-moj"),
    ("国家中医药管理局支持在莫斯科设立中医中心。", "cn-natcm"),
    ("Соглашение подписано при участии Торгпредства КНР в России.", "cn-embassy-commerce-office"),
    ("Российско-китайская палата по содействию торговле машинно-техническими и инновационными"
     " продуктами провела выставку.",
     "ru-rc-machinery-chamber"),
    # hospitals and medical centres
    ("Врачи НМИЦ кардиологии им. ак. Е. И. Чазова провели операцию с китайскими коллегами.",
     "ru-chazov-cardiology"),
    ("Специалисты Московского научно-исследовательского онкологического института"
     " имени П. А. Герцена приехали в Харбин.",
     "ru-herzen-oncology"),
    ("Соглашение подписали с Томским национальным исследовательским медицинским центром РАН.", "ru-tomsk-nrmc"),
    ("Студенты Тихоокеанского государственного медицинского университета прошли практику в Китае.", "ru-tgmu"),
    ("The Chinese partner is Fuwai Hospital in Beijing.", "cn-fuwai"),
    ("哈尔滨医科大学附属肿瘤医院与俄罗斯同行开展联合研究。", "cn-hmu-cancer-hospital"),
    ("Вакцину разработал China National Biotec Group.", "cn-cnbg"),
])
def test_new_bodies_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text, absent", [
    ("Минюст США ввёл ограничения.", "ru-minjust"),  # the US Department of Justice
    ("俄罗斯司法部发表声明。", "cn-moj"),  # 司法部 is any country's: only 中国司法部 is China's
])
def test_short_forms_other_countries_share_stay_out(text: str, absent: str) -> None:
    assert absent not in _ids(text)


@pytest.mark.parametrize("text", [
    "Заседание подкомиссии по научно-техническому сотрудничеству прошло в Харбине.",
    "中俄总理定期会晤委员会科技合作分委会举行例会。",
    "The Intergovernmental Commission on Investment Cooperation met in Beijing.",
])
def test_joint_commissions_are_no_parties(text: str) -> None:
    """A commission's meeting is the forum; the ministries that meet in it are the parties."""
    assert _ids(text) == []


@pytest.mark.parametrize("text, actor_id", [
    ("Автомобили Tenet собирают в Калуге.", "cn-tenet"),
    ("Продажи Хайгера в России выросли.", "cn-higer"),
    ("一汽解放向俄罗斯出口重型卡车。", "cn-faw-jiefang"),
    ("Лонкингом поставлены погрузчики.", "cn-lonking"),
    ("Genertec bought a stake in the machine-tool plant.", "cn-genertec"),
    ("齐重数控为俄罗斯客户制造重型机床。", "cn-qiqihar-heavy-cnc"),
    ("CIMC Raffles built modules for the LNG plant.", "cn-cimc-raffles"),
    ("中国航发哈尔滨东安发动机与俄方合作。", "cn-aecc-dongan"),
    ("Смартфоны Транссиона заняли треть рынка.", "cn-transsion"),
    ("Модули Квектела нашли в российских дронах.", "cn-quectel"),
    ("新华三在莫斯科设立了分公司。", "cn-h3c"),
    ("Чипы Rockchip используются в российских планшетах.", "cn-rockchip"),
])
def test_new_chinese_firms_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text", [
    "Мы обсудили эту тему на совещании.",  # тему is 'theme', not Temu
    "The tenet of the policy is openness.",
    "Силами инженеров завод запущен.",
    "Voyage and война are no brands.",
])
def test_brand_names_do_not_fire_on_ordinary_words(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize("text, actor_id", [
    ("Паром построят на Выборгском судостроительном заводе.", "ru-vyborg-shipyard"),
    ("Проект ледокола разработало ЦКБ «Айсберг».", "ru-iceberg-cdb"),
    ("Двигатели собирают на Протон-ПМ в Перми.", "ru-proton-pm"),
    ("Микросхемы поставил ВЗПП-Микрон.", "ru-vzpp-mikron"),
    ("Сотрудники Зеленоградского нанотехнологического центра посетили Шэньчжэнь.", "ru-zntc"),
    ("Спутники запустит компания «Спутникс».", "ru-sputnix"),
    ("Bureau 1440 plans a low-orbit constellation.", "ru-bureau-1440"),
    ("Ветряки НоваВинда установят в Приморье.", "ru-novawind"),
    ("Магниты изготовили в НИИЭФА им. Д. В. Ефремова.", "ru-efremov"),
    ("Образцы испытали во Всероссийском научно-исследовательском институте авиационных материалов.", "ru-viam"),
    ("Учёные Института динамики систем и теории управления СО РАН работают с Харбином.", "ru-idstu"),
    ("Договор заключён с Институтом водных и экологических проблем ДВО РАН.", "ru-ivep-feb"),
])
def test_new_russian_plants_and_institutes_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text", [
    "Компания «Спутник» запустила новый сервис.",  # not SPUTNIX
    "Айсберг откололся от ледника.",  # the word, not the design bureau
])
def test_plant_names_need_their_own_words(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize("text, actor_id", [
    ("Платёж провели через Экспобанк.", "ru-expobank"),
    ("Клиенты Транскапиталбанка переводят юани.", "ru-tkb"),
    ("Счёт открыт в Банке «Точка».", "ru-tochka"),
    ("浦发银行为中俄贸易提供结算服务。", "cn-spdb"),
    ("Кредит выдал Банк Цзилиня.", "cn-bank-of-jilin"),
    ("兴业银行暂停了对俄汇款。", "cn-industrial-bank"),
])
def test_new_banks_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


def test_a_point_is_no_bank() -> None:
    assert _ids("Эта точка зрения распространена.") == []


@pytest.mark.parametrize("text, actor_id", [
    ("呼伦贝尔市人民政府与俄罗斯外贝加尔边疆区签署协议。", "cn-hulunbuir-government"),
    ("延边朝鲜族自治州人民政府代表团访问符拉迪沃斯托克。", "cn-yanbian-government"),
    ("The Hong Kong SAR Government signed a memorandum with the Russian side.", "cn-hksar-government"),
    ("Соглашение подписала Корпорация развития Забайкальского края.", "ru-zabaykalsky-dev-corp"),
    ("Инвесторов привлекает Корпорация развития Кузбасса.", "ru-kuzbass-dev-corp"),
    ("Агентство по развитию человеческого капитала на Дальнем Востоке набирает специалистов.",
     "ru-human-capital-agency"),
])
def test_new_regional_bodies_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


def test_a_bare_city_is_a_place_not_its_government() -> None:
    assert "cn-luoyang-government" not in _ids("Завод построят в Лояне.")


@pytest.mark.parametrize("text, actor_id, not_this", [
    # a university whose name begins with another's is itself, not the shorter one
    ("Heilongjiang University of Science and Technology signed with TPU.", "cn-usth", "cn-hlju"),
    ("Zhejiang University of Technology opened a Russian centre.", "cn-zjut", "cn-zju"),
    ("Студенты Новосибирского государственного университета экономики и управления поедут в Китай.",
     "ru-nsuem", "ru-nsu"),
    ("Учёные АлтГТУ работают с китайскими коллегами.", "ru-altstu", "ru-asu"),
    ("Санкт-Петербургский государственный университет промышленных технологий и дизайна открыл филиал.",
     "ru-sutd", "ru-spbu"),
    ("Студенты Московского государственного университета геодезии и картографии поедут в Ухань.",
     "ru-miigaik", "ru-msu"),
    ("Договор подписал Иркутский государственный университет путей сообщения.", "ru-irgups", "ru-isu"),
    ("Shenyang University of Chemical Technology hosted Russian chemists.", "cn-syuct", "cn-shenyang-university"),
])
def test_longer_university_names_win(text: str, actor_id: str, not_this: str) -> None:
    ids = _ids(text)
    assert actor_id in ids and not_this not in ids


@pytest.mark.parametrize("text, actor_id", [
    ("哈尔滨商业大学与俄罗斯高校签署合作协议。", "cn-hrbcu"),
    ("Делегация Хабаровского государственного университета экономики и права посетила Харбин.", "ru-khsuel"),
    ("Студенты Института стран Азии и Африки МГУ изучают китайский язык.", "ru-isaa"),
    ("Соглашение подписал Балтийский федеральный университет.", "ru-bfu"),
])
def test_new_universities_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text, actor_id", [
    ("中国科学院上海有机化学研究所与俄罗斯科学院合作。", "cn-sioc"),
    ("The China Electric Power Research Institute tested the Russian transformer.", "cn-cepri"),
    ("Сплавы испытали в Китайском научно-исследовательском институте чёрной металлургии.", "cn-cisri"),
    ("吉林省农业科学院与俄罗斯远东农业研究所开展合作。", "cn-jaas"),
    ("中国机床工具工业协会组织企业参加莫斯科展会。", "cn-cmtba"),
    ("乘联会数据显示，对俄出口增长。", "cn-cpca"),
    ("Российский союз инженеров подписал меморандум с китайской ассоциацией.", "ru-union-of-engineers"),
    ("По данным Объединения автопроизводителей России, продажи выросли.", "ru-oar"),
])
def test_new_institutes_and_associations_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text, actor_id", [
    ("中国电科29所研制了新型电子设备。", "cn-cetc-29"),
    ("中国电子科技集团公司第五十八研究所生产集成电路。", "cn-cetc-58"),
    ("航天东方红卫星有限公司与俄方讨论卫星合作。", "cn-dfh-satellite"),
    ("上海飞机设计研究院与俄罗斯专家合作研制宽体客机。", "cn-sadri"),
    ("南瑞集团为俄罗斯电网提供设备。", "cn-nari"),
    ("CPECC is building the gas processing plant in the Amur region.", "cn-cpecc"),
    ("Оборудование для Амурского газохимического комплекса поставят из Китая.", "ru-amur-gcc"),
    ("Китайские подрядчики работают на Амурском ГПЗ.", "ru-amur-gpp"),
    ("Станки с ЧПУ Балт-Систем заменят китайскими.", "ru-balt-system"),
    ("黑龙江省商务厅组织企业赴俄参展。", "cn-heilongjiang-commerce"),
])
def test_new_units_of_state_groups_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text, actor_id", [
    ("Китайский инвестор построит завод на ТОР «Приамурская».", "ru-tor-priamurskaya"),
    ("Резидентом территории опережающего развития «Большой Камень» стала китайская компания.", "ru-tor-bolshoy-kamen"),
    ("Катализаторы для ЗапСибНефтехима закупали в Китае.", "ru-zapsibneftekhim"),
    ("China Harbour Engineering will build the port terminal.", "cn-che"),
])
def test_new_zones_and_builders_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text", [
    "Завод построят в городе Свободный.",  # the town, not the zone ТОР «Свободный»
    "哈尔滨新区举办了对俄经贸洽谈会。",  # a district where things happen, left out as a party
])
def test_places_are_no_zones(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize("text, actor_id", [
    ("俄罗斯核电站运营公司与中核集团签署合同。", "ru-rosenergoatom"),
    ("液压试验设计局为田湾核电站设计了反应堆。", "ru-gidropress"),
    ("实业俄罗斯代表团访问了深圳。", "ru-delovaya-rossiya"),
    ("中国邮政开通了对俄跨境电商专线。", "cn-china-post"),
])
def test_russian_bodies_now_have_chinese_names(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


def test_postal_savings_bank_is_not_the_post() -> None:
    assert "cn-china-post" not in _ids("中国邮政储蓄银行提供结算服务。")


@pytest.mark.parametrize("text, actor_id", [
    ("Камеры Юнивью стоят на вокзалах.", "cn-uniview"),
    ("Завод Фуяо в Калужской области выпускает автостекло.", "cn-fuyao"),
    ("玉柴集团向俄罗斯出口发动机。", "cn-yuchai"),
    ("Контейнерные поезда в Китай отправляет ТрансКонтейнер.", "ru-transcontainer"),
    ("Уралхим поставляет удобрения через порт.", "ru-uralchem"),
])
def test_more_firms_trading_across_the_border_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


def test_baidu_keeps_its_russian_name() -> None:
    assert _ids("Байду представил новую модель.") == ["cn-baidu"]


@pytest.mark.parametrize("text, actor_id", [
    ("中国科学院新疆分院与俄罗斯科学院西伯利亚分院签署合作协议。", "cn-cas-xinjiang"),
    ("Делегация Ланьчжоуского отделения Китайской академии наук посетила Новосибирск.", "cn-cas-lanzhou"),
    ("Соглашение подписали с Иркутским научным центром СО РАН.", "ru-irkutsk-sc"),
    ("Учёные ФИЦ угля и углехимии СО РАН работают с китайскими партнёрами.", "ru-coal-chemistry-frc"),
])
def test_academy_branches_and_centres_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)
