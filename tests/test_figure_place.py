"""Where a figure's event happened, and how precisely the place pins it."""

from __future__ import annotations

import pytest

from pipeline.extract.doc import ArticleDoc
from pipeline.extract.packs import topic_rules
from pipeline.extract.places.gazetteer import load_gazetteer
from tests.extraction import findings

GAZETTEER = load_gazetteer(topic_rules())


def places(text: str) -> list[tuple[str | None, int | None]]:
    return [(r["location_text"], r["location_precision"]) for r in findings(text, "2025-01-20")["counts"]]


def location_texts(text: str, published: str) -> list[str | None]:
    return [r["location_text"] for r in findings(text, published)["counts"]]


def test_a_return_through_a_crossing_is_placed_at_the_crossing():
    text = "Some 640 Syrian soldiers were sent back to Syria, most of them driven through the Al-Qaim border crossing."
    assert places(text) == [("Al-Qaim border crossing", 1)]


def test_people_held_in_a_town_are_placed_in_the_town_not_the_province():
    text = "About 70 Syrian officers are being held in Rutba, in Iraq's Anbar province."
    (name, precision), = places(text)
    assert name == "Rutba" and precision == 2


@pytest.mark.parametrize("located_by", ["30 kilometres north of", "some 20 km south of", "near"])
def test_a_site_located_by_a_town_near_it_is_where_the_people_are(located_by):
    text = f"They are held at Camp Taji, {located_by} Baghdad, where 119 former Syrian officers remain."
    assert places(text) == [("Camp Taji", 1)]


def test_the_site_in_a_district_is_where_the_people_are_not_the_district():
    text = ("The men were moved to the Al-Marsana airfield in Al-Rutba district, where some 2,400 were held by the "
            "end of the month.")
    assert places(text) == [("Al-Marsana airfield", 1)]


def test_a_relocation_is_placed_at_its_destination():
    text = "Around 150 Syrian soldiers were transferred to Baghdad last week, an Iraqi officer said."
    assert places(text)[0][0] == "Baghdad"


def test_the_host_country_is_the_last_resort():
    text = ("Iraq is under pressure over the troops. Officials said that 300 Syrian soldiers crossed the border "
            "on Sunday.")
    assert places(text)[0][1] == 6


def test_a_figure_with_no_place_has_no_precision():
    assert places("Officials said 75 soldiers were handed back.") == [(None, None)]


def test_a_place_is_carried_from_the_sentence_before_about_the_same_event():
    text = ("The handover took place on Sunday at the Al-Qaim border crossing, the army said. "
            "In all, 820 Syrian soldiers were handed over to the Syrian side.")
    assert places(text) == [("Al-Qaim border crossing", 1)]


def test_a_place_of_another_event_is_not_carried():
    text = ("Parliament met in Baghdad on Sunday to discuss the budget. "
            "In all, 820 Syrian soldiers were handed over to the Syrian side.")
    assert places(text) == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    # two sentences back, about something else: the paragraph is still about the camp
    ("Camp Taji lies 30 kilometres north of Baghdad. Inspectors from the ministry have visited it twice this "
     "year. Several dozen Syrian officers have been held for more than six months.", "Camp Taji"),
    # a crossing holds a return
    ("Officials said the Al-Qaim border crossing reopened on Monday under new staff. Buses were seen on the road. Another 240 "
     "Syrian soldiers went home that afternoon.", "Al-Qaim border crossing"),
])
def test_a_figure_with_no_place_is_at_the_site_its_paragraph_named_before_it(text, expected):
    assert location_texts(text, "2025-03-01") == [expected]


@pytest.mark.parametrize("text, not_there", [
    # a capital earlier in the paragraph is who spoke, not where they are
    ("Baghdad has said little about the men. Inspectors have visited them twice this year. Several dozen "
     "Syrian officers have been held for more than six months.", "Baghdad"),
    # a return went home through a crossing, not through the camp that held them
    ("Camp Taji lies 30 kilometres north of Baghdad. Inspectors have visited it twice. Forty Syrian officers "
     "went home in April.", "Camp Taji"),
    # nor an entry: they came in through a crossing
    ("Camp Taji lies 30 kilometres north of Baghdad. Guards there work long shifts. About 300 Syrian soldiers "
     "fled across the border in December.", "Camp Taji"),
    # another paragraph
    ("Camp Taji lies 30 kilometres north of Baghdad.\n\nSeveral dozen Syrian officers have been held for more "
     "than six months.", "Camp Taji"),
])
def test_a_town_a_camp_before_a_return_or_another_paragraphs_site_is_not_carried(text, not_there):
    assert location_texts(text, "2025-03-01") != [not_there]


ELSEWHERE = {
    # the destination of someone else's flight in the sentence before
    "Moscow": "More soldiers crossed into Iraq the next day, the day the president fled to Moscow. By evening the "
              "army's tally stood at 2,740 soldiers and officers.",
    # where a man comes from, in the country he left
    "Homs": "Soldiers crossed into Iraq at the border in December. A sergeant from a village outside Homs said "
            "about 40 officers crossed with him.",
    # a capital naming the government that speaks
    "Bangkok": "Soldiers crossed into Thailand. The Bangkok government said about 40 officers remained.",
}


@pytest.mark.parametrize("not_there", list(ELSEWHERE))
def test_a_place_outside_the_host_that_the_people_did_not_go_to_is_not_theirs(not_there):
    assert not any(not_there in (place or "") for place in location_texts(ELSEWHERE[not_there], "2025-03-01"))


def test_a_list_of_towns_and_figures_after_a_count_places_each_figure_at_its_town():
    text = ("Interned crews\n\nIn all, 370 German soldiers crossed into Spain in 1916. A report of the Spanish army "
            "gave these numbers:\n\n- Zaragoza: 250\n- Pamplona: 120\n\nLife was quiet.")
    found = findings(text, "2017-05-01")["counts"]
    assert [(r["location_text"], r["status"]) for r in found[1:]] == [("Zaragoza", "remaining"), ("Pamplona", "remaining")]


def test_a_list_of_places_and_figures_after_a_colon_places_each_figure_at_its_place():
    text = ("Some 80,000 French soldiers have entered Switzerland, the Federal Council said, and more are crossing into "
            "Switzerland every hour. The allotments to the cantons are as follows: Berne, 11,000; Zurich, 8,500; and "
            "Geneva, nearly 3,000.")
    found = findings(text, "1871-02-06")["counts"]
    assert [(r["count_text"], r["location_text"], r["status"]) for r in found[1:]] == [
        ("11,000", "Berne", "relocated"), ("8,500", "Zurich", "relocated"), ("nearly 3,000", "Geneva", "relocated")]


