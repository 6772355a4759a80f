"""Who a figure counts, from the coordinated head nouns of its phrase."""

from __future__ import annotations

import pytest

from tests.extraction import findings


@pytest.mark.parametrize(("text", "population"), [
    ("About 400 soldiers and officers crossed into Jordan on Sunday.", "military_personnel"),
    # "officers and men": all ranks, the force as a whole
    ("The prefect said 1,300 Hungarian officers and men had been interned at the camp.", "military_personnel"),
    ("Some 250 troops were handed back at the border.", "military_personnel"),
    # mutineers who fled are the force's men, whatever their service
    ("Some 8,000 mutineers walked across the ice into Finland.", "military_personnel"),
    ("Nearly 600 members of the former army entered Lebanon.", "military_personnel"),
    ("Around 30 officers and officials remain in Amman.", "officers_and_officials"),
    ("About 45 customs staff crossed into Jordan with them.", "civilian_staff"),
    # officers or officials of a civil service are its staff, not army officers
    ("Seventeen customs officers crossed with the soldiers.", "civilian_staff"),
    ("Those returned included 18 immigration officials.", "civilian_staff"),
    ("About 40 aviators flew their aircraft to Termez.", "military_personnel"),
    ("They were joined by roughly 1,200 survivors of the 26th Army.", "military_personnel"),
    ("More than 70 officers remain at the base.", "officers"),
    ("Around 600 militiamen are still sleeping in a tent camp near the border.", "military_personnel"),
    # irregular fighters named by the word their own side uses are combatants of the force that crossed
    ("Between 5,000 and 7,000 fedayeen reached Soviet territory after crossing the river.", "military_personnel"),
    ("About 900 guerrillas were disarmed at the frontier and held in a camp.", "military_personnel"),
    ("Some 2,000 partisans crossed into the neighbouring republic in the last days of the war.", "military_personnel"),
    # and by the word their enemies or the press use
    ("Police believed that between 400 and 600 terrorists were now on the other side of the frontier.",
     "military_personnel"),
    ("Some 300 insurgents slipped across the border into the hills last month.", "military_personnel"),
    ("About 40 militants waded across the river on Tuesday.", "military_personnel"),
    ("Officials said 41 cadres had landed on the coast since January.", "military_personnel"),
    # people not said to be military, moving or held like the caseload, are counted as other people
    ("More than 1,000 people passed through the gate in a single night.", "other"),
    # a nationality as a plural noun counts people; before a personnel noun it is the noun's adjective
    ("Some 600 Lebanese have crossed into Israel since Sunday.", "military_personnel"),
    ("About 1,500 Lebanese soldiers crossed into Israel.", "soldiers"),
    ("Roughly 2,000 members of the militia crossed into Israel.", "military_personnel"),
    # the wounded, stragglers, internees: people of the caseload named by what befell them
    ("About 40 wounded stay behind in the hospital at Ramtha.", "military_personnel"),
    ("Dozens of stragglers were still arriving at the border post every night.", "military_personnel"),
    ("About 900 internees remain in the camp near Mafraq.", "military_personnel"),
    ("Some 120 reservists crossed into Jordan on Sunday.", "soldiers"),
    # arrivals described as mostly women and children are civilians
    ("Some 6,200 new arrivals reached the transit site, most of them women and children.", "other"),
    # men named as a man's comrades of his own unit are its soldiers ...
    ("The sergeant said 30 men from his own platoon waded across the river.", "soldiers"),
    ("We were 43 men of the same regiment when we reached the frontier.", "soldiers"),
    # ... but men from a unit not his, or from units, are the whole force
    ("About 550 men from units posted near the town reached the frontier.", "military_personnel"),
    ("About forty men from the battalion drove to the frontier.", "military_personnel"),
    # people who say what they are count as that; what they say they are decides
    ("The centre held 61 people who identified themselves as members of the national army.", "military_personnel"),
    ("Police stopped 40 people who said they were soldiers of the border brigade.", "soldiers"),
    ("About 300 people who said they were students crossed the border.", "other"),
    ("A total of 428 persons identified as serving or former members of the armed forces were received.",
     "military_personnel"),
    ("About 300 people described as students crossed the border.", "other"),
    # a list of heads set off by commas and closed by "and"; a capitalised modifier of the second head; gendarmes
    # are police, part of the force beside soldiers; a comma before a speaker opens no list
    ("Behind them, over four days, came thousands of soldiers, airmen and border guards.", "military_personnel"),
    ("Some 60 soldiers and National Guardsmen crossed that day alone.", "military_personnel"),
    ("UNHCR teams had recorded at least 640 soldiers and gendarmes on the two countries' territory.",
     "military_personnel"),
    ("About 40 gendarmes crossed on Sunday.", "other"),
    ("About 300 soldiers, officials said, crossed on Sunday.", "soldiers"),
    # a situation report's passengers; an army's chiefs of staff are its commanders
    ("Some 120 PAX were flown to the capital on Monday.", "military_personnel"),
    ("Two former army chiefs of staff were among those held at the camp.", "officers"),
    # rebels who fled a lost rising are fighters
    ("Police said some 25 rebels crossed the river after the army recaptured the town.", "military_personnel"),
    # a figure said to count civilians with the troops counts a mixed group; police and gendarmes are of the force,
    # men registered "as civilians" are still soldiers
    ('A monitoring group put the number at "close to 4,000", counting policemen and civilian employees of the post.',
     "other"),
    ("Some groups cite up to 4,000 soldiers by counting police and customs clerks who crossed with them.", "other"),
    ("Activists say 3,000 soldiers crossed, a figure that includes customs employees of the border post.", "other"),
    ("More than 700 uniformed personnel, including gendarmes and presidential guards, entered Cameroon.",
     "military_personnel"),
    ('Exile groups put the number of soldiers at "close to 200", counting men registered as civilians.', "soldiers"),
    # ... or the words before it say so; a figure of whose relatives were met is not
    ("A spokesman said that with their dependants the number of soldiers was close to 5,000.", "other"),
    ("The report rests on interviews with the relatives of 17 officers still in Iraq.", "officers"),
])
def test_population_from_the_head_nouns(text, population):
    assert [r["population"] for r in findings(text, "2025-01-20")["counts"]] == [population]


