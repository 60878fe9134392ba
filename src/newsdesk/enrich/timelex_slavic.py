"""Hand-written time words of Polish, Ukrainian and Russian (format as in `timelex_data`).

These languages inflect month and weekday names by case ("w grudniu", "у грудні",
"в декабре"; "w środę", "в середу"), so the forms CLDR lacks are listed here.
"""

from __future__ import annotations

from newsdesk.enrich.timelex_data import cross

PL = {
    "mods_before": "zeszły|zeszłą|zeszłe|zeszłej|zeszłego|ubiegły|ubiegłą|ubiegłe|ubiegłej|"
                   "ubiegłego|ostatni|ostatnią|miniony|minioną|minione=-1 ten=0 "
                   "przyszły|przyszłą|przyszłe|przyszłej|przyszłego|najbliższy|najbliższą|"
                   "najbliższe|następny|następną=1",
    "year_after": "ubiegłego_roku|zeszłego_roku|poprzedniego_roku|ub.r.|ub._r.|ub._roku=-1 "
                  "tego_roku|bieżącego_roku|br.|b.r.=0 przyszłego_roku|następnego_roku=1",
    "months": "styczniu=1 lutym=2 marcu=3 kwietniu=4 maju=5 czerwcu=6 lipcu=7 sierpniu=8 "
              "wrześniu=9 październiku=10 listopadzie=11 grudniu=12",
    "weekdays": "środę=2 sobotę=5 niedzielę=6",
    "day_words": "wczoraj=-1 dzisiaj|dziś=0 jutro=1 przedwczoraj=-2 pojutrze=2",
    "parts": "rano=MO przed_południem=MO po_południu=AF wieczorem|wieczór=EV w_nocy|nocą=NI",
    "units": "rok|roku|lata|lat|latach|latami=Y miesiąc|miesiąca|miesiące|miesięcy=M "
             "tydzień|tygodnia|tygodnie|tygodni=W dzień|dnia|dni|doba|doby|dób=D "
             "godzina|godziny|godzin|godzinę=H minuta|minuty|minut|minutę=MIN "
             "sekunda|sekundy|sekund|sekundę=S dekada|dekady|dekad=DE",
    "numbers": "jeden|jedna|jedno|jednego|jednej|jedną=1 dwa|dwie|dwóch|dwu=2 trzy|trzech=3 "
               "cztery|czterech=4 pięć|pięciu=5 sześć|sześciu=6 siedem|siedmiu=7 osiem|ośmiu=8 "
               "dziewięć|dziewięciu=9 dziesięć|dziesięciu=10 jedenaście|jedenastu=11 "
               "dwanaście|dwunastu=12 piętnaście|piętnastu=15 dwadzieścia|dwudziestu=20 "
               "kilka|kilku|kilkanaście|kilkunastu|wiele|wielu=-1",
    "relative": " ".join([
        cross("w_zeszłym w_ubiegłym w_minionym w_poprzednim", "tygodniu", "W-1"),
        cross("zeszłego ubiegłego", "tygodnia", "W-1"), "w_tym_tygodniu=W+0",
        cross("w_przyszłym w_następnym", "tygodniu", "W+1"),
        cross("przyszłego następnego", "tygodnia", "W+1"),
        cross("w_zeszłym w_ubiegłym w_minionym w_poprzednim", "miesiącu", "M-1"),
        cross("zeszłego ubiegłego", "miesiąca", "M-1"), "w_tym_miesiącu=M+0",
        cross("w_przyszłym w_następnym", "miesiącu", "M+1"),
        cross("w_zeszłym w_ubiegłym w_minionym w_poprzednim", "roku", "Y-1"),
        cross("zeszłego ubiegłego", "roku", "Y-1"), "w_tym_roku|tego_roku=Y+0",
        cross("w_przyszłym w_następnym", "roku", "Y+1"), "przyszłego_roku=Y+1",
        "w_weekend|w_ten_weekend=WE+0", cross("w_miniony w_ostatni w_zeszły", "weekend", "WE-1"),
        cross("w_przyszły w_najbliższy", "weekend", "WE+1"), "zeszłej_nocy=TNI-1",
    ]),
    "seasons": "wiosna|wiosną|wiosny=SP lato|latem|lata=SU jesień|jesienią|jesieni=FA "
               "zima|zimą|zimy=WI",
    "ago_after": "temu",
    "later_before": "za",
    "approx": "prawie niemal blisko około ponad co_najmniej już",
    "edges": "na_początku z_początkiem w_połowie pod_koniec z_końcem",
    "refs": "teraz|obecnie|aktualnie|w_tej_chwili=PRESENT_REF",
    "at_words": "o około od",
    "future": r"\b(?:będzie|będą|planuje|planują|zaplanowan\w*|przyszł\w*|najbliższ\w*|"
              r"następn\w*)\b",
    "past": r"\b(?:\w{2,}(?:ł|ła|ło|li|ły|łem|łam)|zeszł\w*|ubiegł\w*|minion\w*)\b",
    "anaphors": "tego_samego_dnia|tego_dnia=D+0 następnego_dnia|nazajutrz|dzień_później=D+1 "
                "dzień_wcześniej|poprzedniego_dnia=D-1 w_tym_samym_miesiącu=M+0 "
                "w_tym_samym_roku|tego_samego_roku=Y+0 rok_później=Y+1 rok_wcześniej=Y-1",
    "sets": "codziennie|każdego_dnia=P1D co_tydzień|każdego_tygodnia=P1W "
            "co_miesiąc|każdego_miesiąca=P1M co_roku|corocznie|każdego_roku=P1Y",
}

