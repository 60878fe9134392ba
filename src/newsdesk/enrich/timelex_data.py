"""Hand-written time words per language (what CLDR month/weekday names do not cover).

Format of the compact tables (parsed by `timelex`): items separated by whitespace,
`form|form=value`, `_` stands for a space. Relative values are `UNIT±N`: W week, M month,
Y year, WE weekend, SP/SU/FA/WI a season, TMO/TAF/TEV/TNI a day (offset N) at that part.
A zero offset on WE or a season means "the one the sentence's tense points to".
Cue regexes decide that tense; they are deliberately small: a future cue wins over a
past cue, and a sentence without either gets the nearest reading.
"""

from __future__ import annotations


def cross(mods: str, nouns: str, value: str, *, noun_first: bool = False) -> str:
    """Every modifier x noun pair as one table item: cross('last', 'week', 'W-1')."""
    pairs = [
        f"{n}_{m}" if noun_first else f"{m}_{n}" for m in mods.split() for n in nouns.split()
    ]
    return "|".join(pairs) + "=" + value


def _en_relative() -> str:
    items = []
    for noun, code in (("week", "W"), ("month", "M"), ("year", "Y"), ("weekend", "WE")):
        items += [cross("last", noun, f"{code}-1"), cross("this", noun, f"{code}+0"),
                  cross("next coming", noun, f"{code}+1")]
    items.append("this_past_weekend|this_past_week-end=WE-1")
    for noun, code in (("spring", "SP"), ("summer", "SU"), ("fall autumn", "FA"),
                       ("winter", "WI")):
        items += [cross("last", noun, f"{code}-1"), cross("this", noun, f"{code}+0"),
                  cross("next", noun, f"{code}+1")]
    items += ["tonight=TNI+0 last_night=TNI-1 this_morning=TMO+0 this_afternoon=TAF+0",
              "this_evening=TEV+0"]
    return " ".join(items)


def _de_relative() -> str:
    last, this, nxt = "letzte letzten letztes vergangene vergangenen vergangenes", \
        "diese dieser diesen dieses diesem", "nächste nächsten nächstes kommende kommenden"
    items = []
    for noun, code in (("Woche", "W"), ("Monat", "M"), ("Jahr", "Y"), ("Wochenende", "WE")):
        items += [cross(last, noun, f"{code}-1"), cross(this, noun, f"{code}+0"),
                  cross(nxt, noun, f"{code}+1")]
    items.append("am_Wochenende=WE+0 letzte_Nacht=TNI-1")
    return " ".join(items)


EN = {
    "mods_before": "last|past=-1 this=0 next|coming=1",
    "year_after": "last_year=-1 this_year=0 next_year=1",
    "months": "sept=9 sept.=9",
    "day_words": "yesterday=-1 today=0 tomorrow=1 the_day_before_yesterday=-2 "
                 "the_day_after_tomorrow=2",
    "parts": "morning=MO afternoon=AF evening=EV night=NI",
    "units": "year|years|yr|yrs=Y month|months=M week|weeks=W day|days=D hour|hours|hr|hrs=H "
             "minute|minutes|min|mins=MIN second|seconds=S decade|decades=DE "
             "century|centuries=CE",
    "numbers": "a|an|one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 "
               "eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 "
               "seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 "
               "sixty=60 seventy=70 eighty=80 ninety=90 hundred|a_hundred=100 "
               "a_dozen|dozen=12 a_couple_of|a_couple=2 several|a_few|few|many=-1",
    "relative": _en_relative(),
    "seasons": "spring=SP summer=SU fall|autumn=FA winter=WI",
    "ago_after": "ago earlier_than_now",
    "later_after": "from_now",
    "approx": "nearly almost about around over more_than less_than at_least roughly "
              "approximately some up_to the_past the_last the_next past another",
    "edges": "early mid mid- late earlier later the_end_of the_beginning_of the_middle_of "
             "the_start_of end_of beginning_of",
    "refs": "now|right_now|currently|nowadays=PRESENT_REF the_future|future=FUTURE_REF "
            "the_past=PAST_REF",
    "at_words": "at around about by from until",
    "future": r"(?:\b(?:will|won't|shall|would|going\s+to|scheduled|planning|"
              r"as\s+soon\s+as|(?:is|are|due|plans?|planned|expected|set)\s+to)|'ll)\b",
    "past": r"\b(?:was|were|had|did|ago|last|earlier|\w{3,}ed)\b",
    "anaphors": "that_day|that_same_day|the_same_day|that_morning|that_afternoon|that_evening|"
                "that_night=D+0 the_next_day|the_following_day|the_day_after|the_next_morning|"
                "the_following_morning=D+1 "
                "the_day_before|the_previous_day|the_night_before=D-1 that_week|the_same_week=W+0 "
                "the_following_week|the_next_week|the_week_after=W+1 "
                "the_previous_week|the_week_before=W-1 that_month|the_same_month=M+0 "
                "the_following_month|the_month_after=M+1 the_previous_month|the_month_before=M-1 "
                "that_year|the_same_year=Y+0 the_following_year|the_year_after=Y+1 "
                "the_previous_year|the_year_before=Y-1",
    "sets": "daily|every_day|each_day=P1D weekly|every_week|each_week=P1W "
            "monthly|every_month|each_month=P1M annually|yearly|every_year|each_year=P1Y",
}