def test_families_who_crossed_with_them_are_counted_apart():
    rows = findings("Close to 300 relatives of the soldiers, mostly women and children, crossed with them.",
                    "2024-12-09")["counts"]
    assert [r["population"] for r in rows] == ["other"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Perhaps 150 women and children joined the officers at the airfield in late December.", [("Perhaps 150", "other")]),
    ("The officers were followed by about 2,400 wives and children.", [("about 2,400", "other")]),
    # a part of a registered whole said to be women and children, beside the men of the force
    ("The ministry registered 1,370 refugees. Of these, 1,158 are former soldiers, and 212 are women and children.",
     [("1,370", "other"), ("1,158", "soldiers"), ("212", "other")]),
])
def test_women_and_children_who_came_with_them_are_counted_apart(text, expected):
    assert [(r["count_text"], r["population"]) for r in findings(text, "2025-01-20")["counts"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Border guards registered 120 soldiers, including 14 officers, on Sunday.", [("120", "soldiers"), ("14", "officers")]),
    ("Later that night 46 Afghan soldiers, among them five officers, reached the post.", [("46", "soldiers"), ("five", "officers")]),
])
def test_a_figure_said_to_include_officers_counts_what_its_own_noun_says(text, expected):
    rows = findings(text, "2017-02-02")["counts"]
    assert [(r["count_text"], r["population"]) for r in rows] == expected


def populations(text: str) -> list[str]:
    return [r["population"] for r in findings(text, "2025-01-20")["counts"]]


def test_a_figure_without_a_noun_counts_the_people_followed_as_a_whole_not_the_last_subgroup():
    text = ("Jordan received 700 Iraqi soldiers and 90 officers on Sunday. "
            "By Friday, officials put the total sent back at 450.")
    assert populations(text) == ["soldiers", "officers", "military_personnel"]


def test_a_figure_without_a_noun_in_a_report_on_soldiers_only_counts_soldiers():
    text = ("Chad disarmed 320 Sudanese soldiers at the border. "
            "Of these, about 150 have since been flown home.")
    assert populations(text) == ["soldiers", "soldiers"]