UK = {
    "mods_before": "минулого|минулої|минулий|минулу|минуле=-1 цього|цієї|цей|цю|це=0 "
                   "наступного|наступної|наступний|наступну|наступне=1",
    "year_after": "минулого_року=-1 цього_року|поточного_року=0 наступного_року=1",
    "months": "січні=1 лютому=2 березні=3 квітні=4 травні=5 червні=6 липні=7 серпні=8 "
              "вересні=9 жовтні=10 листопаді=11 грудні=12",
    "weekdays": "середу=2 п'ятницю=4 суботу=5 неділю=6 понеділка=0 вівторка=1 середи=2 "
                "четверга=3 п'ятниці=4 суботи=5 неділі=6",
    "day_words": "вчора|учора=-1 сьогодні=0 завтра=1 позавчора=-2 післязавтра=2",
    "parts": "вранці|зранку|уранці=MO вдень|удень=AF ввечері|увечері|вечері|вечора=EV "
             "вночі|уночі|ночі=NI",
    "units": "рік|року|роки|років|роками|роком=Y місяць|місяця|місяці|місяців=M "
             "тиждень|тижня|тижні|тижнів=W день|дня|дні|днів|доба|доби|діб=D "
             "година|години|годин|годину=H хвилина|хвилини|хвилин|хвилину=MIN "
             "секунда|секунди|секунд|секунду=S десятиліття|десятиліть=DE",
    "numbers": "один|одна|одного|однієї|одну=1 два|дві|двох=2 три|трьох=3 чотири|чотирьох=4 "
               "п'ять|п'яти=5 шість|шести=6 сім|семи=7 вісім|восьми=8 дев'ять|дев'яти=9 "
               "десять|десяти=10 двадцять|двадцяти=20 кілька|кількох|декілька|багато=-1",
    "relative": "минулого_тижня|на_минулому_тижні=W-1 цього_тижня|на_цьому_тижні=W+0 "
                "наступного_тижня|на_наступному_тижні=W+1 минулого_місяця=M-1 "
                "цього_місяця=M+0 минулого_року|торік=Y-1 "
                "цього_року|цьогоріч=Y+0 "
                "на_вихідних|цими_вихідними|на_цих_вихідних=WE+0 "
                "минулих_вихідних|на_минулих_вихідних=WE-1 "
                "наступних_вихідних|на_наступних_вихідних=WE+1 минулої_ночі=TNI-1",
    "seasons": "весна|навесні|весною=SP літо|влітку|улітку=SU осінь|восени|увосени=FA "
               "зима|взимку|узимку=WI",
    "ago_after": "тому",
    "later_before": "через за",
    "approx": "майже близько понад щонайменше вже вже_майже більше_ніж",
    "edges": "на_початку в_середині у_середині наприкінці в_кінці у_кінці",
    "refs": "зараз|наразі|нині|на_даний_момент=PRESENT_REF",
    "at_words": "о об близько з",
    "future": r"\b(?:буде|будуть|має|мають|планує|планують|запланован\w*|наступн\w*|"
              r"\w+тиме|\w+тимуть)\b",
    "past": r"\b(?:\w{2,}(?:ла|ли|ло|вся|лася|лися)|\w{3,}(?:ав|ив|ів))\b",
    "anaphors": "того_ж_дня|того_самого_дня|цього_ж_дня=D+0 наступного_дня|наступного_ранку=D+1 "
                "напередодні|за_день_до_цього=D-1 того_ж_місяця=M+0 "
                "того_ж_року|того_самого_року=Y+0 роком_раніше=Y-1",
    "sets": "щодня|щоденно|кожного_дня|кожен_день=P1D щотижня|щотижнево=P1W щомісяця=P1M "
            "щороку|щорічно|кожного_року=P1Y",
}