def test_a_place_after_a_conjunction_belongs_to_another_clause():
    text = "Dozens of Syrian officers still in Jordan as Amman weighs their fate"
    assert places(text)[0][0] == "Jordan"


def test_a_dateline_is_not_where_the_figure_happened():
    text = "AMMAN: A first group of 120 Syrian soldiers were handed back on Monday, officials said."
    assert places(text) == [(None, None)]


def test_a_country_yields_to_the_site_of_the_same_event_in_the_previous_sentence():
    text = ("The handover took place at the Jaber border crossing on Sunday, the ministry said. "
            "In all, 340 soldiers were returned to Syria.")
    assert location_texts(text, "2025-02-03") == ["Jaber border crossing"]


def test_a_dateline_is_not_carried_as_the_place_of_a_headline_figure():
    text = ("More than 200 Syrian soldiers cross into Jordan\n\n"
            "AMMAN, Jan 9 (Reuters) - More than 200 Syrian soldiers crossed into Jordan on Wednesday.\n")
    places = location_texts(text, "2025-01-09")
    assert "AMMAN" not in places and places[0] == "Jordan"


def test_a_return_is_placed_where_it_happened_not_where_it_went():
    rows = findings("Jordan handed 340 Syrian soldiers back to Damascus at the Jaber border crossing on Sunday.",
                    "2025-02-03")
    assert [r["location_text"] for r in rows["counts"]] == ["Jaber border crossing"]


@pytest.mark.parametrize(("text", "expected"), [
    # the verb right before the figure governs it; a noun of the same event after the people ("in two handovers")
    # only repeats it, so the route between them is the figure's
    ("Chad handed back 320 Sudanese soldiers through the Adre crossing in two handovers.", "Adre crossing"),
    ("Between March and May, Kenya handed back about 300 of the men at Moyale in two handovers.", "Moyale"),
])
def test_a_return_verb_before_the_figure_governs_a_return_noun_after_it(text, expected):
    assert location_texts(text, "2025-06-01") == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the town of the officials who said it is where the words came from; the return went through the border town
    ("Its representatives at Ramadi said that nearly 400 soldiers who had asked to go home had been sent back "
     "into Syria through Albu Kamal since Monday.", "Albu Kamal"),
    # a town of the host named before the figure, where no one speaks, is where the handover happened
    ("At Ramadi, nearly 400 soldiers who had asked to go home were put on buses and sent back to Albu Kamal.",
     "Ramadi"),
])
def test_where_a_return_beyond_the_host_happened(text, expected):
    rows = findings("Iraq holds the Syrian soldiers. " + text, "2025-01-10")["counts"]
    assert [r["location_text"] for r in rows] == [expected]


def test_a_part_of_the_figure_in_an_of_whom_clause_does_not_give_it_its_place():
    rows = findings("Hundreds of Syrian soldiers fled in December. The report puts the number still in Jordan "
                    "at 427, of whom 163 are held at Camp Taji.", "2025-02-03")["counts"]
    rows = [r for r in rows if r["count_text"] == "427"]
    assert rows[0]["location_text"] == "Jordan"


@pytest.mark.parametrize("text", [
    "A monitor says about 180 Ukrainian soldiers are still in Hungary, and that some have been moved to the "
    "Nyirbator camp, near Debrecen.",
    "Roughly 90 Armenian troops remain in Georgia, and most were taken to the Krtsanisi base, outside Tbilisi.",
])
def test_a_place_in_a_clause_about_some_of_them_is_not_the_figures(text):
    # the clause of "some"/"most" is about a part; neither its site nor the town that locates the site is
    # where the whole figure is
    assert location_texts(text, "2025-02-03")[0] in ("Hungary", "Georgia")


def test_a_place_after_an_aside_on_who_they_are_is_still_the_figures():
    # ", nearly all of them officers," sets off who the men are; the clause goes on to say where they are
    text = ("Kenya sent 180 Ethiopian soldiers home through the Moyale crossing on Monday, leaving about 90 men, "
            "nearly all of them officers, in Kenya, the interior ministry said.")
    assert location_texts(text, "2025-02-03")[1] == "Kenya"


def test_the_capital_a_ministry_speaks_from_is_not_the_figures_place_even_with_the_day_between():
    text = ("Polish troops crossed into Romania on Sunday.\n\nThe communique issued by the Ministry of the Interior "
            "at Bucharest yesterday evening stated that 8,400 Polish soldiers had crossed the frontier.")
    assert location_texts(text, "1939-09-20") == ["Romania"]


@pytest.mark.parametrize(("text", "not_there"), [
    ("Jordan handed 120 Syrian soldiers to the authorities in Damascus on Monday.", "Damascus"),
    ("Syrian soldiers fled into Iraq. On the first night, officials in Anbar province spoke of about 2,000 men.",
     "Anbar province"),
])
def test_the_seat_of_a_government_or_the_province_of_officials_is_not_the_figures_place(text, not_there):
    assert not_there not in location_texts(text, "2025-01-15")


@pytest.mark.parametrize("text", [
    # the town of a spokesman named after the figure: where the speaker is based
    "Bosnian fighters fled into Croatia. The agency counted 21,870 people, its spokesman in Zagreb, Peter Hallgren, "
    "said on Wednesday.",
    # ... and so not carried to the next figure about the same people
    "Bosnian fighters fled into Croatia. The agency counted 21,870 people who crossed, its spokesman in Zagreb "
    "said. Of those, about 4,700 crossed with their rifles.",
])
def test_the_town_of_a_speaker_named_after_the_figure_is_not_the_figures_place(text):
    assert "Zagreb" not in location_texts(text, "1995-08-24")


SPEAKERS_OF_A_REGION = {
    "a region's name before the speaker's noun": (
        "Chadian soldiers crossed into Cameroon at Kousseri.\n\nA Far North tribal chief told local radio that "
        "\"more than 900\" soldiers came through.", "Far North"),
    "the speaker's post in a province": (
        "Chadian soldiers crossed into Cameroon at Kousseri.\n\nA local official in Far North Region told "
        "reporters the number was \"well over 900\".", "Far North"),
    "a relative clause on the speaker's command": (
        "Chadian soldiers crossed into Cameroon at Kousseri.\n\nColonel Ndongo, who commands the army's "
        "operations in the Far North, said the arrivals included some 120 officers.", "Far North"),
}


@pytest.mark.parametrize("case", list(SPEAKERS_OF_A_REGION))
def test_the_province_in_the_speakers_own_noun_phrase_is_not_the_figures_place(case):
    text, not_there = SPEAKERS_OF_A_REGION[case]
    assert not_there not in " ".join(str(t) for t in location_texts(text, "2024-06-20"))