def test_men_are_military_personnel_whatever_the_figures_before_them_count():
    # annotators of unseen articles read "men" as all ranks together, not as the soldiers named before
    text = ("Uganda received 400 Congolese soldiers at Mpondwe. "
            "His unit of 40 men had crossed after running out of ammunition.")
    assert populations(text) == ["soldiers", "military_personnel"]
    assert populations("About 60 men crossed into Jordan on Sunday.") == ["military_personnel"]


def test_men_after_a_subgroup_are_the_people_followed_not_the_subgroup():
    text = ("Chad disarmed about 1,000 Sudanese soldiers, among them 120 officers. "
            "About 560 of the disarmed men were transferred to a site near Abeche.")
    assert populations(text) == ["soldiers", "officers", "military_personnel"]


def test_police_on_their_own_are_not_military():
    text = ("Dozens of Haitian police fled across the border at Dajabon on Monday. On Wednesday, 31 of the "
            "policemen were driven to the Jimani crossing.")
    assert [r["population"] for r in findings(text, "2004-02-26")["counts"]] == ["other", "other"]


def test_police_beside_soldiers_are_part_of_the_force():
    text = "More than 80 Haitian police officers and former soldiers have crossed into the Dominican Republic."
    assert [r["population"] for r in findings(text, "2004-02-26")["counts"]] == ["military_personnel"]


@pytest.mark.parametrize(("text", "population"), [
    ("About 1,200 soldiers and non-commissioned officers were moved to the base.", "soldiers"),
    ("Some 52 officers and non-commissioned officers were moved to the base.", "military_personnel"),
    ("About 300 soldiers and former officers crossed at the bridge.", "military_personnel"),
])
def test_ncos_are_soldiers_and_a_modified_second_head_belongs_to_the_figure(text, population):
    assert [r["population"] for r in findings(text, "2023-03-01")["counts"]] == [population]


def test_a_figure_without_its_noun_counts_both_nouns_coordinated_before_it():
    text = ("The Fotokol crossing is the name given to the flight of Chadian soldiers and officers into Cameroon in "
            "1980. The ministry put the number who crossed at 2,347.")
    assert [r["population"] for r in findings(text, "1981-01-01")["counts"]] == ["military_personnel"]


@pytest.mark.parametrize(("text", "figure", "population"), [
    ("The new arrivals included 164 soldiers, among them at least nine with the rank of general.", "at least nine",
     "officers"),
    ("Jordan holds 300 soldiers at the camp. Another 40 holding the rank of general were flown to Amman.", "40",
     "officers"),
    # who a part of a whole named by its number is
    ("Some 289 soldiers are still in Jordan. An estimated 240 of the 289 are officers.", "An estimated 240",
     "officers"),
    # a part of "them" that an apposition says are all of one kind
    ("About 2,600 soldiers were held at the airfield. In March the ministry moved 130 of them, all officers, to a "
     "base.", "130", "officers"),
    # a figure given again with no noun re-counts the people of the earlier figure of that very value
    ("The ministry says 86 officers remain at the camp, the army around 120 soldiers and officers. If the ministry "
     "says 86 and the army says 120, someone is wrong.", "86", "officers"),
    # ... also in a key-figures line, where the body's figures count soldiers and officers apart
    ("The first group, 912 soldiers, was driven back to the crossing on 3 March. Later 204 officers were moved to "
     "the capital.\n\nKey figures\nHanded back, 3 March: 912\nMoved to the capital: 204\n", "912", "soldiers"),
    # staff who came with the soldiers are a side group: a bare figure after them counts the soldiers ...
    ("Some 1,200 soldiers entered through the crossing on Sunday. With them came 30 civilian employees of the customs "
     "service. On Friday, 700 were handed back.", "700", "soldiers"),
    # ... unless the report counts only staff
    ("Some 45 customs employees crossed into Iraq on Sunday. On Friday, 30 were handed back.", "30", "civilian_staff"),
    # the items of a list count the people its head names
    ("Some 494 men were still in custody. Officers who refused to go back were moved to the base in two groups: 97 in "
     "early January and 31 on 20 February.", "31", "officers"),
    # others in the sentence after a figure are more of its people; in its own sentence, people beside them
    ("Some 2,400 soldiers and officers crossed in May. A lawmaker says 98 officers remain at the base. Nine others have "
     "left for third countries.", "Nine", "officers"),
    ("Some 2,400 soldiers and officers crossed in May. About 40 officers and 200 others were still held in June.",
     "200", "military_personnel"),
    # a figure given to compare counts the people of the figure it is compared with
    ("Some 2,400 soldiers and officers crossed in May. Officials say fewer than 60 officers remain at the base, down "
     "from about 130 in February.", "about 130", "officers"),
    # a nationality before a service word is an adjective of the heads that follow it
    ("The court refused to extradite eight Turkish military officers who fled by helicopter.", "eight", "officers"),
    ("About 40 Sudanese army soldiers crossed on Monday.", "About 40", "soldiers"),
])
def test_who_a_figure_without_a_noun_of_its_own_counts(text, figure, population):
    rows = [r for r in findings(text, "2025-01-20")["counts"] if r["count_text"] == figure]
    assert rows and all(r["population"] == population for r in rows)


