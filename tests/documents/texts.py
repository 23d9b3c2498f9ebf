"""Short news texts written for these tests: a story, a rewrite of it, another story on the topic.

Each rewrite changes about 30% of the words of its story (a quarter of the characters
in Chinese); each other story shares its topic and many of its names but reports
something else.
"""

from __future__ import annotations

EN_STORY = (
    'Tsinghua University and the Skolkovo Institute of Science and Technology have '
    'agreed to set up a joint laboratory for battery research in Moscow, the two '
    'institutions said on Monday. The laboratory will study solid-state electrolytes '
    'and fast-charging cells for electric buses, and will be staffed by about twenty '
    'researchers from both countries. Tsinghua will send four senior scientists to '
    'Moscow for the first two years, while Skoltech will provide clean rooms and '
    'testing equipment at its campus near the Moscow ring road. The partners expect '
    'to publish their first joint papers next year and hope to license the '
    'technology to bus makers in both countries. Funding will come from a grant by '
    'the Russian Science Foundation and from a Chinese provincial research '
    'programme, according to a statement posted on the Skoltech website.'
)

EN_REWRITE = (
    'Tsinghua University and the Skolkovo Institute of Science and Technology will '
    'create a joint laboratory for battery studies in Moscow, both institutions '
    'announced on Monday. The lab is to work on solid-state electrolytes and '
    'rapid-charging cells for electric buses, and will employ around twenty '
    'scientists from the two countries. Tsinghua plans to send four senior '
    'researchers to Moscow during the initial two years, while Skoltech will supply '
    'clean rooms and test equipment at its campus close to the Moscow ring road. The '
    'partners hope to publish their first joint papers within a year and aim to '
    'license the technology to bus manufacturers in the two nations. Money will come '
    'from a Russian Science Foundation grant and from a Chinese provincial research '
    'programme, said a statement on the Skoltech website.'
)

EN_OTHER = (
    'Peking University and Moscow State University opened a joint centre for '
    'artificial intelligence research in Beijing on Thursday. The centre will train '
    'doctoral students in machine learning and computer vision and will host '
    'visiting professors from Moscow for semester-long stays. Officials said the two '
    'universities plan to enrol forty students in the first year and to seek funding '
    'from technology companies in both countries. The centre will also organise an '
    'annual summer school on robotics and data science, with lectures given in '
    'English and Russian.'
)

RU_STORY = (
    'Госкорпорация «Росатом» и Китайская национальная ядерная корпорация подписали '
    'контракт на поставку оборудования для двух новых энергоблоков АЭС «Сюйдапу» в '
    'провинции Ляонин. Российская сторона изготовит корпуса реакторов, '
    'парогенераторы и топливо для первой загрузки, а китайские инженеры займутся '
    'монтажом и пусконаладкой. Первый блок планируется подключить к сети в 2027 '
    'году, второй — через год после него. По словам представителей корпораций, '
    'проект станет крупнейшим совместным ядерным проектом двух стран за последнее '
    'десятилетие. Стороны также договорились о подготовке китайского персонала в '
    'учебном центре на Нововоронежской АЭС.'
)

RU_REWRITE = (
    '«Росатом» и Китайская национальная ядерная корпорация заключили контракт на '
    'поставку оборудования для двух новых энергоблоков станции «Сюйдапу» в китайской '
    'провинции Ляонин. Российские предприятия произведут корпуса реакторов, '
    'парогенераторы и топливо для первой загрузки, а монтажом и пусконаладкой '
    'займутся китайские специалисты. Первый блок должны подключить к сети в 2027 '
    'году, второй — годом позже. Как отметили представители корпораций, это будет '
    'крупнейший совместный атомный проект двух стран за десять лет. Кроме того, '
    'стороны договорились об обучении китайского персонала в учебном центре на '
    'Нововоронежской АЭС.'
)

RU_OTHER = (
    'Российские и китайские атомщики обсудили в Пекине сотрудничество в области '
    'ядерной медицины. Представители «Росатома» и Китайской национальной ядерной '
    'корпорации рассмотрели возможность совместного производства изотопов для '
    'диагностики онкологических заболеваний. Делегации также посетили '
    'исследовательский реактор под Пекином и договорились провести следующую встречу '
    'рабочей группы осенью в Обнинске.'
)

ZH_STORY = (
    '华为公司与俄罗斯移动通信运营商MTS近日在莫斯科市中心启动了5G网络试验。试验区域覆盖特维尔大街周边多条街道，采用华为提供的基站设备，工作频段为4.8至4.99'
    '吉赫。据MTS介绍，试验第一周测得的下载速率最高达到每秒1.9吉比特。该运营商计划利用这一网络测试城市监控视频传输、清扫车辆远程控制以及博物馆虚拟现实直播等应用'
    '。华为已向俄罗斯运营商供应网络设备十多年，并在俄罗斯设有多个研发中心。双方没有透露试验网络的投资金额，也没有公布商用服务的时间表。'
)

ZH_REWRITE = (
    '俄罗斯移动运营商MTS和华为公司日前在莫斯科市中心开始测试5G网络。试验范围覆盖特维尔大街附近的多条街道，使用华为提供的基站设备，频段为4.8至4.99吉赫。M'
    'TS表示，测试首周记录到的下载速率最高达到每秒1.9吉比特。运营商准备利用该网络尝试城市监控视频传输、清扫车辆远程操控以及博物馆虚拟现实直播等应用。华为向俄罗斯'
    '运营商提供网络设备已有十多年，在俄设有多个研发中心。双方未披露试验网络的投资规模，也未公布商用服务时间表。'
)

ZH_OTHER = (
    '中兴通讯与俄罗斯电信运营商MegaFon在圣彼得堡签署合作协议，双方将联合建设面向工业园区的5G专网。根据协议，中兴将提供核心网和无线设备，MegaFon负责网'
    '络运营和客户服务。首个试点项目将在一家汽车零部件工厂实施，用于机器视觉质检和自动导引车调度。双方表示，如果试点成功，明年将把这一方案推广到俄罗斯其他城市的工业企'
    '业。'
)