def test_officials_of_a_province_who_have_spoken_of_a_figure_speak_from_it():
    text = ("About 1,300 Chadian soldiers crossed into Cameroon at Kousseri.\n\nFar North regional officials have "
            "spoken of nearly 1,200.")
    assert location_texts(text, "2024-06-20") == ["Kousseri", "Kousseri"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chadian soldiers crossed into Cameroon.\n\nIn the Far North, officials said 900 soldiers are being held.",
     "Far North"),
    ("Chadian soldiers crossed into Cameroon.\n\nAn MP from the Far North said that \"nearly 900\" Chadian "
     "troops were in the province.", "Far North"),
])
def test_a_province_that_opens_the_sentence_or_that_the_figure_points_back_to_is_its_place(text, expected):
    assert expected in " ".join(str(t) for t in location_texts(text, "2024-06-20"))


def test_the_town_of_local_authorities_is_where_the_people_are():
    text = ("Fighting pushed Congolese troops into Uganda. Some 300 Congolese soldiers were registered by the Ugandan "
            "authorities in Arua.")
    assert location_texts(text, "2025-01-15") == ["Arua"]


def test_the_town_of_a_rights_group_or_a_daily_is_where_news_came_from():
    text = ("Congolese troops fled into Uganda last month. A lawyer with a Kampala rights group said 40 of the "
            "soldiers were held.")
    assert location_texts(text, "2025-01-15") == ["Uganda"]


def test_the_town_is_the_town_named_last_before_it():
    text = ("Dozens of Somali soldiers crossed into Mandera in Kenya on Monday. Officials said 80 of them are "
            "being held at a police camp outside the town.")
    first, held = findings(text, "2020-03-03")["counts"]
    assert (first["location_text"], held["location_text"]) == ("Mandera", "the town")
    assert held["location_id"] == first["location_id"]


def test_the_town_named_after_of_is_that_town_not_the_one_named_before():
    # the dateline's town is named last before "the border town", but "of Ruwaished" says which town it is
    text = ("AMMAN, 20 January (Wire) - Jordan said it had registered 300 soldiers at a centre in the border town "
            "of Ruwaished.")
    assert location_texts(text, "2025-01-20") == ["Ruwaished"]


def test_people_held_at_a_town_known_for_its_camp_are_at_the_camp():
    text = "Hundreds of Syrian soldiers fled into Iraq. Some 40 officers remain at Taji."
    rows = [r for r in findings(text, "2025-03-01")["counts"] if r["count_text"] == "Some 40"]
    assert [(r["location_id"], r["location_precision"]) for r in rows] == [("curated:camp-taji", 1)]


@pytest.mark.parametrize("text", [
    "About 2,400 Syrian soldiers crossed into Iraq from Al-Bukamal on Saturday.",
    "Iraq handed 1,905 Syrian soldiers back to Syria through Al-Bukamal on Thursday.",
])
def test_people_who_crossed_at_a_town_known_for_its_crossing_crossed_at_the_crossing(text):
    rows = findings(text, "2025-03-01")["counts"]
    assert [(r["location_id"], r["location_precision"]) for r in rows] == [("curated:al-qaim-border-crossing", 1)]


TREBIL = "Jordanian border guards received 410 Iraqi soldiers at the Trebil border crossing on Friday.\n\n"


@pytest.mark.parametrize(("text", "second"), [
    # an entry that names no place is at the site the article gives its entries
    (TREBIL + "The men were disarmed. Another 95 arrived overnight, a border officer said.",
     ("Trebil border crossing", 1)),
    # an entry that names a country keeps the country
    (TREBIL + "Another 95 soldiers fled into Jordan overnight, a border officer said.", ("Jordan", 6)),
    # the host country by reference ("into its territory") keeps the host country
    ("Tajik guards let 300 Afghan soldiers in at Panji Poyon on Monday. Jordan is not involved. "
     "Tajikistan later said it had let 1,037 Afghan servicemen into its territory.", ("Tajikistan", 6)),
    # a return is never placed at a town of the country the people went back to
    ("Iraq sent 600 Syrian soldiers back to Damascus on Monday.\n\n"
     "A further 140 went home on Wednesday, officials said.", (None, None)),
    # "the bridge" is the one border crossing the article names
    ("A further 84 soldiers crossed the Al-Qaim border crossing on Monday. "
     "The 84 were handed back to Syrian officials at the bridge a week later.", ("the bridge", 1)),
    # a sentence with no figure says where the article's entries happened
    ("Ghanaian guards saw 14 officers leave Lome by road. The soldiers came over the Aflao border crossing "
     "on Sunday night.\n\nGhanaian officials later put the number who crossed that night at 212.",
     ("Aflao border crossing", 1)),
    # with no site of its own, an entry is at the crossing the article gives its returns ...
    ("Zambia returned 300 Angolan soldiers through the Chavuma border post on Friday.\n\n"
     "In all, 410 Angolan soldiers had fled in July, a border officer said.", ("Chavuma border post", 1)),
    # ... but not at a town the returns left from, and "entered the country" names the host country
    ("Zambia returned 300 Angolan soldiers to Luanda from Mongu on Friday.\n\n"
     "In all, 410 Angolan soldiers had fled in July, a border officer said.", ("Zambia", 6)),
    ("Zambia returned 300 Angolan soldiers through the Chavuma border post on Friday.\n\n"
     "In all, 410 Angolan soldiers had entered the country in July, a border officer said.", ("Zambia", 6)),
])
def test_where_the_article_places_a_second_figure_of_the_same_event(text, second):
    assert places(text)[1] == second


def test_the_crossing_is_the_crossing_named_last_before_it_a_town_counting_as_its_crossing():
    text = ("Syrian soldiers began arriving at Al-Qaim on Saturday. Officials said 2,150 soldiers had been "
            "registered at the crossing by Sunday.\n\nIn 2013, dozens fled an assault on the Yarubiya border post.")
    rows = findings(text, "2024-12-09")["counts"]
    assert rows[0]["location_text"] == "the crossing"
    assert GAZETTEER.get(rows[0]["location_id"]).name == "Al-Qaim Border Crossing"


def test_the_host_is_the_country_of_the_sites_the_article_names_not_the_most_named_country():
    text = ("Syria asks for its officers back\n\n"
            "Syria wants the men returned, and Syria's new army says Syria will not prosecute them. "
            "About 90 officers were moved to Camp Taji in January. Iraq has hosted them since December.\n\n"
            "Iraq's interior ministry says fewer than 80 former Syrian personnel remain in the country.")
    rows = findings(text, "2025-09-01")["counts"]
    assert GAZETTEER.get(rows[-1]["location_id"]).name == "Iraq"