def test_a_figure_set_off_by_commas_after_a_noun_of_people_counts_them():
    text = ("About 300 soldiers are still in Jordan. A small number of senior officers, fewer than twenty, are held "
            "in Amman. A young conscript, 19, who gave only his first name, said he wanted to go home.")
    rows = [(r["count_text"], r["population"], r["status"]) for r in findings(text, "2025-01-20")["counts"]]
    # after a singular noun the number is an age
    assert rows == [("About 300", "soldiers", "remaining"), ("fewer than twenty", "officers", "remaining")]


@pytest.mark.parametrize(("text", "figure", "population"), [
    ("The remaining officers, roughly 90 by most accounts, were moved to a camp in the south.", "roughly 90",
     "officers"),
    ("His soldiers, 300 by his own count, crossed the river at dawn.", "300", "soldiers"),
    ("The wounded men, about 40 according to the hospital, stayed behind.", "about 40", "military_personnel"),
])
def test_a_figure_set_off_with_its_source_after_a_noun_of_people_counts_them(text, figure, population):
    rows = {r["count_text"]: r for r in findings(text, "2025-01-20")["counts"]}
    assert rows[figure]["population"] == population


@pytest.mark.parametrize(("text", "populations"), [
    # men of the ranks are soldiers; men alone are the force as a whole
    ("On Friday 620 enlisted men and 44 officers crossed at the bridge.", ["soldiers", "officers"]),
    ("On Friday about 300 men crossed at the bridge.", ["military_personnel"]),
    # a part of a whole named by its number counts that figure's people
    ("On Friday 620 enlisted men and 44 officers crossed at the bridge. Of the 44, the governor said, 30 have "
     "since been moved to the capital.", ["soldiers", "officers", "officers"]),
    # ... and of no figure when none has that number
    ("On Friday 620 enlisted men and 44 officers crossed at the bridge. Of the 50, the governor said, 30 have "
     "since been moved to the capital.", ["soldiers", "officers", "military_personnel"]),
    # a story narrowed to the officers who stayed: a smaller figure after them counts officers, unless they were one
    # part of a whole told in their sentence ("327 remain, of whom 279 are officers. Of these, 196 …")
    ("About 2,400 soldiers and officers crossed in December. Today 148 officers remain at the camp. Some two dozen "
     "have flown to third countries, among them at least seven who went to Russia.",
     ["military_personnel", "officers", "officers", "officers"]),
    # a larger one, or one in another paragraph, counts the people followed as a whole
    ("About 2,400 soldiers and officers crossed in December. Today 148 officers remain at the camp. More than 2,200 "
     "have gone home.", ["military_personnel", "officers", "military_personnel"]),
    ("About 2,400 soldiers and officers crossed in December. Today 148 officers remain at the camp.\n\nSome 40 "
     "were moved in March.", ["military_personnel", "officers", "military_personnel"]),
    ("About 2,400 soldiers and officers crossed in December. Today 327 remain, of whom 279 are officers. Of these, "
     "196 are at the camp.", ["military_personnel", "military_personnel", "officers", "military_personnel"]),
])
def test_who_a_figure_counts_after_the_ranks_named_before_it(text, populations):
    assert [r["population"] for r in findings(text, "2025-02-03")["counts"]] == populations


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the people named by their noun, whose rank the predicate gives, shares what befell them
    ("About 900 soldiers crossed on Friday. An official said some 60 of the soldiers were officers.",
     [("soldiers", "entered"), ("officers", "entered")]),
    # ... or the words a record describes them with
    ("About 900 soldiers crossed on Friday. The register shows that some 60 of the soldiers were listed as officers.",
     [("soldiers", "entered"), ("officers", "entered")]),
    # a predicate that is no rank leaves the part as named
    ("About 900 soldiers crossed on Friday. An official said some 60 of the soldiers were wounded.",
     [("soldiers", "entered"), ("soldiers", "other")]),
])
def test_a_part_whose_predicate_gives_its_rank_counts_that_rank(text, expected):
    assert [(r["population"], r["status"]) for r in findings(text, "2025-02-03")["counts"]] == expected