FR = {
    "mods_after": "dernier|dernière|passé|passée=-1 prochain|prochaine=1",
    "year_after": "de_l'année_dernière|de_l'an_dernier|l'an_dernier|l'année_dernière|"
                  "de_l'année_passée|de_l'an_passé=-1 de_cette_année|cette_année=0 "
                  "de_l'année_prochaine|de_l'an_prochain|l'an_prochain|l'année_prochaine=1",
    "day_words": "hier=-1 aujourd'hui=0 demain=1 avant-hier=-2 après-demain=2",
    "parts": "matin=MO matinée=MO après-midi=AF soir=EV soirée=EV nuit=NI",
    "units": "an|ans|année|années=Y mois=M semaine|semaines=W jour|jours|journée|journées=D "
             "heure|heures=H minute|minutes=MIN seconde|secondes=S décennie|décennies=DE "
             "siècle|siècles=CE",
    "numbers": "un|une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 "
               "onze=11 douze=12 quinze=15 vingt=20 trente=30 quarante=40 cinquante=50 "
               "cent=100 quelques|plusieurs=-1",
    "relative": "semaine_dernière|semaine_passée=W-1 cette_semaine=W+0 semaine_prochaine=W+1 "
                "mois_dernier|mois_passé=M-1 ce_mois-ci=M+0 mois_prochain=M+1 "
                "an_dernier|année_dernière|an_passé|année_passée=Y-1 cette_année=Y+0 "
                "an_prochain|année_prochaine=Y+1 ce_week-end|ce_weekend=WE+0 "
                "week-end_dernier|weekend_dernier=WE-1 week-end_prochain|weekend_prochain=WE+1 "
                "ce_soir=TEV+0 ce_matin=TMO+0 cet_après-midi=TAF+0 cette_nuit=TNI+0 "
                "cet_été=SU+0 été_dernier=SU-1 cet_hiver=WI+0 hiver_dernier=WI-1 "
                "cet_automne=FA+0 automne_dernier=FA-1 ce_printemps=SP+0 printemps_dernier=SP-1",
    "seasons": "printemps=SP été=SU automne=FA hiver=WI",
    "ago_before": "il_y_a il_ya",
    "later_before": "dans d'ici",
    "approx": "près_de presque environ plus_de moins_de au_moins quasiment pratiquement",
    "edges": "début mi- mi fin courant au_début_de à_la_fin_de fin_de",
    "refs": "maintenant|actuellement|à_présent|de_nos_jours|en_ce_moment=PRESENT_REF",
    "at_words": "à vers dès",
    "future": r"\b(?:doit|doivent|devrait|devraient|devra|va|vont|prévoit|prévu|prévue|"
              r"prochain|prochaine|compte)\b|\b\w{3,}(?:rai|ras|ra|rons|rez|ront)\b",
    "past": r"\b(?:a|ont|avait|avaient|était|étaient|fut|furent|eu|été|hier|dernier|"
            r"dernière|déjà)\b|\b\w{2,}(?:ait|aient)\b",
    "anaphors": "le_même_jour|ce_jour-là|ce_jour_là=D+0 le_lendemain=D+1 la_veille=D-1 "
                "la_semaine_suivante=W+1 la_semaine_précédente=W-1 le_même_mois|ce_mois-là=M+0 "
                "le_mois_suivant=M+1 le_mois_précédent=M-1 la_même_année|cette_année-là=Y+0 "
                "l'année_suivante=Y+1 l'année_précédente=Y-1",
    "sets": "quotidiennement|chaque_jour|tous_les_jours=P1D "
            "chaque_semaine|toutes_les_semaines=P1W "
            "chaque_mois|tous_les_mois|mensuellement=P1M "
            "chaque_année|tous_les_ans|annuellement=P1Y",
}