@pytest.mark.parametrize(("text", "expected"), [
    # where the spokesman spoke is not where the people went
    ("A spokesman told reporters in Baghdad that 1,200 soldiers had crossed at the Al-Qaim border crossing the "
     "week before.", "Al-Qaim border crossing"),
    ("Speaking in Amman on Monday, the minister said 300 soldiers had crossed into Jordan.", "Jordan"),
    # an estimate names the people's place, not a place of saying
    ("An officer put the number who crossed at Al-Qaim at 2,000.", "Al-Qaim"),
    # the capital a speaker speaks from is the government's seat, not where the people are
    ("Uganda took in the soldiers. An official of the ministry in Kampala gave the figure as 900 soldiers.", "Uganda"),
    # a capital standing for its government speaks; a country that speaks is still where they are
    ("Uganda took in the soldiers. Kinshasa said on Friday that 900 soldiers had deserted.", "Uganda"),
    ("Uganda says 900 Congolese soldiers crossed the border.", "Uganda"),
    # and so it does with an auxiliary before its verb
    ("Uganda took in the soldiers. Kinshasa has repeatedly said that 900 soldiers had deserted.", "Uganda"),
])
def test_a_place_of_saying_is_not_the_figures_place(text, expected):
    assert places(text)[0][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an entry is placed where they went, not the province they left ...
    ("Around 250 Sudanese soldiers crossed into Chad from West Darfur in April.", "Chad"),
    # ... but a town or crossing they came through pins the crossing itself
    ("Hundreds of soldiers crossed into Iraq from the Al-Bukamal border area.", "Al-Bukamal border area"),
    # ... unless the town they came into is named too
    ("Lon Nol troops pour into Thailand\n\nARANYAPRATHET, Thailand, April 25 - The remnants of the Khmer Republic "
     "army are still trickling across the border into Thailand a week after Phnom Penh fell.\n\nThai officials said "
     "about 1,200 Cambodian soldiers had crossed the bridge from Poipet into Aranyaprathet.", "Aranyaprathet"),
    # a country by its name is the country, not a town of the same name
    ("About 400 Venezuelan soldiers crossed into Colombia on Saturday.", "Colombia"),
    # a place after a move only asked for, before the verb that admitted them, is theirs
    ("Officials said around 900 soldiers had asked to enter Iraq at Zakho and had been allowed in.", "Zakho"),
    # a second predicate that moves on in time ("and are now living in") tells of another event
    ("A video says 10,000 soldiers crossed into Iraq's Anbar province and are now living freely in Ramadi.",
     "Anbar province"),
    # people spread over several towns of the host country are in the country, not the first of the towns
    ("Iraq took in the soldiers. About 900 were later moved to camps in Ramadi, Haditha and Fallujah.", "Iraq"),
    # ... but two places are a route, not a spread
    ("Iraq took in the soldiers. About 900 were later moved from Ramadi to Haditha.", "Haditha"),
    # a list with names the gazetteer does not know is still a list
    ("Iraq took in the soldiers. About 900 were later moved to camps in Ramadi, Kubaysah and Baghdadiyah.", "Iraq"),
])
def test_where_an_entry_went(text, expected):
    assert places(text)[0][0] == expected


def test_an_unplaced_entry_is_not_placed_at_a_town_the_people_left():
    text = ("More than 300 soldiers fled across the river from Myawaddy into Thailand this week. "
            "Thai officials say 165 soldiers have crossed since Tuesday.")
    assert [name for name, _ in places(text)] == ["Thailand", "Thailand"]


@pytest.mark.parametrize("text", [
    "Relatives say 112 officers are still on Jordanian soil.",
    "That left 216 men in Jordanian hands.",
])
def test_a_nationality_before_soil_or_hands_is_its_country(text):
    assert places(text)[0][0] == "Jordanian"
    assert places(text)[0][1] == 6


@pytest.mark.parametrize(("text", "expected"), [
    # a place inside the attribution is where the source was
    ("Among them, according to an official we met in Amman, are at least 20 generals who fled into Jordan.",
     "Jordan"),
    # with no main verb, the relative clause tells the figure's event, its places included
    ("He was one of about 900 soldiers who boarded buses at Zakho on 3 May and rode back across the border.",
     "Zakho"),
    # a relative clause before the main verb keeps its places
    ("Twelve customs officers who had been posted at Zakho crossed with the troops into Turkey.", "Turkey"),
    # a breakdown after a colon places its own parts, not the whole
    ("As of 22 May, 510 soldiers remained in custody in Dohuk province: 371 at Zakho and 139 at Amadiya.",
     "Dohuk province"),
    # a country yields to the crossing the rest of the sentence sends them across
    ("Iraq handed 640 Syrian soldiers back to Syria on Monday, sending them across the Al-Qaim border "
     "crossing in buses.", "Al-Qaim border crossing"),
    # where they sought refuge, not where the war they fled was
    ("The new arrivals bring to about 1,100 the number of Cambodian troops who have sought refuge in Thailand "
     "since the fighting in Phnom Penh.", "Thailand"),
    # a dateline with a day and month is where the report was filed
    ("BAKU, 3 November – Up to 1,500 Azerbaijani soldiers crossed into Iran last week.", "Iran"),
    # a month-day dateline with its agency, whose name may be a town's, is where the report was filed
    ("MASHHAD, Iran, Nov 3 (Meridian) - Near the border, some 1,500 Afghan soldiers are being held in camps.", "Iran"),
    # a pass the gazetteer lacks is a crossing
    ("More than 300 royalist soldiers crossed into Thailand at the Chong Chom pass on Monday.", "Chong Chom pass"),
    # a part of them at a site does not place the whole
    ("Officials say fewer than 100 officers are still in Jordan, most of them at a camp in Mafraq.", "Jordan"),
    ("Some 175 soldiers are still in Brazil, mostly officers, mostly at Boa Vista.", "Brazil"),
    ("Some 140 Afghan airmen are still in Tajikistan, and the pilots among them are kept at a sanatorium in "
     "Dushanbe.", "Tajikistan"),
    ("About 75 Ivorian soldiers remain in Ghana, and a few were taken to a camp near Takoradi.", "Ghana"),
])
def test_places_that_are_not_the_whole_figures(text, expected):
    assert places(text)[0][0] == expected


def test_a_part_of_a_whole_named_by_its_number_is_where_the_whole_is():
    text = ("Jordan still holds 90 Iraqi officers at the Ruwaished camp, an official said. They were moved there "
            "in March. Of the 90, 12 are generals.")
    assert places(text)[1] == ("Ruwaished camp", 1)


