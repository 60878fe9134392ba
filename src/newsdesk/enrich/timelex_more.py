"""Hand-written time words of Czech and Bulgarian (format as in `timelex_data`).

Before these tables both languages went through dateparser's `search_dates`, which is
several times slower than our rules and resolves without tense or weekday placement.
Czech inflects months by case ("v lednu", "5. ledna"), so the locative forms CLDR lacks
are listed; Bulgarian months and weekdays do not inflect.
"""

from __future__ import annotations

CS = {
    "months": "lednu=1 únoru=2 březnu=3 dubnu=4 květnu=5 červnu=6 červenci=7 srpnu=8 říjnu=10 "
              "prosinci=12",
    "weekdays": "středu=2 sobotu=5 neděli=6 středy=2 čtvrtka=3 pátku=4 soboty=5 neděle=6",
    "day_words": "včera=-1 dnes=0 zítra=1 předevčírem=-2 pozítří=2",
    "parts": "ráno|dopoledne=MO odpoledne=AF večer=EV v_noci=NI",
    "units": "rok|roku|roky|let|letech|lety=Y měsíc|měsíce|měsíců|měsících|měsíci=M "
             "týden|týdne|týdny|týdnů|týdnech=W den|dne|dny|dní|dnů|dnech=D "
             "hodina|hodiny|hodin|hodinu|hodinami=H minuta|minuty|minut|minutu|minutami=MIN "
             "sekunda|sekundy|sekund=S desetiletí=DE",
    "numbers": "jeden|jedna|jedno|jednoho|jedné|jedním=1 dva|dvě|dvou|dvěma=2 tři|tří|třemi=3 "
               "čtyři|čtyř|čtyřmi=4 pět|pěti=5 šest|šesti=6 sedm|sedmi=7 osm|osmi=8 "
               "devět|devíti=9 deset|deseti=10 dvacet|dvaceti=20 několik|několika|mnoho=-1",
    "relative": "minulý_týden|minulého_týdne|minulém_týdnu=W-1 "
                "tento_týden|tohoto_týdne|tomto_týdnu=W+0 "
                "příští_týden|příštího_týdne|příštím_týdnu=W+1 minulý_měsíc|minulého_měsíce=M-1 "
                "tento_měsíc|tohoto_měsíce=M+0 příští_měsíc|příštího_měsíce=M+1 "
                "před_týdnem=W-1 před_měsícem=M-1 před_rokem=Y-1 "
                "loni|vloni|loňského_roku|minulý_rok|minulého_roku|v_loňském_roce=Y-1 "
                "letos|tento_rok|letošního_roku|tohoto_roku=Y+0 "
                "příští_rok|příštího_roku|v_příštím_roce=Y+1 o_víkendu|tento_víkend=WE+0 "
                "minulý_víkend=WE-1 příští_víkend=WE+1",
    "seasons": "jaro|jaře=SP léto|létě=SU podzim|podzimu=FA zima|zimě=WI",
    "ago_before": "před",
    "later_before": "za",
    "approx": "téměř skoro asi zhruba přibližně více_než přes nejméně",
    "edges": "na_začátku začátkem v_polovině koncem na_konci",
    "refs": "nyní|teď|právě_teď|v_současnosti|v_současné_době|momentálně=PRESENT_REF",
    "at_words": "v ve kolem od",
    "future": r"\b(?:bude|budou|plánuje|plánují|naplánován\w*|příští\w*|nadcházející)\b",
    "past": r"\b(?:\w{2,}(?:l|la|lo|li|ly)|minul\w*|loni)\b",
    "anaphors": "téhož_dne|toho_dne=D+0 následujícího_dne|druhý_den|den_poté=D+1 "
                "den_předtím|předchozího_dne=D-1 téhož_roku=Y+0",
    "sets": "denně|každý_den=P1D týdně|každý_týden=P1W měsíčně|každý_měsíc=P1M "
            "ročně|každoročně|každý_rok=P1Y",
    "mods_before": "minulý|minulou|minulé|minulého=-1 tento|tuto|toto=0 "
                   "příští|příštího|nadcházející=1",
    "year_after": "minulého_roku|loňského_roku=-1 tohoto_roku|letošního_roku=0 příštího_roku=1",
}

BG = {
    "day_words": "вчера=-1 днес=0 утре=1 онзи_ден=-2 вдругиден=2",
    "parts": "сутринта=MO следобед=AF вечерта=EV през_нощта=NI",
    "units": "година|години|годината=Y месец|месеца|месеци=M седмица|седмици|седмицата=W "
             "ден|дни|дена|денонощие=D час|часа|часове=H минута|минути=MIN секунда|секунди=S "
             "десетилетие|десетилетия=DE",
    "numbers": "един|една|едно=1 два|две=2 три=3 четири=4 пет=5 шест=6 седем=7 осем=8 девет=9 "
               "десет=10 двадесет|двайсет=20 няколко|много=-1",
    "relative": "миналата_седмица=W-1 тази_седмица=W+0 следващата_седмица=W+1 "
                "миналия_месец=M-1 този_месец=M+0 следващия_месец=M+1 миналата_година=Y-1 "
                "тази_година=Y+0 следващата_година=Y+1 този_уикенд|през_уикенда=WE+0 "
                "миналия_уикенд=WE-1 следващия_уикенд=WE+1 снощи=TNI-1 тази_сутрин=TMO+0 "
                "тази_вечер|довечера=TEV+0 преди_седмица=W-1 преди_месец=M-1 "
                "преди_година=Y-1",
    "seasons": "пролет|пролетта=SP лято|лятото=SU есен|есента=FA зима|зимата=WI",
    "ago_before": "преди",
    "later_before": "след",
    "approx": "почти около близо над повече_от най-малко",
    "edges": "в_началото_на в_средата_на в_края_на началото_на края_на",
    "refs": "сега|в_момента|понастоящем=PRESENT_REF",
    "at_words": "в във около от",
    "future": r"\b(?:ще|предстои|предстоящ\w*|следващ\w*|планира\w*)\b",
    "past": r"\b(?:беше|бяха|бил|била|били|\w{3,}(?:ха|ла|ли|ло))\b",
    "anaphors": "същия_ден|в_същия_ден=D+0 на_следващия_ден|на_другия_ден=D+1 "
                "предния_ден|в_навечерието=D-1 същата_година=Y+0",
    "sets": "ежедневно|всеки_ден=P1D седмично|всяка_седмица=P1W месечно|всеки_месец=P1M "
            "ежегодно|всяка_година=P1Y",
    "mods_before": "миналия|миналата|миналото=-1 този|тази|това=0 "
                   "следващия|следващата|следващото|идния|идната=1",
    "year_after": "миналата_година|м.г.=-1 тази_година|т.г.=0 следващата_година=1",
}