DE = {
    "mods_before": "letzten|letzte|letzter|letztes|vergangenen|vergangene|vergangener|"
                   "vergangenes|vorigen|vorige|voriger=-1 diesen|dieser|dieses|diese=0 "
                   "nächsten|nächste|nächster|kommenden|kommende|kommender=1",
    "year_after": "letzten_Jahres|vergangenen_Jahres|des_vergangenen_Jahres|vorigen_Jahres|"
                  "des_Vorjahres=-1 dieses_Jahres|des_laufenden_Jahres=0 "
                  "nächsten_Jahres|kommenden_Jahres|des_kommenden_Jahres=1",
    "day_words": "gestern=-1 heute=0 morgen=1 vorgestern=-2 übermorgen=2",
    "parts": "Morgen|morgens|Vormittag|vormittags|früh=MO Nachmittag|nachmittags=AF "
             "Abend|abends=EV Nacht|nachts=NI",
    "units": "Jahr|Jahre|Jahren|Jahres|Jahrs=Y Monat|Monate|Monaten|Monats=M Woche|Wochen=W "
             "Tag|Tage|Tagen|Tages=D Stunde|Stunden=H Minute|Minuten=MIN Sekunde|Sekunden=S "
             "Jahrzehnt|Jahrzehnte|Jahrzehnten=DE Jahrhundert|Jahrhunderte|Jahrhunderten=CE",
    "numbers": "ein|eine|einem|einer|einen|eines=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 "
               "sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 fünfzehn=15 zwanzig=20 "
               "dreißig=30 hundert=100 einige|einigen|mehrere|mehreren=-1",
    "relative": _de_relative(),
    "seasons": "Frühling|Frühjahr=SP Sommer=SU Herbst=FA Winter=WI",
    "ago_before": "vor",
    "later_before": "in binnen",
    "approx": "fast etwa rund mehr_als über knapp mindestens beinahe nahezu gut",
    "edges": "Anfang Mitte Ende",
    "refs": "jetzt|derzeit|zurzeit|gegenwärtig|momentan|heutzutage=PRESENT_REF",
    "at_words": "um gegen ab",
    "future": r"\b(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|nächste\w*|"
              r"kommende\w*|bevorstehende\w*)\b",
    "past": r"\b(?:war|waren|hatte|hatten|wurde|wurden|hat|haben|ge\w{3,}(?:t|en))\b",
    "anaphors": "am_selben_Tag|am_gleichen_Tag|am_selben_Abend|an_diesem_Tag=D+0 "
                "am_nächsten_Tag|am_folgenden_Tag|tags_darauf|am_Tag_darauf=D+1 "
                "am_Vortag|am_Tag_zuvor=D-1 in_der_folgenden_Woche=W+1 "
                "im_selben_Monat|im_gleichen_Monat=M+0 im_folgenden_Monat=M+1 "
                "im_selben_Jahr|im_gleichen_Jahr=Y+0 im_folgenden_Jahr|im_Jahr_darauf=Y+1 "
                "im_Vorjahr|im_Jahr_zuvor=Y-1",
    "sets": "täglich|jeden_Tag=P1D wöchentlich|jede_Woche=P1W monatlich|jeden_Monat=P1M "
            "jährlich|jedes_Jahr=P1Y",
}

ES = {
    "mods_before": "pasado|pasada=-1 próximo|próxima=1",
    "mods_after": "pasado|pasada=-1 próximo|próxima|que_viene=1",
    "year_after": "del_año_pasado|del_pasado_año=-1 de_este_año|del_presente_año|"
                  "del_año_en_curso=0 del_año_próximo|del_próximo_año|del_año_que_viene=1",
    "day_words": "ayer=-1 hoy=0 mañana=1 anteayer|antier|antes_de_ayer=-2 pasado_mañana=2",
    "parts": "por_la_mañana|de_la_mañana=MO por_la_tarde|de_la_tarde=AF "
             "por_la_noche|de_la_noche=NI",
    "units": "año|años=Y mes|meses=M semana|semanas=W día|días=D hora|horas=H "
             "minuto|minutos=MIN segundo|segundos=S década|décadas=DE siglo|siglos=CE",
    "numbers": "un|una|uno=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 "
               "diez=10 once=11 doce=12 quince=15 veinte=20 treinta=30 cien=100 "
               "varios|varias=-1",
    "relative": "semana_pasada=W-1 esta_semana=W+0 semana_próxima|próxima_semana|"
                "semana_que_viene=W+1 mes_pasado=M-1 este_mes=M+0 mes_próximo|próximo_mes|"
                "mes_que_viene=M+1 año_pasado=Y-1 este_año=Y+0 año_próximo|próximo_año|"
                "año_que_viene=Y+1 este_fin_de_semana=WE+0 fin_de_semana_pasado=WE-1 "
                "próximo_fin_de_semana=WE+1 esta_mañana=TMO+0 esta_tarde=TAF+0 "
                "esta_noche=TNI+0 anoche=TNI-1",
    "seasons": "primavera=SP verano=SU otoño=FA invierno=WI",
    "ago_before": "hace",
    "later_before": "dentro_de",
    "approx": "casi cerca_de unos|unas más_de al_menos alrededor_de",
    "edges": "a_principios_de a_mediados_de a_finales_de a_fines_de principios_de "
             "mediados_de finales_de fines_de a_comienzos_de",
    "refs": "ahora|actualmente|en_la_actualidad|hoy_en_día|en_este_momento=PRESENT_REF",
    "at_words": "a_las a_la hacia_las sobre_las",
    "future": r"\b(?:va\s+a|van\s+a|prevé|prevista|previsto|próxim\w*|\w{3,}(?:rá|rán))\b",
    "past": r"\b(?:fue|fueron|había|habían|ha|han|\w{3,}(?:ó|aron|ieron|ado|ido))\b",
    "anaphors": "ese_mismo_día|el_mismo_día|ese_día=D+0 al_día_siguiente|el_día_siguiente=D+1 "
                "el_día_anterior|la_víspera=D-1 ese_mismo_mes|el_mismo_mes=M+0 "
                "el_mes_siguiente=M+1 ese_mismo_año|el_mismo_año|ese_año=Y+0 "
                "al_año_siguiente|el_año_siguiente=Y+1 el_año_anterior=Y-1",
    "sets": "diariamente|cada_día|todos_los_días=P1D cada_semana|semanalmente=P1W "
            "cada_mes|mensualmente=P1M cada_año|todos_los_años|anualmente=P1Y",
}