def test_a_part_of_a_named_whole_is_where_the_whole_is_not_where_the_sentence_before_puts_others():
    text = ("Jordan still holds 420 Syrian soldiers at the Ruwaished camp. The remaining 47 are held at a base near "
            "Amman. Of the 420, 318 are officers.")
    assert location_texts(text, "2025-01-20")[-1] == "Ruwaished camp"


@pytest.mark.parametrize(("text", "expected"), [
    # "the camp in Al-Rutba" is the town's camp, not the article's one named camp
    ("About 200 officers were moved to Camp Taji in January. About 180 officers were still at the camp in Al-Rutba "
     "in March.", "Al-Rutba"),
    # "the camp at Taji" is the named camp itself
    ("About 200 officers were moved to Camp Taji in January. About 180 officers were still at the camp at Taji "
     "in March.", "the camp"),
    # a place in a time phrase after the figure names when, not where they went
    ("Syrian soldiers crossed into Iraq in December. A spokesman said 81 officers remained at the camp and that 53 "
     "had returned to Syria voluntarily since the transfer to Taji.", "Syria"),
    # a clause after "since" is another event, whose place may well be the figure's
    ("Iraq handed back 1,905 Syrian soldiers, the first large return since the troops crossed at the Al-Qaim "
     "crossing.", "Al-Qaim crossing"),
])
def test_a_figure_is_placed_by_its_own_words_not_another_towns_camp_nor_a_place_that_dates_it(text, expected):
    assert location_texts(text, "2025-04-01")[-1] == expected


def test_a_part_of_a_placed_group_is_where_the_group_is():
    text = ("In February, 164 men were moved from the airfield to Camp Taji. At least 38 of the officers have asked "
            "to be resettled in a third country, an official said.")
    assert places(text)[-1][0] == "Camp Taji"


def test_a_part_whose_own_clause_names_the_country_is_in_that_country_not_the_groups_camp():
    text = ("In February, 164 men were moved from the airfield to Camp Taji. An official said last week that 76 of "
            "the men remained in Iraq, of whom 30 are officers.")
    assert places(text)[1][0] == "Iraq"


def test_a_part_named_with_its_place_is_there():
    text = ("Some 300 soldiers remain at the Al-Marsana airfield. An official said at least 41 of the officers at "
            "Camp Taji have lodged asylum applications.")
    assert places(text)[-1][0] == "Camp Taji"


def test_a_figure_after_and_with_its_own_verb_takes_its_own_place():
    text = ("About 300 Chadian soldiers stayed at the camp in Kousseri, Cameroon. On 21 May, 22 return to Chad "
            "and six are moved to Maroua.")
    assert [name for name, _ in places(text)][-2:] == ["Chad", "Maroua"]


@pytest.mark.parametrize(("text", "not_there"), [
    # a part of a group whose own sentence names another place keeps it
    ("In February, 164 men were moved to Camp Taji. Between 30 and 40 of the soldiers were wounded and are being "
     "treated at a hospital in Baghdad.", "Camp Taji"),
    # a country a return passed through yields to the crossing it reached
    ("Some 2,000 Azerbaijani soldiers fled into Iran. The ministry in Baku said 612 servicemen had been brought back "
     "through Iranian territory to the Bilasuvar crossing since Monday.", "Iran"),
    # where a body is based is not where the people are
    ("Layal Haddad of the Damascus-based Syrian Centre for Transitional Justice said 40 returnees had been "
     "questioned.", "Damascus"),
    # where most of them stay is not where the whole figure is
    ("Iraq is holding 2,500 Syrian soldiers, most of them at Al-Marsana.", "Al-Marsana"),
])
def test_a_place_that_is_not_the_events_is_not_chosen(text, not_there):
    assert places(text)[-1][0] != not_there


@pytest.mark.parametrize(("text", "published", "host"), [
    # the guardsmen's own country is named most, but they are sheltered in the other one
    ("Honduras shelters Nicaraguan guardsmen\n\n"
     "Nicaragua wants the men back, and Nicaragua's new government says Nicaragua will try them. "
     "Honduras has not answered. About 400 Nicaraguan guardsmen remain, a Red Cross delegate said.",
     "1979-08-10", "Honduras"),
    # an interview at the crossing never names its country, only the soldiers' own: the sites' country hosts
    ("The nights Syria's army came over\n\n"
     "The commander of the Al-Qaim border crossing spoke of the nights Syria's soldiers came over.\n\n"
     "Syria wants them back. About 300 officers remain, he said.", "2025-03-10", "Iraq"),
])
def test_the_host_is_never_the_country_whose_people_are_counted(text, published, host):
    rows = findings(text, published)["counts"]
    assert [GAZETTEER.get(r["location_id"]).name for r in rows] == [host]


def test_a_site_in_the_country_they_left_does_not_outvote_the_country_the_article_names():
    # the one site named is the airport a captain flew out of, in the soldiers' own country
    text = ("Lao soldiers land in Thailand\n\nSome 1,100 Lao soldiers crossed into Thailand this week, officials "
            "said. A captain who commanded a company at the Vientiane airport until May said he came with them.")
    assert ArticleDoc("a1", text, "en", "1975-05-29", "day").mentions.host.surface == "Thailand"


def test_of_two_countries_named_as_often_the_host_is_the_one_whose_towns_the_article_names():
    text = ("Turned back at the river by Hungary, the Croatian column went west. Austria let it in. Some 900 "
            "soldiers were interned in camps, and Graz and Linz paid for their keep. Hungary protested. Austria "
            "said nothing.")
    rows = findings(text, "1919-05-02")["counts"]
    assert [GAZETTEER.get(r["location_id"]).name for r in rows] == ["Austria"]


@pytest.mark.parametrize(("text", "expected"), [
    # a figure that tells of no movement is still about the people in the host country
    ("Zambia is under pressure over the Angolan soldiers. Diplomats put the figure at between 600 and 800 "
     "armed men.", "Zambia"),
    # a return has no host default: it ends in the country they left, when the article names it ...
    ("Zambia is under pressure over the soldiers who fled the war in Angola. Officials said 75 Angolan soldiers "
     "were handed back last week.", "Angola"),
    # ... and has no place when it does not
    ("Zambia is under pressure over the Angolan soldiers. Officials said 75 soldiers were handed back.", None),
    # ... and when no figure names their nationality, the country of the nationality the article names most
    ("Zambia took in the soldiers of the Angolan army, and Angolan officers have called from Angola. Officials "
     "said 75 soldiers were handed back.", "Angola"),
    # a figure that stays in the host country is not sent home
    ("Zambia is under pressure over the soldiers who fled the war in Angola. Officials said 75 Angolan soldiers "
     "are still held.", "Zambia"),
])
def test_the_host_country_is_the_last_resort_for_any_figure_but_a_return(text, expected):
    (row,) = findings(text, "2002-08-15")["counts"]
    assert (GAZETTEER.get(row["location_id"]).name if row["location_id"] else None) == expected