def test_civilians_are_counted_apart_from_the_people_followed():
    found = findings("More than 3,000 civilian refugees crossed into Guinea on Sunday. Some 400 soldiers crossed at "
                     "Gueckedou on Monday, along with about 1,500 civilians. A further 60 crossed on Tuesday.",
                     "2025-02-03")["counts"]
    assert [(r["count_text"], r["population"], r["status"]) for r in found] == [
        ("More than 3,000", "other", "entered"), ("Some 400", "soldiers", "entered"),
        ("about 1,500", "other", "entered"),
        # a bare figure counts the people followed, not the civilians named last
        ("60", "soldiers", "entered")]


@pytest.mark.parametrize(("text", "population"), [
    # a bare figure is every one of the kind its aside names
    ("Chad sent back 300 soldiers and 40 officers. That leaves 55, all of them officers, at the camp.", "officers"),
    ("Of the men who crossed, 80 remain at the base. That leaves 45, all of them conscripts, at the camp.",
     "soldiers"),
    # most of them is not all of them: the force as a whole
    ("Chad sent back 300 soldiers. A further 120, most of them officers, remain at the camp.", "military_personnel"),
    # a noun of any military people, then the aside: every one of them of that kind
    ("Chad sent back 300 soldiers. The remaining 61 personnel, all of them officers, were moved to the capital.",
     "officers"),
    ("Chad sent back 300 soldiers. The remaining 61 personnel, all of whom refused to go, were moved.",
     "military_personnel"),
    # "N of them" set off after a noun of people: them are those people
    ("About 3,000 soldiers crossed in 1917. The camp had a theatre; the officers, some 200 of them, lodged in town.",
     "officers"),
    ("Researchers interviewed 40 former soldiers and officers, 25 of them still in Chad.", "military_personnel"),
    # the aside over an earlier figure of the same value, and read past the qualifier's words
    ("Chad received 2,000 soldiers and 200 personnel. Officials put the number still there at well under 200, all of "
     "them officers held at the camp.", "officers"),
])
def test_a_figure_all_of_whose_people_an_aside_names_counts_that_kind(text, population):
    assert findings(text, "2025-02-05")["counts"][-1]["population"] == population


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 900 Chadian soldiers fled into Cameroon. Since then, 31 officers have gone back to Chad under guarantees "
     "negotiated with N'Djamena, and 12 have left for third countries.", {"31": "officers", "12": "officers"}),
    # a larger figure joined on is not a part of the smaller group before it
    ("Some 900 Chadian soldiers fled into Cameroon. Later, 40 officers were moved to Maroua, and 700 have gone home.",
     {"40": "officers", "700": "military_personnel"}),
])
def test_a_figure_opening_a_joined_clause_leaves_out_the_noun_of_the_figure_before(text, expected):
    rows = {r["count_text"]: r["population"] for r in findings(text, "2024-06-01")["counts"]}
    assert {key: rows.get(key) for key in expected} == expected