IT = {
    "mods_before": "scorso|scorsa=-1 prossimo|prossima=1",
    "mods_after": "scorso|scorsa|passato|passata=-1 prossimo|prossima=1",
    "year_after": "dell'anno_scorso|dello_scorso_anno|dell'anno_passato=-1 "
                  "di_quest'anno|dell'anno_in_corso=0 dell'anno_prossimo|del_prossimo_anno=1",
    "day_words": "ieri=-1 oggi=0 domani=1 l'altro_ieri|avantieri=-2 dopodomani=2",
    "parts": "mattina|mattino=MO pomeriggio=AF sera=EV notte=NI",
    "units": "anno|anni=Y mese|mesi=M settimana|settimane=W giorno|giorni=D ora|ore=H "
             "minuto|minuti=MIN secondo|secondi=S decennio|decenni=DE secolo|secoli=CE",
    "numbers": "un|uno|una=1 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 "
               "dieci=10 undici=11 dodici=12 quindici=15 venti=20 trenta=30 cento=100 "
               "alcuni|alcune|diversi|diverse=-1",
    "relative": "settimana_scorsa|scorsa_settimana|settimana_passata=W-1 questa_settimana=W+0 "
                "settimana_prossima|prossima_settimana=W+1 mese_scorso|scorso_mese=M-1 "
                "questo_mese=M+0 mese_prossimo|prossimo_mese=M+1 anno_scorso|scorso_anno=Y-1 "
                "quest'anno=Y+0 anno_prossimo|prossimo_anno=Y+1 "
                "questo_fine_settimana|questo_weekend|nel_fine_settimana|nel_weekend=WE+0 "
                "fine_settimana_scorso|weekend_scorso|scorso_fine_settimana=WE-1 "
                "stamattina|stamane=TMO+0 stasera=TEV+0 stanotte=TNI+0",
    "seasons": "primavera=SP estate=SU autunno=FA inverno=WI",
    "ago_after": "fa",
    "later_before": "tra fra",
    "approx": "quasi circa oltre più_di almeno",
    "edges": "all'inizio_di alla_fine_di a_fine a_inizio a_metà inizio fine metà ai_primi_di",
    "refs": "adesso|ora|attualmente|al_momento|oggigiorno=PRESENT_REF",
    "at_words": "alle all' verso_le",
    "future": r"\b(?:\w{3,}(?:rà|ranno)|prevede|previsto|prevista|prossim\w*)\b",
    "past": r"\b(?:ha|hanno|aveva|avevano|era|erano|\w{3,}(?:ato|ata|ati|ito|ita|uto))\b",
    "anaphors": "lo_stesso_giorno|quel_giorno|quello_stesso_giorno=D+0 "
                "il_giorno_dopo|il_giorno_seguente|l'indomani=D+1 il_giorno_prima|la_vigilia=D-1 "
                "lo_stesso_mese|quel_mese=M+0 il_mese_successivo=M+1 "
                "lo_stesso_anno|quell'anno=Y+0 l'anno_successivo|l'anno_dopo=Y+1 "
                "l'anno_precedente|l'anno_prima=Y-1",
    "sets": "ogni_giorno|tutti_i_giorni|quotidianamente=P1D "
            "ogni_settimana|settimanalmente=P1W ogni_mese|mensilmente=P1M "
            "ogni_anno|annualmente=P1Y",
}