def test_an_office_word_is_not_a_town():
    # "Minister" is a village in Ohio; a report that names the US twice reads its towns
    text = ("The US embassy and the US army were told. Vice Minister Rodrigo Castillo said 19 officers were "
            "disarmed at the border and 40 more were taken to a holding center.")
    names = [m["surface"] for m in findings(text, "1990-01-12")["location_mentions"]]
    assert "Minister" not in names


@pytest.mark.parametrize(("text", "expected"), [
    # where they ask to be sent is not where they are
    ("Honduras holds the guardsmen. Some 84 officers have asked to be flown on to Guatemala.", "Honduras"),
    # where they ask to stay is
    ("Honduras holds the guardsmen. Some 40 men have asked to stay in Tegucigalpa.", "Tegucigalpa"),
])
def test_a_place_the_people_only_ask_to_go_to_is_not_theirs(text, expected):
    (row,) = findings(text, "1979-07-30")["counts"]
    assert GAZETTEER.get(row["location_id"]).name == expected


def test_this_town_is_where_the_report_was_filed():
    text = ("Guardsmen in exile\n\nMAE SOT, Thailand — Soldiers keep arriving. The Thai army is holding more than "
            "300 of them in a rice warehouse on the edge of this dusty border town.")
    (row,) = findings(text, "1979-07-30")["counts"]
    assert GAZETTEER.get(row["location_id"]).name == "Mae Sot"


@pytest.mark.parametrize(("text", "expected"), [
    # the route most of them took is still the figure's; where they are held is, unless only most of them are
    ("Iraq has returned 2,000 Syrian soldiers since March, most of them through the Al-Qaim crossing.",
     "Al-Qaim Border Crossing"),
    ("Iraq is holding 2,500 Syrian soldiers at Al-Marsana.", "Al-Marsana Airfield"),
    # "there" is the most precise place of the sentence before
    ("One of them spoke to us at Camp Taji, north of Baghdad, last week. He is one of about 200 Syrians still "
     "held there.", "Camp Taji"),
    # or of its own sentence, before it
    ("Officials in Rutba said about 40 more soldiers had arrived there overnight.", "Al-Rutba"),
    # "the base" in an article of several sites is the one named last before it
    ("The army moved the officers to Camp Taji in January and the soldiers to the Al-Marsana airfield in "
     "February. Officials said fewer than 60 officers remained at the base.", "Al-Marsana Airfield"),
    ("The army moved the soldiers to the Al-Marsana airfield in January and the officers to Camp Taji in "
     "February. Officials said fewer than 60 officers remained at the base.", "Camp Taji"),
])
def test_the_place_of_a_figure_named_by_there_the_base_or_its_route(text, expected):
    (row,) = findings(text, "2025-04-22")["counts"]
    assert GAZETTEER.get(row["location_id"]).name == expected


def test_there_are_opens_no_place():
    text = "The men were driven to Camp Taji. There are now about 200 of them, officials said."
    assert location_texts(text, "2025-04-22")[-1] != "There"


def test_a_country_in_the_counted_phrase_before_the_verb_is_not_its_object():
    text = ("SAN JOSE - Costa Rica is sheltering 173 members of Panama's disbanded Defense Forces who slipped across "
            "the southern border, the ministry said.")
    rows = findings(text, "1990-01-12")["counts"]
    assert [GAZETTEER.get(r["location_id"]).name for r in rows] == ["Costa Rica"]


def test_a_place_s_press_is_not_where_the_people_are():
    text = ("Thailand disarmed the Lao soldiers. An interior ministry tally quoted in the Bangkok press in July put the "
            "number of Lao soldiers disarmed on the Thai side at 3,412.")
    rows = findings(text, "1975-08-01")["counts"]
    assert all(r["location_text"] != "Bangkok" for r in rows)


def test_a_return_by_the_host_ends_in_the_country_they_went_back_to():
    text = ("Myanmar soldiers who fled the fighting\n\nMore than 600 Myanmar soldiers crossed into Bangladesh. "
            "Bangladesh sent back about 330 Myanmar soldiers by sea in February, the army said.")
    rows = findings(text, "2024-03-01")["counts"]
    assert [GAZETTEER.get(r["location_id"]).name for r in rows][-1] == "Myanmar"


@pytest.mark.parametrize(("text", "expected"), [
    # "there" after the figure stands for the site named before, not the town that locates it
    ("Camp life\n\nIn late December I went to the Al-Marsana airfield near Al-Rutba. The first group had gone "
     "home, but there were still more than 500 men there, sleeping in hangars.", "Al-Marsana"),
    # an existential "there were" points nowhere: the figure keeps the host country
    ("Camp life\n\nThe first group went home from Al-Rutba on Monday. There were still more than 500 soldiers in "
     "Iraq, officials said.", "Iraq"),
    # "here" too, and a relocation is never placed where it left from
    ("Camp life in Jordan\n\nOfficers wait outside the barracks of a base near Zarqa. About 140 men were moved "
     "here from Mafraq last week, a guard said.", "Zarqa"),
    # people who stay are not where they came from
    ("Camp life in Jordan\n\nThe camp near Zarqa, early January. Around 120 men were living here by then, officers "
     "and soldiers who had come down from Mafraq.", "Zarqa"),
    # "here are the figures" points nowhere
    ("Camp life\n\nThe first group went home from Al-Rutba on Monday. Here are the figures: 320 soldiers remain "
     "in Iraq.", "Iraq"),
    # a sentence that opens on "There," is at the place named before, not at the crossing the article began with
    ("Exile in Bulgaria\n\nThe column crossed the frontier near Orsova in August. The Ottoman authorities gathered "
     "them at Vidin, a fortress town on the Danube in what is now Bulgaria. There, according to a historian, commissioners registered 3,873 "
     "Hungarian soldiers.", "Vidin"),
])
def test_there_is_the_place_named_before(text, expected):
    (place, _), *_ = [p for p in places(text)][-1:]
    assert expected in (place or "")