RU = {
    "mods_before": "прошлый|прошлую|прошлое|прошлого|прошлой|минувший|минувшую|минувшего=-1 "
                   "этот|эту|это|этого=0 следующий|следующую|следующее|следующего|будущий|"
                   "будущую|ближайший|ближайшую=1",
    "year_after": "прошлого_года|минувшего_года=-1 этого_года|текущего_года|сего_года=0 "
                  "следующего_года|будущего_года=1",
    "months": "январе=1 феврале=2 марте=3 апреле=4 мае=5 июне=6 июле=7 августе=8 "
              "сентябре=9 октябре=10 ноябре=11 декабре=12",
    "weekdays": "среду=2 пятницу=4 субботу=5",
    "day_words": "вчера=-1 сегодня=0 завтра=1 позавчера=-2 послезавтра=2",
    "parts": "утром=MO днём|днем=AF вечером=EV ночью=NI",
    "units": "год|года|лет|году|годы|годом=Y месяц|месяца|месяцев|месяцы=M "
             "неделя|недели|недель|неделю=W день|дня|дней|дни|сутки|суток=D "
             "час|часа|часов=H минута|минуты|минут|минуту=MIN секунда|секунды|секунд|секунду=S "
             "десятилетие|десятилетия|десятилетий=DE",
    "numbers": "один|одна|одного|одной|одну=1 два|две|двух=2 три|трёх|трех=3 "
               "четыре|четырёх|четырех=4 пять|пяти=5 шесть|шести=6 семь|семи=7 "
               "восемь|восьми=8 девять|девяти=9 десять|десяти=10 двадцать|двадцати=20 "
               "несколько|нескольких|много=-1",
    "relative": "на_прошлой_неделе=W-1 на_этой_неделе=W+0 "
                "на_следующей_неделе|на_будущей_неделе=W+1 в_прошлом_месяце=M-1 "
                "в_этом_месяце=M+0 "
                "в_прошлом_году|в_минувшем_году|прошлого_года=Y-1 в_этом_году|этого_года=Y+0 "
                "в_следующем_году|в_будущем_году|следующего_года=Y+1 "
                "в_эти_выходные|на_выходных=WE+0 в_прошлые_выходные|на_прошлых_выходных=WE-1 "
                "в_следующие_выходные=WE+1 прошлой_ночью=TNI-1",
    "seasons": "весна|весной=SP лето|летом=SU осень|осенью=FA зима|зимой=WI",
    "ago_after": "назад тому_назад",
    "later_before": "через",
    "approx": "почти около более больше свыше уже не_менее",
    "edges": "в_начале в_середине в_конце",
    "refs": "сейчас|ныне|в_настоящее_время|в_данный_момент=PRESENT_REF",
    "at_words": "в около с",
    "future": r"\b(?:будет|будут|должен|должна|должны|планирует|планируют|намерен\w*|"
              r"следующ\w*|предстоящ\w*|собирается)\b",
    "past": r"\b(?:\w{2,}(?:ла|ли|лся|лась|лись)|\w{3,}(?:ал|ил|ел|ял))\b",
    "anaphors": "в_тот_же_день|того_же_дня|в_этот_же_день=D+0 "
                "на_следующий_день|на_следующее_утро=D+1 накануне|днём_раньше|днем_раньше=D-1 "
                "в_том_же_месяце=M+0 в_том_же_году=Y+0 "
                "годом_позже|год_спустя=Y+1 годом_ранее|годом_раньше=Y-1",
    "sets": "ежедневно|каждый_день=P1D еженедельно|каждую_неделю=P1W "
            "ежемесячно|каждый_месяц=P1M ежегодно|каждый_год=P1Y",
}