@pytest.mark.parametrize("text", [
    "Troops came over at the Al-Qaim crossing all week. The governor of Anbar put their number at 2,600.",
    "Troops came over at the Al-Qaim crossing all week. The Anbar governor's office told reporters that some 2,600 "
    "soldiers had come across.",
])
def test_a_province_named_for_a_governors_office_is_the_speakers_not_the_peoples(text):
    assert location_texts(text, "2024-12-12") == ["Al-Qaim crossing"]


def test_a_district_named_for_its_commissioner_is_where_the_people_are():
    text = ("Khalid Ubaid, the district commissioner of Al-Qaim, told local radio that more than 600 Syrian soldiers "
            "are now inside the district.")
    assert location_texts(text, "2024-12-12") == ["Al-Qaim"]


def test_the_place_in_the_words_that_say_who_a_figure_counts_is_theirs():
    text = ("Claim: more than 5,000 Syrian soldiers crossed into Iraq. Verdict: false. Official figures put the number "
            "who crossed at Al-Qaim at roughly 2,400, and most of them have since been returned to Syria.")
    assert location_texts(text, "2025-01-20") == ["Iraq", "Al-Qaim"]


def test_a_relocation_from_a_place_is_at_the_site_the_paragraph_holds_them_in_not_where_others_came_from():
    text = ("As of 16 February, 190 former Syrian servicemen were being held at Camp Taji, north of Baghdad. The ministry "
            "says 160 of them were brought from a site near Al-Rutba on 2 February; the rest came from Al-Marsana "
            "airfield a week later.")
    assert location_texts(text, "2025-02-24") == ["Camp Taji", "Camp Taji"]


def test_a_participle_going_on_with_a_return_says_where_it_happened():
    text = ("Iraqi forces on Sunday sent back 640 Syrian soldiers who had fled into Anbar province, delivering "
            "them to Syrian officers at the Al-Qaim border crossing.")
    assert places(text) == [("Al-Qaim border crossing", 1)]


def test_a_later_clause_about_other_people_does_not_place_a_return():
    text = ("Iraqi forces on Sunday sent back 640 Syrian soldiers who had fled into Anbar province, leaving 35 "
            "officers at the Al-Qaim border crossing.")
    # the 35 left behind are at the crossing; the 640 sent back are placed by their own clause only
    assert places(text) == [("Anbar province", 4), ("Al-Qaim border crossing", 1)]


# The title's crossing sets the scene for figures that name no place (places/setting.py)
TITLED = "\n\nThe first buses left Iraq at dawn.\n\nBy noon, officials had counted 1,150 men.\n"


def test_a_figure_without_a_place_stands_at_the_crossing_the_title_names():
    text = "Twelve hours at the Rabia border crossing as buses take Syrian soldiers home" + TITLED
    assert location_texts(text, "2025-01-02") == ["Rabia border crossing"]


def test_the_title_crossing_of_another_caseload_sets_the_scene_too():
    text = ("A long night at the Elubo border post as Ivorian soldiers flee to Ghana\n\nGhana has opened its border."
            "\n\nBy the morning, officials had counted 212 soldiers.\n")
    assert location_texts(text, "2011-04-02") == ["Elubo border post"]


@pytest.mark.parametrize("title", [
    "Inside Camp Taji, where Syrian officers wait",  # a camp is what the piece is about, not where it happens
    "A long day between the Rabia border crossing and the Al-Qaim border crossing",  # two scenes
    "A long day for Syrian soldiers in Iraq",  # no crossing at all
])
def test_a_title_without_one_crossing_leaves_the_host_country(title):
    assert location_texts(title + TITLED, "2025-01-02") == ["Iraq"]


# Where the title names no crossing, the lead paragraph's one crossing sets the scene for crossings of the border
LEAD = ("A day at the gate: the man who counted an army\n\nHe has worked at the Moyale border post for eleven "
        "years. Most days he checks lorries of cement, sugar and tomatoes coming from both sides of the border. "
        "{second}\n\nOn the first night, {figure}\n")


@pytest.mark.parametrize(("second", "figure", "expected"), [
    ("In March it was soldiers.", "more than 600 soldiers came across.", ["Moyale border post"]),
    # two crossings in the lead set no scene; a figure of neither a crossing nor a stay is not placed there
    ("Before that he served at the Mandera border post.", "more than 600 soldiers came across.", ["Kenya"]),
    ("In March it was soldiers.", "he says, 40 soldiers were sick.", ["Kenya"]),
])
def test_a_crossing_with_no_place_stands_at_the_one_crossing_of_the_lead(second, figure, expected):
    text = LEAD.format(second=second, figure=figure) + "Kenya disarmed the Ethiopian soldiers.\n"
    assert location_texts(text, "2024-06-02")[:1] == expected


def test_people_who_stay_are_not_placed_at_the_title_crossing():
    text = ("Twelve hours at the Rabia border crossing as buses take Syrian soldiers home\n\nThe first buses left Iraq "
            "at dawn.\n\nAbout 60 are still in the country, an officer said.\n")
    assert location_texts(text, "2025-01-02") == ["Iraq"]


@pytest.mark.parametrize(("text", "expected"), [
    # the place in the counted noun phrase is where the people are, over a later place their clause names
    ("Nearly 900 men at Camp Taji refused food, and within a week the strike had spread to Ramadi and Fallujah.",
     ["Camp Taji"]),
    ("The doctor reported to Baghdad that at least 60 men at Camp Taji were too ill to travel.", ["Camp Taji"]),
    # over the country an adjective before the figure names
    ("Iraqi security sources told us that dozens of officers at Al-Rutba, among them several colonels, had refused to "
     "sign the forms.", ["Al-Rutba"]),
    # a move keeps the place it happened at: the group's place is where they left
    ("About 120 soldiers at Camp Taji were moved to Baghdad on Monday.", ["Baghdad"]),
])
def test_a_place_in_the_counted_noun_phrase_places_people_who_stay(text, expected):
    assert location_texts(text, "2025-01-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a site before the figure, then the town that locates it: the site
    ("When we first reached the Al-Marsana airfield near Al-Rutba on 15 December, there were around 2,300 men "
     "sleeping in two hangars.", ["Al-Marsana airfield"]),
    ("At Camp Taji, north of Baghdad, there were some 400 officers by the end of January.", ["Camp Taji"]),
    # a town named first stays: the second place is no site inside it
    ("From Baghdad to Camp Taji the convoy took 400 officers.", ["Camp Taji"]),
])
def test_a_site_located_by_a_town_after_it_is_the_figures_place(text, expected):
    assert location_texts(text, "2025-02-05") == expected


@pytest.mark.parametrize(("text", "capital"), [
    ("Relatives say 112 officers remain in the Jordanian capital.", "Amman"),
    ("About 40 of the pilots were flown on to the Thai capital on Friday.", "Bangkok"),
])
def test_the_capital_a_nationality_names_is_that_countrys_capital(text, capital):
    rows = findings(text, "2025-01-20")["counts"]
    assert [GAZETTEER.get(r["location_id"]).name for r in rows] == [capital]
    assert rows[0]["location_precision"] < places("Relatives say 112 officers are still on Jordanian soil.")[0][1]


def test_a_capital_without_the_or_a_nationality_is_no_place():
    # "capital" as money, and a nationality's capital named without "the", place nothing
    assert location_texts("The fund said 300 soldiers received Syrian capital grants in Jordan.", "2025-01-20") == \
        ["Jordan"]


@pytest.mark.parametrize(("text", "expected"), [
    # a paper's city in parentheses is where the paper sits, not where its figure's people went
    ("Al-Yawm (Baghdad, state-owned daily) led with an army statement: 96 former Syrian soldiers who asked to "
     "return crossed back on Sunday.", [None]),
    ("Al-Yawm (Amman) reported that 96 soldiers had crossed into Jordan.", ["Jordan"]),
    # a province in parentheses after its town still places the town's figure
    ("Some 96 soldiers were counted at Rutba (Anbar) on Sunday.", ["Rutba"]),
])
def test_a_place_in_parentheses_after_a_name_is_where_that_body_sits(text, expected):
    assert location_texts(text, "2025-01-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fall of a place is an event of the story
    ("Afghan troops flee\n\nOver those two days, as Kabul fell, thousands of Afghan troops walked up to this gate.",
     [None]),
    ("As Kabul fell, about 600 Afghan soldiers crossed into Uzbekistan at Termez.", ["Termez"]),
])
def test_a_place_that_fell_is_no_place_of_the_figure(text, expected):
    assert location_texts(text, "2025-01-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a move is placed where it went, even when the place it left is named after a few words ("from tents at")
    ("On Monday about 260 soldiers were moved from tents at Al-Qaim to the base at Rutba.", ["Rutba"]),
    # ... and "away from the border in" names where they went, not where they left
    ("About 180 soldiers were moved to a camp away from the border in Anbar.", ["Anbar"]),
    # the place a speaker talked to the press is not where the people are
    ("Speaking to reporters in Ramadi, the officer put the number of soldiers still in the camp at 140.", [None]),
])
def test_where_a_move_went_not_where_it_left_or_where_someone_spoke(text, expected):
    assert location_texts(text, "2025-01-20") == expected


def test_a_nationality_before_waters_names_the_country():
    text = "Three patrol boats with some 90 sailors aboard reached Iraqi waters before dawn."
    assert [r["location_id"] for r in findings(text, "2025-01-20")["counts"]] == ["iso3166:IQ"]


def test_a_paragraph_opening_on_a_group_told_of_before_carries_the_place_of_the_paragraph_before():
    before = ("Sudan disarms soldiers\n\nKASSALA, Sudan — Sudanese forces have disarmed at least 270 soldiers who "
              "crossed into Kassala state this week, officials said on Tuesday.\n\nThe soldiers came over in several "
              "groups between 14 and 18 February near the Lafa crossing, a security official said.\n\n")
    group = "The largest group, 64 soldiers including five officers, arrived on Thursday, the official said."
    other = "Officials said 64 soldiers arrived on Thursday."
    assert location_texts(before + group, "2023-02-21")[1:] == ["Lafa crossing", "Lafa crossing"]
    assert location_texts(before + other, "2023-02-21")[1] != "Lafa crossing"


def test_a_sentence_ending_on_a_footnote_mark_is_prose_not_a_headline():
    # a headline's figure would take its place from the sentences after it, here another paragraph's camp
    text = ("Iraq disarmed the Syrian soldiers.\n\nOn 18 December, 1,900 Syrian soldiers were handed back at the "
            "Al-Qaim crossing.[3] A second group of 412 followed on 14 January.[4]\n\nThe number not "
            "accounted for by returns or by the Camp Taji group is small.")
    assert location_texts(text, "2025-04-01") == ["Al-Qaim crossing", "Al-Qaim crossing"]


@pytest.mark.parametrize("text", [
    # a group, a committee, officials: where they speak from, in the country the people left
    "Syrian officers are still held at Camp Taji, a year after they crossed into Iraq.\n\n"
    "A group of relatives in Homs says 88 of the officers remain in custody.",
    "Syrian officers are still held at Camp Taji, a year after they crossed into Iraq.\n\n"
    "A committee of families in Latakia puts the figure at 97 and says at least six of them remain in custody.",
])
def test_a_speaker_in_the_country_the_people_left_does_not_place_people_held_abroad(text):
    assert "Homs" not in location_texts(text, "2025-09-14") and "Latakia" not in location_texts(text, "2025-09-14")


def test_a_table_row_takes_no_place_from_the_text_after_the_table():
    # a row ends without a full stop like a subhead, but its neighbours are the rows above it, not the next
    # paragraphs ("… feared arrest if returned to Sudan" at a camp is not where 430 were sent back)
    text = ("Sudanese soldiers who fled into Chad, as of 1 June 2023\n\nCategory | Number | Date\nCrossed into Chad | 1,200 | 3 May 2023\n"
            "Sent back to Sudan | 430 | 19 May 2023\n\nIn interviews at the Farchana camp, several said they feared "
            "arrest if returned to Sudan. Others had not been able to reach their families.")
    assert location_texts(text, "2023-06-01") == ["Chad", "Sudan"]


@pytest.mark.parametrize("before, sentence", [
    ("Dozens of Moldovan officers are held at the Galati camp, officials said.",
     "An MP said that about 90 Moldovan officers had stayed on in the country."),
    ("The first trucks reached the Galati border crossing before dawn, officials said.",
     "By his own estimate more than 3,000 Moldovan soldiers crossed into Romania in those days."),
])
def test_a_figure_whose_sentence_names_the_host_country_keeps_it_over_the_site_before(before, sentence):
    """The writer chose the country ("in the country", "into Romania"): the camp or crossing the sentence before
    named does not replace it."""
    text = f"Romania hosts the Moldovan soldiers. {before} {sentence}"
    assert [(r["location_text"], r["location_precision"]) for r in findings(text, "2025-01-20")["counts"]][-1] == \
        ("Romania", 6)


def test_a_site_the_same_sentence_names_still_places_the_figure():
    text = ("Romania hosts the Moldovan soldiers. The first trucks reached the Galati border crossing before dawn. "
            "One night at Galati: how 2,000 Moldovan soldiers crossed into Romania.")
    assert places(text)[-1][1] in (1, 2)
