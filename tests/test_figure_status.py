"""What happened to the people a figure counts, read from wording of other outlets (not the seeds)."""

from __future__ import annotations

import pytest

from tests.extraction import findings


def status_of(text: str) -> list[str]:
    return [r["status"] for r in findings(text, "2025-02-03")["counts"]]


@pytest.mark.parametrize("text", [
    "Jordan delivered 340 Syrian soldiers to the Syrian side at the Jaber crossing on Sunday.",
    "Some 75 officers were handed back to the new authorities in Damascus.",
    "Lebanon deported 120 former army conscripts last week.",
    "The handover of 1,100 soldiers took place at the border post.",
    "Police said 60 troops were delivered to Syrian border guards on Friday.",
    "On Monday, border police bused 410 of the men back to the crossing.",
    "- 3 March: 620 personnel are handed to Syria's caretaker authorities at the crossing.",
    "- May 2025: Jordan deports 12 former officers caught with forged documents.",
    # a move inside the host country that ends in a handover is a return
    "On Monday, 210 men who had been held at the airbase were bused to the border town and handed over to "
    "Syrian officials.",
    "A border official says about 600 men have now been processed and handed to Syrian representatives.",
    # the figure is the object of the verb before it; a verb in a later clause is another event's
    "Guards on Friday handed 640 former army personnel back to the new authorities, the first return since "
    "the men fled across the frontier.",
    # an apposition describing the people is not the end of their clause
    "The first handover was the easy one: 1,205 men, overwhelmingly conscripts who wanted to get home, "
    "crossed back at the bridge.",
    "In the largest handover, 640 men walked back across the bridge at dawn.",
    "Thailand on Monday handed 75 former Lao officers to the authorities in Vientiane.",
    "Since then, perhaps 60 of the soldiers have slipped back across the river at night.",
    # the verb's particle after its object
    "Uganda handed 1,300 Congolese soldiers over at the Mpondwe crossing.",
    # the handover as the subject, the figure as what it involved
    "The second repatriation from Gedaref, on 3 and 4 May, involved some 640 former soldiers.",
])
def test_handing_over_delivering_deporting_are_returns(text):
    assert status_of(text) == ["returned"]


@pytest.mark.parametrize("text", [
    # a crossing into the people's own country, in a story told from the host's side
    "Mongolia interned the Chinese troops in 1932. A year later about 2,000 Chinese soldiers crossed into Xinjiang "
    "near Chuguchak.",
    "Thailand held the Lao soldiers for a year. In March, some 300 Lao soldiers walked back to Laos.",
])
def test_crossing_into_their_own_country_is_a_return(text):
    assert status_of(text)[-1] == "returned"


def test_crossing_a_river_named_like_their_country_into_the_host_is_an_entry():
    text = ("In 1947 some 4,000 Paraguayan soldiers crossed the Paraguay and Pilcomayo rivers into Argentina, "
            "where they were disarmed.")
    assert status_of(text) == ["entered"]


@pytest.mark.parametrize("text", [
    "About 300 soldiers were driven to a military camp near the capital.",
    "Officials said 85 officers were transferred to an air base in the south.",
    "The transfer of 400 soldiers to Baghdad began on Monday.",
    # a headline's present tense
    "Army transfers (120) officers from the border camp to an air base",
    # "the interior": away from the border, inside the host country
    "The first train, carrying 900 interned soldiers, left the border town for the interior on Friday.",
    "Some 400 of the men were sent to the interior after a week at the frontier.",
    # sent to a place of the host country, not back or home
    "Sudan disarmed the men at the border. Later 400 soldiers were sent to a camp outside Kassala.",
    # carried to hospital is moved inside the host country; admitted there on arrival is not
    "Fourteen badly hurt soldiers were evacuated by road to the district hospital at Kenema over the weekend.",
    "Several hundred wounded Lao soldiers were carried to hospitals in Udon Thani.",
    # an order's imperative
    'The order reads: "Transfer 127 officers from the airfield to the base at Udon Thani under escort."',
])
def test_moves_inside_the_host_country_are_relocations(text):
    assert status_of(text) == ["relocated"]


@pytest.mark.parametrize("text", [
    "Dozens of officers still in Jordan as talks drag on",
    "About 200 soldiers are being held at a camp near the border.",
    "Some 40 officers refused to return, a ministry official said.",
    "He said more than 400 officers and soldiers refused to board at the airfield that day.",
    "About 60 of the Chadian officers, the governor added, had asked not to be sent back to N'Djamena.",
    "Some 35 Eritrean soldiers have requested not to be repatriated, a UNHCR official said.",
    'A senior officer told me "a few hundred" have asked not to go, most of them officers.',
    "About 90 of the men chose not to return when the buses came.",
    "The governor said only 60 Chadian soldiers were still left.",
    "A year on, dozens of the officers are still waiting at a military base outside the capital.",
    "Officials denied reports that some 300 officers were living in hotels in the capital.",
    "Relatives keep a list of 112 soldiers they believe are still on Jordanian soil.",
    "Roughly 700 defectors are lodged in hotels near the border.",
    "Around 600 militiamen, most of them without families, are still sleeping in a tent camp outside the town.",
    "The base had held 90 officers in March, before the last of them were moved.",
    # a verb right after the people says what they are, over the counting verb before them
    "The Red Cross said its delegates had registered 500 men held in the two camps.",
    "Hundreds of Gambian soldiers and their relatives shelter in Senegal after the coup",
    "Rumours say more than 800 of the old regime's officers are living quietly in the capital's hotels.",
    "In a school gym near the river, some 90 men in borrowed clothes wait for news from their families.",
    "About 70 wounded guardsmen were being treated at the provincial hospital, a nurse said.",
    # the people's own words say it when the clause has no verb of its own
    "Aid workers said they had interviewed dozens of the remaining officers.",
    "Among those who stayed behind are at least 30 officers whom Vientiane wants to put on trial.",
    # ... or the whole the sentence opens on, after a transcript's speaker label too
    "Of the soldiers still in Chad, about 90 officers have asked for asylum.",
    "SPOKESMAN: Of the men still in Uganda, nearly 150 hold officer rank.",
    "Several thousand soldiers who escaped the invasion are regrouping at bases in the east of the kingdom.",
    "Officials were speaking of between 6,000 and 8,000 former royal soldiers on Thai soil.",
    "The camp at Kisoro, in March. About 260 men were living there by then.",
    "Of these, about 90 officers have now spent more than a year behind the wire at Kisoro.",
    # the number quoted after the verb that holds them
    "A nurse said last night that the camp held \"at least 9,000\" soldiers and could take no more.",
    "The remaining 310 personnel have expressed their wish not to return for now.",
    # a present stock at a named place
    "The group at Kailahun includes at least 55 officers.",
    # inside, with no place after it; people who cannot go home; a refusal with an adverb
    "A guard at the gate said fewer than 80 soldiers were inside by the time the inspectors came.",
    "The colonel spoke for some 150 men who cannot go home.",
    "Her list names between 60 and 70 officers who refused outright.",
    # the people left, named before their number
    "Soldiers crossed into Iraq. The records point to a total below 12,000, and to a remaining group of fewer "
    "than 200 men.",
    # a line of a list that only says where they are
    "- June: fewer than 50 officers at Camp Taji, according to an Iraqi security official;",
    # "still there": at the place the story is about
    "The minister said about 40 of the guardsmen were still here in June.",
    "A year on, 41 of the officers are still living behind the walls of the base.",
    # a host's own count of those it has, feeds, or who spent a night there
    "After the handover we still had 536 men, the camp commander said.",
    "We fed more than 2,400 men three times a day for almost two weeks.",
    "Some two hundred soldiers passed Sunday night in the open on the green.",
])
def test_held_or_still_present_is_remaining(text):
    assert status_of(text) == ["remaining"]


def test_a_line_with_a_figure_at_a_place_and_no_verb_says_they_are_there():
    assert status_of("Cambodian soldiers crossed into Thailand last week.\n\n"
                     "Latest count: about 300 soldiers in Aranyaprathet.") == ["remaining"]


@pytest.mark.parametrize("text", [
    "More than 500 Syrian troops flee into Jordan as the front collapses",
    "Some 90 army personnel had landed at the airport in Amman by the evening.",
    "The border police let into the country 230 soldiers of the former army.",
    "Border guards disarmed around 150 soldiers at the crossing since Friday.",
    "A second wave of 177 soldiers came through the Tanf post in March.",
    "- 143 members of the Guinean army disarmed and registered by the authorities",
    "A monitoring group says it has helped at least 38 servicemen reach Finland this year.",
    "Also crossing were some 40 customs employees who had staffed the post.",
    "A second group of 300 soldiers gathered at the gate and was let through before dawn.",
    "About 90 Malian soldiers were allowed to cross at the Fassala post on Sunday.",
    "More than 1,000 Afghan soldiers retreated across the river into Tajikistan.",
    "A tribal leader said between 3,500 and 4,000 men had come across over two nights.",
    "The army says 163 Gambian soldiers presented themselves at its border posts between 17 and 21 January.",
    "Honduras disarms hundreds of fleeing Nicaraguan guardsmen",
    # people a commander crossed with or brought over came in with him
    "The colonel retreated over the hills that night with about 700 men.",
    "Their general brought his last column, some 2,000 men, over the river on Monday.",
    "A major led 260 soldiers into Cameroon on the night of the coup.",
    # however far the crossing's words run before "with", and a quoted figure
    "One sergeant said he crossed at the river ford on the night of 3 May with \"maybe "
    "forty men\" from his platoon.",
    # pilots who flew their aircraft over
    "Dozens of air force pilots flew their jets to bases across the border as the capital fell.",
    # a host's "on our side of the border" is where they came to
    "By dawn our guards had about 600 soldiers on our side of the border.",
    # making for the frontier, coming ashore, being counted in since a day
    "Before dawn some 300 conscripts marched up to the frontier post with their hands raised.",
    "That evening the captain and about thirty men from his company drove to the border.",
    "Coast guards said 45 marines came ashore from two landing craft near the harbour.",
    "The regional office said a total of 812 servicemen had been registered since Tuesday.",
    # "already inside": the crossing is done
    "A border official said some 400 Armenian soldiers were already inside Georgia by nightfall.",
    "Police believe about 90 deserters are already across the frontier.",
    # a passive participle right after the people, in a terse line
    "- 8 December, the Joint Operations Command: 2,150 soldiers and officers admitted.",
    "16 January: 2,497 personnel received at the border post on 7 and 8 December.",
    # "had gone into Iran": the perfect of going into a country
    "The spokesman said that two thousand soldiers had gone into Iran in October alone.",
])
def test_crossing_landing_being_let_in_are_entries(text):
    assert status_of(text) == ["entered"]


@pytest.mark.parametrize(("text", "status"), [
    # people at a place inside a sentence with its own verb are what that verb says
    ("UNHCR teams interviewed between 60 and 70 of the men at Camp Taji last week.", "other"),
    # in hospital, "admitted" is being there; "received" with an object is no arrival
    ("Doctors said 19 soldiers are still admitted at the district hospital.", "remaining"),
    ("The 300 soldiers received food at the camp on Monday.", "other"),
])
def test_a_place_or_a_participle_after_the_people_only_in_a_line_of_its_own(text, status):
    assert status_of(text) == [status]


def test_main_verb_after_a_relative_clause_cut_by_after():
    text = ("A first group of 184 soldiers who crossed into the province after their two bases fell "
            "were flown back to Syria on Monday.")
    assert status_of(text) == ["returned"]


def test_a_later_figure_keeps_its_own_verb():
    text = "Of the 2,400 soldiers who crossed at the border after the fall, about 1,900 have returned."
    assert status_of(text) == ["entered", "returned"]
    # a whole named without an article is a whole all the same
    text = "Of roughly 400 partisans who entered Czechoslovakia, more than 300 were arrested."
    assert status_of(text) == ["entered", "other"]
    # a whole named after its part's number takes its own relative clause too, the part the main verb
    text = "Tamimi said 2,421 of the 2,493 men who entered in December had now returned to Syria."
    assert status_of(text) == ["returned", "entered"]
    text = "The officers are the last of the roughly 2,500 Syrian military personnel who crossed at Al-Qaim."
    assert status_of(text) == ["entered"]


@pytest.mark.parametrize("text", [
    "Iraq received roughly 2,500 Syrian soldiers in December and returned the vast majority.",
    "Iraq received 2,500 men in two nights and fed and sheltered them.",
])
def test_a_verb_joined_to_the_figures_verb_with_an_object_of_its_own_is_not_the_figures(text):
    assert status_of(text) == ["entered"]


@pytest.mark.parametrize(("text", "status"), [
    ("In the last week of January, 132 officers were driven in a convoy of buses to Camp Taji.", "relocated"),
    ("The command says 61 officers were driven this afternoon from the Al-Qaim camp to a site near Al-Rutba.",
     "relocated"),
    ("Nearly 300 soldiers have already been marched under escort to Taza.", "relocated"),
    # the words between stop at another verb: "taken shelter … were handed over to" is a return
    ("A total of 330 soldiers who had taken shelter in Bangladesh were handed over to Myanmar on Thursday.", "returned"),
])
def test_people_taken_to_a_place_with_several_words_between_were_moved(text, status):
    assert status_of(text) == [status]


def test_a_part_of_the_previous_figures_people_shares_their_status():
    text = "Some 320 soldiers crossed into Jordan on Saturday. The army said that 12 officers were among the soldiers."
    assert status_of(text) == ["entered", "entered"]


@pytest.mark.parametrize("text", [
    "Turkey sends 400 Syrian conscripts home through the Oncupinar gate.",
    "Authorities sent some 90 soldiers back across the frontier on Monday.",
])
def test_sending_people_home_or_back_around_the_figure_is_a_return(text):
    assert status_of(text) == ["returned"]


def test_a_part_of_a_figure_shares_its_status():
    assert status_of("Border guards registered 1,300 soldiers, including 40 officers, on Sunday.") == [
        "entered", "entered"]


@pytest.mark.parametrize(("text", "expected"), [
    # a part named after the whole's clause, by "of them", with no verb of its own: where the whole is
    ('Between 400 and 450 Chadian soldiers are still in Maiduguri, "several dozen" of them from the presidential '
     "guard.", ["remaining", "remaining"]),
    # a part with a verb of its own says itself what happened to it
    ("Between 400 and 450 Chadian soldiers are still in Maiduguri, and 30 of them were wounded in the fighting.",
     ["remaining", "other"]),
])
def test_a_part_after_the_wholes_clause_shares_its_status_unless_told_with_its_own_verb(text, expected):
    assert status_of(text) == expected


def test_putting_the_number_of_people_described_by_their_status():
    text = ("Thousands of Syrian soldiers fled in December. "
            "Officials put the number who had crossed at 2,716. A report puts the number still in Jordan at 427.")
    rows = findings(text, "2025-02-03")["counts"]
    assert [(r["count_text"], r["status"]) for r in rows][-2:] == [("2,716", "entered"), ("427", "remaining")]


@pytest.mark.parametrize(("text", "status"), [
    ("Seven soldiers who were wounded remain in hospital in Kousseri and will be repatriated later.", "remaining"),
    ("That left 216 men in Jordanian hands.", "remaining"),
    ("A further 15 soldiers, most of them conscripts whose papers are not cleared, are still at the base.",
     "remaining"),
    ("At least 80 soldiers who crossed into the town on Monday after heavy fighting are being held at a camp.",
     "remaining"),
    # registered as asylum-seekers: a claim, not an arrival; registered at the crossing: an arrival
    ("UNHCR said it had registered 38 Congolese soldiers as asylum-seekers by the end of January.", "other"),
    ("Border guards registered 410 Congolese soldiers at the crossing on Sunday.", "entered"),
    # people counted through a checkpoint or across a bridge came in through it
    ("An officer said that 11,600 men had been counted through the checkpoint at the bridge.", "entered"),
    # a handover only asked for has not happened
    ("Kinshasa has asked, through its embassy, for the handing over of 14 officers it accuses of mutiny.", "other"),
    ("Uganda turned down a request for the return of 40 officers.", "other"),
    # "are understood to", like "are said to", reports what may be so: no present state of theirs
    ("Fewer than ten officers are understood to have received offers of resettlement.", "other"),
    # a move announced or planned is the move the figure is about
    ("Chadian officials said 230 Sudanese soldiers will be handed back at Adre on Thursday.", "returned"),
    ("Uganda said a first group of 120 soldiers would be flown home to Kinshasa on Friday.", "returned"),
    ("The ministry said about 90 officers would be moved to a camp near Moyale.", "relocated"),
    # one that hangs on a condition, or only may come, has not happened
    ("Dozens of soldiers in the camp would return home if they could be sure they would not be arrested.", "other"),
    ("About 60 soldiers will go back to Myanmar provided that their safety is guaranteed.", "other"),
    ("Up to 300 soldiers may be repatriated before the rains.", "other"),
    # nor one a condition names ("if returned", "if they were sent back")
    ("UNHCR said it had interviewed 23 of the officers and that they would face persecution if returned.", "other"),
    ("A lawyer said 40 officers would face arrest if they were sent back to Myanmar.", "other"),
])
def test_where_they_are_now_what_is_announced_and_not_what_is_only_wished_or_done_before(text, status):
    assert status_of(text) == [status]


def test_people_who_came_together_came_in_but_a_year_that_came_apart_is_no_figure():
    text = ("Hundreds of Cambodian soldiers fled into Thailand. \"Seven of us from my company came together,\" he said. "
            "The coalition that had ruled since the elections of 1993 came apart in a day of fighting.")
    assert status_of(text) == ["entered", "entered"]


def test_a_breakdown_of_a_total_shares_its_status_and_date():
    rows = findings("Total PAX received into custody 25-26 AUG: 468. Breakdown: 27 officers, 441 soldiers.",
                    "2014-08-29")["counts"]
    assert [(r["count_text"], r["status"], str(r["period_start"])) for r in rows][1:] == [
        ("27", "entered", "2014-08-25"), ("441", "entered", "2014-08-25")]


def test_the_parts_of_a_group_handed_over_share_its_status():
    text = ("The command announced the handover of 212 former army members to the Syrian side on Tuesday. "
            "It added that the group, which included 171 soldiers and 41 officers, was driven from the base.")
    assert status_of(text) == ["returned", "returned", "returned"]


@pytest.mark.parametrize(("text", "status"), [
    ("Hundreds of Sudanese soldiers ran west across the border into Chad.", "entered"),
    # making for the border, being brought in; crossing again is going back; being let go home is a return
    ("As the front broke, thousands of soldiers made for the nearest open border.", "entered"),
    ("At Arica alone 620 men were brought in on Tuesday.", "entered"),
    ("About 40 soldiers were brought in for questioning.", "other"),
    ("A party of 14 guerrillas who had crossed on Monday recrossed the frontier yesterday.", "returned"),
    ("About forty Tajiks have been permitted to return across the river to their homes.", "returned"),
    ("About 30 officers are still not permitted to return.", "remaining"),
    # received at a town of their own country: received back home
    ("Iraq is sending the soldiers home. About 2,600 Syrian men had been received at Al-Bukamal since December.",
     "returned"),
    # their own country named only outside the figures ("the Afghan soldiers who fled"), as where they went home to
    ("Most of the Afghan soldiers who fled into Uzbekistan in August have gone home. Officials in Kabul said 585 men "
     "had been received at Hairatan by 20 September.", "returned"),
    # received by their own side, named after a passive "received"; by the host's side, came in
    ("Iraq has been sending the former Syrian soldiers home since January. On Thursday the border authority said "
     "1,106 had been received by the Syrian side.", "returned"),
    ("Iraq has been taking in soldiers of the Syrian army since Sunday. On Thursday the border authority said 1,106 "
     "had been received by the Iraqi side.", "entered"),
    # received at a town of the host, whoever reports it, came in
    ("Most of the Afghan soldiers who fled into Uzbekistan in August have gone home. Officials in Kabul said 585 men "
     "had been received at Termez by 20 September.", "entered"),
    # people a commander led across, people waved through after handing their rifles to the host's troops
    ("Of the forty-three men he led across the border that night, none had papers.", "entered"),
    ("By evening some 2,500 soldiers had handed their rifles to Jordanian troops and been waved through.", "entered"),
    # deserting to or into a country is crossing into it; deserting alone, or to the other side, is leaving an army
    ("Dozens of Eritrean soldiers desert to Djibouti after border clashes", "entered"),
    ("Fifty-seven soldiers have deserted across the border into Djibouti since the fighting.", "entered"),
    ("About 300 soldiers deserted to join the rebels last week.", "other"),
    ("Small groups of 30 soldiers walked out of the desert to the border posts.", "other"),
    # people who came, with no word of where, came in; who came home went back
    ("Sudan's army collapsed. On Sunday more than 1,600 soldiers came, officers too.", "entered"),
    ("Between 2,000 and 3,000 soldiers came in the first week after the ceasefire alone.", "entered"),
    ("On Sunday some 300 Sudanese soldiers came home from Chad.", "returned"),
    ("The order came as a surprise to the 300 Sudanese soldiers.", "other"),
    ("The last group, 43 men, crossed home on August 12.", "returned"),
    # making for the border on the way home is a return, not an entry
    ("On Friday about 120 of the men headed back to the border in two buses.", "returned"),
    ("Among them are 85 officers who say they will not return under any circumstances.", "remaining"),
    ("Why did hundreds of Ukrainian soldiers end up in Russia?", "entered"),
    # a timeline's present tense
    ("3 April - About 300 soldiers abandon their positions and cross at the border post.", "entered"),
    ("22 August - A second group, 30 officers, arrives at the coastal town.", "entered"),
    ("Among those returning were 62 officers, according to a handover list.", "returned"),
    ("The ministry says fewer than 400 military personnel are on its territory.", "remaining"),
    ("Officials say 45 officers have asked to stay in the country rather than go home.", "remaining"),
    # asking, applying or signing up to go home is counted with the returns it leads to
    ("Since the autumn, 23 Syrian officers have asked to go home.", "returned"),
    ("A camp official said about 70 soldiers had applied to be sent back before the winter.", "returned"),
    ("A further group of up to 45 soldiers has expressed interest in returning.", "returned"),
    ("So far no more than 90 of the soldiers have signed the voluntary return form.", "returned"),
    # a move inside the host country, to a hospital as to a camp
    ("Around 30 soldiers were taken to a hospital in Mafraq.", "relocated"),
    ("Around 30 soldiers were taken to a camp in Mafraq.", "relocated"),
    ("Around 30 soldiers were admitted to the military hospital in Mafraq.", "relocated"),
    ("Around 30 soldiers were admitted for medical treatment in Mafraq.", "relocated"),
    # the first verb governs: they were wounded, then taken away
    ("At least 35 soldiers were wounded and were taken to the hospital in Mafraq.", "other"),
    # a relative clause describes them; their main verb says what happened
    ("Some 200 officers who stayed behind were arrested by the new authorities.", "other"),
    ("The seven hospitalised soldiers in Mafraq were not visited.", "remaining"),
    # walking up to the border of one's own accord is an entry; being walked there by guards, a return
    ("Some 400 Syrian soldiers walked up to the border post on Sunday.", "entered"),
    # making one's way through the hills into the host country is an entry; making it back, a return
    ("Dozens of soldiers from the garrison made their way on foot through the mountains into Surin province.",
     "entered"),
    ("Some 120 Syrian soldiers were walked to the border post by guards on Monday.", "returned"),
    # a crossing named by its name reads as the border
    ("Some 400 Syrian soldiers walked up to the Al-Qaim crossing on Sunday.", "entered"),
    ("Iraqi guards drove 120 Syrian soldiers to the Al-Qaim crossing on Monday.", "returned"),
    # the people a commander crossed with, a country named between: into the host, or back home
    ("The colonel crossed into Rwanda with roughly 250 soldiers.", "entered"),
    ("In January the colonel crossed back into Burundi with roughly 250 soldiers.", "returned"),
    # going or marching into the host country, a direction between; going into hiding is no crossing
    ("Thousands of soldiers, he adds, went north-west into Ethiopia through Dolo.", "entered"),
    ("About 300 soldiers marched across the frontier at dawn.", "entered"),
    ("About 300 soldiers went into hiding in the hills.", "other"),
])
def test_moving_across_going_home_and_refusing_to(text, status):
    assert status_of(text) == [status]


def test_an_aside_in_a_subhead_does_not_swallow_the_next_paragraph():
    text = ("Some 360 soldiers remain in Anbar, including officers refusing to go back\n\n"
            "BAGHDAD - Iraq on Thursday sent 712 former Syrian soldiers back to their country, a source said.")
    assert status_of(text) == ["remaining", "returned"]


def test_a_town_name_before_river_names_the_river_not_the_town_nor_a_place_called_river():
    rows = findings("Afghan troops fled.\n\nMore than 1,000 Afghan soldiers retreated across the Panj River into Tajikistan.",
                    "2021-07-10")["counts"]
    assert [r["location_text"] for r in rows] == ["Tajikistan"]


@pytest.mark.parametrize(("text", "statuses"), [
    # a crossing that names no direction follows a narrative of returns
    ("Jordan hands more Iraqi soldiers back\n\n"
     "Jordan handed 750 Iraqi soldiers back to Iraq on Wednesday at the Trebil crossing. "
     "The remaining 400 crossed on Thursday morning, the border authority added.", ["returned", "returned"]),
    # one that names its destination keeps its direction
    ("Jordan hands more Iraqi soldiers back\n\n"
     "Jordan handed 750 Iraqi soldiers back to Iraq on Wednesday. "
     "Another 90 soldiers ran across the border into Jordan on Thursday.", ["returned", "entered"]),
    # a narrative of arrivals
    ("Iraqi soldiers flee to Jordan\n\nHundreds of soldiers arrived on Saturday. The remaining 400 crossed on Sunday.",
     ["entered", "entered"]),
    # a return that hangs on a condition is no narrative of returns
    ("Officers wait in Jordan\n\n\"Every one of them can go home tomorrow if he chooses,\" an official said. "
     "A year ago the army counted 2,400 soldiers at the Jaber post.", ["entered"]),
])
def test_a_crossing_that_names_no_direction_takes_the_direction_of_the_narrative(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # the returnees / arrivals a figure is part of say what happened to it
    ("The returnees comprised 640 conscripts and 85 officers, the ministry said.", ["returned", "returned"]),
    ("The new arrivals included 300 soldiers of the 17th Division.", ["entered"]),
    # "bused back", "rode trucks back": a move back is a return, not a relocation
    ("Jordan is holding 2,000 Syrian soldiers. On Monday, 700 of them were bused back across the border at Nasib.",
     ["remaining", "returned"]),
    ("Some 120 officers rode trucks back to the crossing on Sunday.", ["returned"]),
    # a move with a distance between verb and destination
    ("About 900 soldiers were driven some 200 kilometres east to an air base.", ["relocated"]),
    # "were at the camp" (past tense, a holding place) is where they were still held
    ("He said 45 officers were at the camp and that the rest had gone home.", ["remaining"]),
    # also when "the camp" stands for the camp the article named
    ("The officers were taken to Camp Taji in May. He said 45 officers were at the camp and that the rest had "
     "gone home.", ["remaining"]),
    # being at a named place, told in the past of a report, is being there then: a stock of that time
    ("He said 45 officers were in Rutba last week.", ["remaining"]),
    ("The minister told parliament in February that 130 officers were in Zaria.", ["remaining"]),
    ("A week later about 400 soldiers were at Irbid, the governor said.", ["remaining"]),
    # being in a state says nothing of where they are
    ("About 400 soldiers were in poor health, a doctor said.", ["other"]),
    # a return planned or expected is counted with the returns ("are expected to return", "are due to go home")
    ("Under the agreement a further 30 officers are expected to return to Chad in October.", ["returned"]),
    ("About 160 soldiers are due to go home on Sunday, the army said.", ["returned"]),
    # one only wished for or refused is not
    ("About 90 officers refused to return.", ["remaining"]),
    # leaving for third countries is neither a return nor a stay
    ("Some 90 officers are held at the base. At least 12 have left for third countries since March.",
     ["remaining", "other"]),
    # a partitive opening the words a speaker is reported to have said: the part is read, both were (and are) there
    ("He told me that of the roughly 300 guardsmen who were in his hut at New Year, fewer than 90 are still there.",
     ["remaining", "remaining"]),
    # "I have" before a verb is no host's count
    ("I have heard that a small number, perhaps a dozen officers, have asked about going abroad.", ["other"]),
    # "the buses that winter": a time, not a relative clause; the main verb governs
    ("Roughly 90 officers who refused to board the buses that winter were taken to a base near the capital.",
     ["relocated"]),
])
def test_status_from_the_nouns_and_verbs_around_the_figure(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "by_figure"), [
    # a verb whose object is the next figure is that figure's, not the earlier people's; one before a figure of
    # things ("over two days") or past the line's end still tells of the people before it
    ("Chad says it has taken in 812 Sudanese troops since April and has sent back 640 of them.",
     {"812": "entered", "640": "returned"}),
    ("Last year 1,250 soldiers crossed and another 300 were flown home.", {"1,250": "entered", "300": "returned"}),
    ("In all, 930 soldiers went back over two days in March.", {"930": "returned"}),
    ("55 officers return home\n\nFifty-five officers were handed over at the bridge on Friday.", {"55": "returned", "Fifty-five": "returned"}),
    # figures printed in brackets are figures, not asides; "and that N …" opens the next figure's clause
    ("The source said the remaining number at the camp is (312) soldiers and that (45) of the officers were "
     "transferred to the capital.", {"312": "remaining", "45": "relocated"}),
    # a verb that only counts them leaves the telling to their own words
    ("A charity said it had registered 640 returning soldiers in the province since March.", {"640": "returned"}),
    # a verb after a subordinating word and its own subject is another clause's; one after an auxiliary is the main verb
    ("Officials said 900 soldiers who came back from Chad had been screened there since the first convoy arrived "
     "in May.", {"900": "returned"}),
    ("Some 300 soldiers who fled into Niger as the capital fell have been sent home.", {"Some 300": "returned"}),
    # a verb that only denies the return told before: who did not go home is still there; other denials tell nothing
    ("The soldiers who crossed in May have almost all gone home. Ninety-four officers have not.", {"Ninety-four": "remaining"}),
    ("Thousands of soldiers crossed into Chad in May. 300 officers did not.", {"Thousands": "entered", "300": "other"}),
    # hiding people is holding them; seeking shelter is coming in; a call for a handover is no handover
    ("The MP accused the army of hiding 40 officers wanted by Damascus.", {"40": "remaining"}),
    ("Some 900 soldiers were disarmed. Up to 150 more are believed to be hiding in farmland near the border.",
     {"Some 900": "entered", "Up to 150": "remaining"}),
    ("Officials say hundreds of soldiers have sought temporary shelter at border posts since May.", {"hundreds": "entered"}),
    ("Two MPs named 60 officers wanted in Damascus and called for them to be handed over.", {"60": "other"}),
    # the words that say who a number counts say what happened to them, and a verb before another reported clause
    # (", and that …") is not theirs
    ("The source said the guards handed over a new batch of soldiers, and that the number of those still present "
     "at the camp had fallen to (312) officers.", {"312": "remaining"}),
    ("Officials said the number of those still held at the base has fallen to 140 officers.", {"140": "remaining"}),
    # leaving for their own country is a return; leaving for another is not
    ("About 400 Lao soldiers crossed into Thailand. On 3 March, 58 more men left the camp for Laos. On 9 May, 12 "
     "officers left Thailand for France.", {"About 400": "entered", "58": "returned", "12": "other"}),
    # handing over their weapons is being disarmed on entry, not being handed over
    ("The statement put the total at 410 soldiers and said all had handed over their weapons.", {"410": "entered"}),
    ("Some 90 gunmen laid down their arms at the customs post on Friday.", {"Some 90": "entered"}),
    # "with them came": the people who came along with those counted before
    ("About 800 soldiers crossed on the first night. Along with the soldiers came 25 employees of the customs post.",
     {"About 800": "entered", "25": "entered"}),
    # people a vehicle carries go where it takes them: home, or within the host country; else the narrative's way
    ("Chad began sending the soldiers home on Monday. The largest convoy carried 520 men across the bridge.",
     {"520": "returned"}),
    ("About 300 Malian soldiers fled into Algeria in July. An aircraft carried 38 of them to Bamako on Tuesday. A bus "
     "carrying 25 soldiers drove to Tamanrasset.", {"About 300": "entered", "38": "returned", "25": "relocated"}),
    ("The report describes the camp in detail. One photograph shows a lorry carrying 30 men.", {"30": "other"}),
    # people who came with the one the clause tells of, or among those it names, share what befell them
    ("I crossed into Turkey on a wet night in May, on the hillside above the village, with eleven men of my company.",
     {"eleven": "entered"}),
    ("He was flown back to Kabul with, in his words, \"about forty men\" of his unit.", {"about forty": "returned"}),
    ("The camp, with 300 men, is the largest in the province.", {"300": "other"}),
    ("Also among those who crossed were 74 employees of the customs service, a local official said.", {"74": "entered"}),
    # a past "there were N of us" of a party on the move counts people arriving; of people somewhere, people held
    ("Some 2,000 soldiers crossed in December.\n\nHe was a sergeant then. There were maybe 300 of us in the first "
     "convoy.", {"Some 2,000": "entered", "maybe 300": "entered"}),
    ("About 2,000 soldiers crossed that weekend. It was a camp. There were more than two thousand of us in tents.",
     {"About 2,000": "entered", "more than two thousand": "remaining"}),
    # the people's own country named in a phrase of time before a receiving verb is not the one receiving them
    ("Some 600 Yemeni soldiers crossed into Oman last week. In 1994, during Yemen's civil war, the sultanate took in "
     "thousands of soldiers of the defeated southern army.", {"Some 600": "entered", "thousands": "entered"}),
    # a move that should or must happen has not happened
    ("Some 500 soldiers crossed in May. The MP said 240 of them must be handed over to Damascus.",
     {"Some 500": "entered", "240": "other"}),
    ("The envoy said the 240 soldiers in Niger should be sent home.", {"240": "other"}),
])
def test_each_figure_takes_the_verb_of_its_own_clause(text, by_figure):
    assert {r["count_text"]: r["status"] for r in findings(text, "2025-02-03")["counts"]} == by_figure


@pytest.mark.parametrize(("text", "status"), [
    # flown out of the host country to the people's own country: a return
    ("Chad holds 900 Sudanese soldiers. On Friday, 300 were flown from Abeche to Port Sudan.", "returned"),
    # flown inside the host country: still a relocation
    ("Chad holds 900 Sudanese soldiers. On Friday, 300 were flown from Abeche to N'Djamena.", "relocated"),
])
def test_a_move_to_the_peoples_own_country_is_a_return(text, status):
    assert status_of(text)[-1] == status


def test_an_attribution_inside_a_relative_clause_leaves_its_verb_governing():
    text = "Her husband is one of about 70 officers who, according to officials, are still held at a base."
    assert status_of(text) == ["remaining"]


@pytest.mark.parametrize("text", [
    "Damascus has asked Amman to hand over 35 named officers it accuses of abuses.",
    "The ministry pressed Jordan to send back 40 officers accused of torture.",
])
def test_a_request_to_hand_people_over_is_no_return(text):
    assert status_of(text) == ["other"]


@pytest.mark.parametrize(("text", "statuses"), [
    ("- 2,415 military personnel registered by the authorities after crossing on Sunday (2,176 soldiers, 239 officers)",
     ["entered", "entered", "entered"]),
    ("He said the arrivals included some 250 officers, at least three of them generals.", ["entered", "entered"]),
])
def test_a_figure_beside_the_previous_one_with_no_verb_shares_its_status(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # a sentence opening on a part of the previous sentence's people
    ("More than 900 soldiers fled into Armenia overnight. Among them, a border official told us in Yerevan, "
     "are at least 12 colonels and several hundred other officers.", ["entered", "entered", "entered"]),
    ("Some 640 troops have been sent home since May. Of the officers, 31 held the rank of general.",
     ["returned", "returned"]),
    # the restated total is of the size of the entry, not of the wounded named last
    ("About 1,800 soldiers crossed at the post on Friday. Another 45 wounded men were moved to a clinic. "
     "A customs officer put the total at 1,950 by Sunday.", ["entered", "relocated", "entered"]),
    # a restatement of the same order as the last figure re-counts its people
    ("Fewer than 120 officers are still held at the base. A deputy said the number was about 140.",
     ["remaining", "remaining"]),
])
def test_a_part_or_a_restated_total_counts_the_people_of_an_earlier_figure(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    ("How many deserters crossed has never been settled. Officials spoke of hundreds of soldiers; aid "
     "workers put the number at nearly 3,000.", ["entered", "entered"]),
    ("The Gambian troops fled across the border on 19 January as the crisis peaked. "
     "Senegalese officials at the time put their number at 300.", ["entered"]),
    # a figure whose own clause says what may happen is not dated by the topic
    ("The men had arrived in army lorries. He said a further 50 soldiers might also try to cross.", ["other"]),
    # a refusal is no move still to come
    ("Not everyone is leaving. Dozens of officers have told the police they will not cross.", ["remaining"]),
    # a quote in the sentence before is speech, not the narrative's topic
    ('"Every one of them asked to go home," he said. He said about 900 more soldiers were expected later.', ["other"]),
])
def test_a_paragraphs_opening_sentence_without_a_figure_says_what_its_figures_count(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize("text", [
    "How many soldiers remain disputed. Officials gave 400.",
    "Whether any officers stayed remains unclear; the ministry said 60 had crossed.",
])
def test_remains_disputed_is_no_presence(text):
    assert "remaining" not in status_of(text)


@pytest.mark.parametrize(("text", "statuses"), [
    # a figure in apposition opens its own clause: the verb after it is not the first figure's
    ("Niger on Sunday handed back 86 soldiers at the border post, the first of nearly 400 troops the country "
     "has sheltered since January.", ["returned", "remaining"]),
    # a coordinated one shares the verb after it
    ("About 300 soldiers, along with 40 officers, were handed over at the border post.", ["returned", "returned"]),
    ("Turkey has housed thousands of defectors in a camp near the border.", ["remaining"]),
])
def test_which_figure_a_verb_belongs_to(text, statuses):
    assert status_of(text) == statuses


def test_the_remaining_people_of_a_figure_are_still_there_and_where_the_joined_predicate_holds_them():
    text = ("Jordan returned 310 Iraqi soldiers on Monday. The remaining 90 are all officers, he said, and are "
            "now held at the Ruwaished camp.")
    rows = findings(text, "2025-02-03")["counts"]
    assert [(r["status"], r["location_text"]) for r in rows][1] == ("remaining", "Ruwaished camp")


def test_another_group_that_followed_had_the_same_done_to_them():
    text = "On 2 May, 905 men were handed back at the bridge. Three weeks later, another 377 followed."
    rows = findings(text, "2025-07-01")["counts"]
    assert [r["status"] for r in rows] == ["returned", "returned"]


def test_a_second_group_that_followed_had_the_same_done_to_them():
    text = ("On 9 May, 410 soldiers were handed back at the Kousseri bridge. A second group of 220 followed on "
            "12 May, officials said.")
    assert status_of(text) == ["returned", "returned"]


@pytest.mark.parametrize(("text", "status"), [
    ("Chad's army said it had taken back more than 900 soldiers from Cameroon since May.", "returned"),
    ("Three civilian customs officers came with them, an official said.", "entered"),
    ("14 March - the border police registers 212 soldiers at the bridge.", "entered"),
    ("They were the first of some 1,700 fighters interned in Zambia to be sent home.", "remaining"),
    # the host moving them, its verb before the figure
    ("On 10 December the army took 2,556 soldiers by bus to the airfield near Mafraq.", "relocated"),
    ("The army moves more than 2,500 of the soldiers to an airfield in the desert.", "relocated"),
    ("On 19 December Jordan bused 1,905 soldiers back to Syria.", "returned"),
    ("The returns took place in three batches, according to the ministry: 1,905 soldiers on 19 December.",
     "returned"),
    # a camp that held them; people who came after the first ones
    ("The largest camp held up to 6,000 soldiers at its peak.", "remaining"),
    ("Behind them, over the next four days, came thousands of soldiers.", "entered"),
    ("Through this crossing, 2,222 soldiers went home in three handovers.", "returned"),
    ("Through this crossing, 2,222 soldiers in three handovers.", "returned"),
    # a move the authorities planned is that move; one that only will happen is not
    ("He said about 1,300 more soldiers were expected to be sent back in the coming weeks.", "returned"),
    ("He said about 1,300 more soldiers will be sent back if they ask.", "other"),
    # people the host cannot keep, who refused to sign or go, who are being treated or will stay: still there
    ("\"We cannot keep 400 soldiers in limbo forever,\" the adviser said.", "remaining"),
    ("He said about 60 of the soldiers had refused.", "remaining"),
    ("Dozens of soldiers have refused to sign return forms.", "remaining"),
    ("Twenty-one soldiers are receiving treatment at the district hospital.", "remaining"),
    ("He said about 1,350 soldiers would remain at the airfield until then.", "remaining"),
    # held for questioning: what befell them, not where they stay
    ("He said fewer than 30 soldiers had been held for further questioning.", "other"),
    # people named as returnees went back, whatever the clause's own verb
    ("His office had processed 1,912 returnees from Jordan since the fall of the government.", "returned"),
    # a figure given as a figure, of the size of the crossing counted before it: another count of the crossing
    ("About 2,500 soldiers crossed into Jordan. Officials have given figures of between 2,400 and 2,700.",
     "entered"),
    # ... as a paper "wrote of", a witness "told of", what "it was" or where historians "settle on"
    ("About 2,500 soldiers crossed into Jordan. The local newspaper wrote of \"nearly 3,000\".", "entered"),
    ("About 2,500 soldiers crossed into Jordan. The mayor told me back then it was \"almost three thousand\".",
     "entered"),
    ("About 2,500 soldiers crossed into Jordan. Historians now settle on between 2,400 and 2,700 men.", "entered"),
    # of another size, or with no figure words, it says nothing of the crossing
    ("About 2,500 soldiers crossed into Jordan. Officials have given figures of 300 soldiers.", "other"),
    ("About 2,500 soldiers crossed into Jordan. Jordan deployed some 2,000 troops along the border.", "other"),
    # a host counting them in the present tense of a timeline is counting arrivals; counting on them is not
    ("Jordanian guards disarm a first column at the post; the army counts 1,400 soldiers.", "entered"),
    ("The ministry is counting on 300 reservists.", "other"),
    # "arrived with" someone or something, or bringing things, is no bringing of the people counted
    ("The general arrived with his staff and later inspected 300 soldiers at the camp.", "other"),
    ("About 400 men came home in August, many bringing their rifles with them.", "returned"),
    # a host that feeds, interns or treats them has them where it is
    ("The district now feeds 6,000 foreign soldiers and cannot do so for long.", "remaining"),
    ("Sweden interns 300 Finnish soldiers at a camp near Haparanda.", "remaining"),
    ("The regional hospital is treating 37 wounded guerrillas, its director said.", "remaining"),
])
def test_the_hosts_verbs_before_the_figure(text, status):
    assert status_of(text)[-1] == status


@pytest.mark.parametrize("text", [
    "The first handover, of 880 men, took place at the bridge on 9 May.",
    "Iran has begun returning hundreds of Azerbaijani soldiers who escaped across the river.",
    "The ministry said 612 servicemen had been brought back to the crossing since Monday.",
])
def test_a_handover_set_off_by_a_comma_returning_and_bringing_back_are_returns(text):
    assert status_of(text)[0] == "returned"


@pytest.mark.parametrize(("text", "expected"), [
    # the parts of a breakdown set off by dashes share the verb after the closing dash
    # (the total before the dashes is a figure of its own, with the same verb)
    ("A total of 330 people – 302 police, four soldiers and six family members – were handed over at the jetty.",
     ["returned"] * 4),
    ("The men — about 400 soldiers and 60 officers — had crossed at the bridge.", ["entered"] * 2),
    # a dash that sets off a comment, not a breakdown, leaves the figure its own verb
    ("About 2,000 soldiers crossed – an estimate the army disputes – and were disarmed.", ["entered"]),
])
def test_a_breakdown_between_dashes_takes_the_verb_after_it(text, expected):
    assert status_of(text) == expected


def test_a_second_of_n_followed_like_the_first():
    text = "The first handover, of 880 men, took place at the bridge on 9 May; a second of 240 followed a week later."
    assert status_of(text) == ["returned", "returned"]


def test_the_clause_verb_wins_over_a_word_inside_the_counted_phrase():
    assert status_of("Thai police sent 200 fleeing Lao soldiers back across the Mekong on Friday.") == ["returned"]


@pytest.mark.parametrize(("text", "statuses"), [
    ("About 200 soldiers were moved to a base near the capital in February. The last 29 men joined them in March.",
     ["relocated", "relocated"]),
    # "those who followed" did what the people before them did, also on a by-the-numbers line ...
    ("About 1,100 soldiers crossed into Jordan on Friday.\n\n1,300: those who followed on Saturday.",
     ["entered", "entered"]),
    # ... but following the news is no following
    ("About 1,100 soldiers crossed into Jordan on Friday. The 900 men who followed the news from home are still "
     "missing.", ["entered", "other"]),
])
def test_a_group_that_joined_the_previous_one_shares_what_happened_to_it(text, statuses):
    assert status_of(text) == statuses


def test_a_list_takes_the_status_its_head_says():
    text = ("Officials in Amman said in January that up to 3,000 soldiers had been counted. Jordan has returned the "
            "men in three batches, all through the Jaber crossing: 1,200 on 18 December, 400 on 8 January and 130 "
            "on 27 February.")
    assert status_of(text)[1:] == ["returned", "returned", "returned"]


def test_an_among_opening_counts_after_other_sentences_too():
    text = ("Thailand handed 57 Lao officers back on Wednesday. Among those who stayed behind are at least 30 "
            "officers whom Vientiane wants to put on trial.")
    assert status_of(text) == ["returned", "remaining"]


@pytest.mark.parametrize(("text", "expected"), [
    # a site heading a key-figures line counts the people there
    ("KEY FIGURES\n- Camp Taji: 146 officers\n- Al-Marsana: 90 soldiers", ["remaining", "remaining"]),
    # a country heading a story of a roundup does not, and neither does a line with its own verb
    ("IRAQ: 57 former Syrian officers handed back at Al-Qaim\n\nIraq handed them over on Wednesday.", ["returned"]),
    # a written answer's long label, with no comma, still says who and what happened
    ("The figures are as follows:\n\nMembers of the Bulgarian army and border police who crossed the frontier "
     "between 2nd March and 9th April and were registered at reception posts: 1,420.\n\nReturned home at their "
     "own request: 85.", ["entered", "returned"]),
])
def test_a_labelled_line(text, expected):
    assert status_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # held for a while in the past: no longer held
    ("He said at least 15 men from his battalion were held for questioning for several weeks.", ["other"]),
    # "still being supported" is a stock of people there
    ("Some 2,800 soldiers were fed at the peak. It puts the number still being supported at the end of February "
     "at 164.", ["other", "remaining"]),
    # handed to the commanders of the other side
    ("On Wednesday, 31 policemen were driven to the crossing and handed to police commanders sent from the capital.",
     ["returned"]),
])
def test_more_of_what_happened_to_them(text, expected):
    assert status_of(text) == expected


def test_people_now_moving_are_not_remaining():
    assert status_of("Officials said about 300 soldiers are arriving at the crossing every night.") == ["entered"]


@pytest.mark.parametrize(("text", "expected"), [
    # received by their own side: coming back
    ('Some 2,600 Lao soldiers crossed into Thailand. On the Lao side, officials in Vientiane said they had received '
     '"at least 2,300" returnees.', ["entered", "returned"]),
    # received by the host, or received in the passive: entering
    ("Some 2,600 Lao soldiers crossed into Thailand. Thailand received 300 more Lao soldiers on Monday.",
     ["entered", "entered"]),
    ("Some 2,600 Lao soldiers crossed into Thailand. About 300 Lao soldiers were received by Thai police.",
     ["entered", "entered"]),
    # the receiver is its own side although it spoke to an outlet named after the host
    ('Some 2,600 Lao soldiers crossed into Thailand. On the Lao side, a commander at Vientiane told Radio Thailand '
     'that his men had received "nearly 1,900" soldiers.', ["entered", "returned"]),
    # a receiving in the passive, told by someone of their own side before the figure
    ("Thailand sent 600 Lao soldiers back. A Lao official at Vientiane told reporters that 580 men had been received.",
     ["returned", "returned"]),
])
def test_who_received_them(text, expected):
    assert status_of(text) == expected


def test_a_handover_that_added_n_is_a_return():
    text = "Some 2,000 soldiers crossed in December. A fourth handover on 12 February added 49."
    assert status_of(text) == ["entered", "returned"]


@pytest.mark.parametrize(("text", "expected"), [
    # who some of a group are: what happened to the group happened to them
    ("A second group of 312 soldiers was handed back on 14 January. Fewer than 20 of them were officers.",
     ["returned", "returned"]),
    ("On Tuesday 296 men crossed at the bridge. About 40 of them are officers, a border guard said.",
     ["entered", "entered"]),
    ("About 2,400 soldiers crossed at the bridge in December. About 300 of the total were officers.",
     ["entered", "entered"]),
    # how some of them are is no status of the group's
    ("The soldiers arrived in 20 military vehicles and 11 of them were wounded.", ["other"]),
])
def test_who_some_of_a_group_are(text, expected):
    assert status_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An MP from the north said last week that nearly 3,000 Georgian troops were in the province.", ["remaining"]),
    # where they were when something else happened is not where they stayed
    ("About 300 soldiers who were in the province in March were sent back on Friday.", ["returned"]),
])
def test_people_who_were_in_a_region_are_a_stock(text, expected):
    assert status_of(text) == expected


@pytest.mark.parametrize(("text", "statuses"), [
    # a further group, described, followed the first
    ("Some 900 soldiers were handed back at the bridge on 2 May. A second, smaller group of 85 followed a week "
     "later.", ["returned", "returned"]),
    ("Some 900 soldiers were handed back at the bridge on 2 May. The army reported further batches of 210 on 9 May "
     "and 64 on 16 May.", ["returned", "returned", "returned"]),
    # a verb that ends its own coordinated clause has no object after it
    ("Most have already gone home: 1,400 soldiers have returned, and the 300 who remain are held at an airbase.",
     ["returned", "remaining"]),
    # a participle describes a part of the people; the verb after it governs, else the participle
    ("About 700 men stayed in Uganda. 240 of those remaining had been moved from the border to a barracks "
     "at Kasese.", ["remaining", "relocated"]),
    ("About 700 men stayed in Uganda. Fewer than 50 of those remaining were officers, a colonel said.",
     ["remaining", "remaining"]),
    # the label before a colon says what its items count
    ("About 2,000 soldiers crossed in March. April arrivals were far lower: 212 in Kenya and 38 in Uganda.",
     ["entered", "entered", "entered"]),
    ("Buses carrying about 600 soldiers rolled back across the frontier on Sunday.", ["returned"]),
    # people seen crossing: the participle after them, whatever place word follows it
    ("Residents said they saw more than a hundred armed men crossing near the Aba road last week.", ["entered"]),
])
def test_groups_parts_and_labels_take_the_status_their_words_give(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # taken to the border, the gate or the crossing: handed back, not moved inside the country
    ("On the first morning the guards took 640 men to the gate; another 120 went, in two buses.",
     ["returned", "returned"]),
    ("Some 300 soldiers were taken to the border on Friday and handed over.", ["returned"]),
    ("Guards took 300 soldiers to the camp at Mafraq.", ["relocated"]),
    # running to a country, the crossing of N soldiers into it
    ("A few hundred soldiers who would not fight ran to Eritrea.", ["entered"]),
    ("The agency reported the crossing of 63 soldiers into Ghana on Sunday night.", ["entered"]),
    # being given food somewhere: they are there
    ("About 600 soldiers are being given food and blankets at a school in the town tonight.", ["remaining"]),
])
def test_where_people_are_taken_run_to_or_are_being_fed(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # a participle that opens the figure's clause is its verb
    ("Kenya sent 400 soldiers home on Monday, leaving about 90 men, most of them officers, at the camp.",
     ["returned", "remaining"]),
    # a verb that only counts people leaves the telling to their clause, when it tells another move
    ("The relief agency counted 1,120 soldiers who went home through the river crossing in March.", ["returned"]),
    ("Border police registered 812 soldiers who crossed at the bridge.", ["entered"]),
    # declining to go back, living somewhere, being brought from one site to another
    ("The colonel said 95 of the men had declined to return.", ["remaining"]),
    ("Another 30 officers now live in rented rooms in the capital.", ["remaining"]),
    ("The governor said 140 soldiers were brought from the border camp on Sunday.", ["relocated"]),
    # ... but brought to the border they are sent back
    ("About 200 soldiers were brought to the border and handed over.", ["returned"]),
    # making one's way into a country is entering it, making it back a return
    ("A smaller number of officers, several dozen by most accounts, made their way to Kenya.", ["entered"]),
    ("Some 30 soldiers made their way back across the river in March.", ["returned"]),
])
def test_what_a_clauses_opening_participle_or_a_counting_verb_leaves_to_the_clause(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # the figure only sizes the people its clause names: that clause's verb, object or subject, tells
    ("Chad took in the Sudanese troops, numbering about 600, after fighting reached El Geneina.", ["entered"]),
    ("The deserters had crossed in groups of between 20 and 40, mostly at night.", ["entered"]),
    ("Kenya flew the soldiers, numbering some 300, back to Mogadishu on Friday.", ["returned"]),
    # the figure's own verb still governs
    ("The soldiers, numbering more than 900, were later flown home.", ["returned"]),
    # a verb before ", and" is its own clause's: nothing tells what happened to the groups
    ("Guards checked the names of everyone who had crossed, and officials talked to them in groups of thirty.",
     ["other"]),
])
def test_a_figure_set_off_after_its_people_takes_the_verb_that_names_them(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # a noun of people that says what happened to them, inside "the number of …"
    ("About 2,500 soldiers crossed in December. A border official put the number of returnees at roughly 2,000.",
     ["entered", "returned"]),
    ("About 2,500 soldiers crossed in December. The number of returnees reached 1,450 by Friday.",
     ["entered", "returned"]),
    # the last batch of several is a part of the people the clause moved
    ("By May, 2,100 of the soldiers had been sent home in six convoys, the last of about 90 men on 2 May.",
     ["returned", "returned"]),
    # a second figure joined after a longer noun phrase shares the verb
    ("The convoy sent back on Monday carried 1,150 soldiers and non-commissioned officers and 75 officers.",
     ["returned", "returned"]),
    # a plane of their own side flying people out takes them home
    ("On Sunday an army transport plane landed at the provincial airport and flew out 48 soldiers.", ["returned"]),
    # an officer flying out of the host country on his own is not sent back
    ("Nine officers flew out of the capital last month on visas issued by a third country.", ["other"]),
])
def test_what_a_noun_a_last_batch_or_a_joined_figure_says_happened(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize("text", [
    "9 April - Six more soldiers return",
    "The border police said 45 more officers return.",
])
def test_a_bare_return_verb_after_the_people_is_a_return(text):
    assert status_of(text) == ["returned"]


def test_the_noun_return_is_neither_a_move_nor_a_return():
    # (admission to hospital is a move there: `relocated`, with the tests of moves inside the host above)
    assert status_of("About 40 officers spoke of the return.") == ["other"]


@pytest.mark.parametrize(("text", "statuses"), [
    # their own relative clause says what happened to them
    ("On Sunday the soldiers were moved from the transit site to Camp Alpha, with the exception of 23 personnel "
     "who remain at the border post for medical reasons.", ["remaining"]),
    ("All were sent home except 12 officers, who are still held at Kenema.", ["remaining"]),
    # with none, people left out of a move or a return stay where they were
    ("Everyone was flown to the capital apart from 9 wounded men.", ["remaining"]),
    # a figure the verb is not taken away from keeps the verb
    ("Guards sent 140 soldiers home on Monday.", ["returned"]),
])
def test_a_figure_excepted_from_the_verb_before_it(text, statuses):
    assert status_of(text) == statuses


def test_an_aside_between_the_people_and_a_verb_of_saying_does_not_end_their_clause():
    text = "The last 310 internees, of whom 250 are officers, have said they do not wish to go home."
    assert status_of(text) == ["remaining", "remaining"]


def test_a_figure_inside_an_aside_reads_the_asides_own_verbs():
    text = ("The ministry asked the media to rely on its statements, including on recent reports that \"thousands\" of "
            "Lao officers remain in Thailand, which it said have no basis in fact.")
    assert status_of(text) == ["remaining"]


def test_an_asides_verbs_stay_out_of_the_other_figures_clause():
    text = ("Some 2,415 soldiers were handed back on Monday, the ministry said, including reports that \"hundreds\" "
            "of officers remain in hospital, a claim it denied.")
    assert status_of(text) == ["returned", "remaining"]
    assert status_of("Some 2,415 soldiers, including 40 officers, were handed back on Monday.") == ["returned"] * 2


@pytest.mark.parametrize(("text", "statuses"), [
    # a part set off by a hedge on its wording is still a part of the whole before it
    ("A week later the army said 1,240 soldiers had crossed at Tabatinga, including what it called \"about 300 "
     "officers\".", ["entered", "entered"]),
    # a sentence that opens on the whole's number, with its own subject and verb of counting
    ("Some 1,240 soldiers crossed at Tabatinga that week. Sixty men remain in hospital. Of the 1,240 they "
     "listed 310 officers. Eleven were colonels.", ["entered", "remaining", "entered", "entered"]),
    # the whole named with where and when it stood, in a bulleted line; the part said only to be officers
    ("- As of 31 May, 712 soldiers were held at Kpobli.\n- The first 310 men were moved to Kpobli on 9 May.\n"
     "- Of the 712 at Kpobli as of 31 May, 84 are officers.", ["remaining", "relocated", "remaining"]),
    # the part's own verb still says what befell it
    ("Some 1,240 soldiers crossed at Tabatinga that week. Of the 1,240, 41 were killed in a fire.",
     ["entered", "other"]),
])
def test_a_part_of_a_named_whole_takes_what_befell_the_whole(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "status"), [
    # a figure set off by commas after "those who …": the verb after the commas governs; with none, the relative's
    ("About 2,500 soldiers crossed in December. Those who remain, about 220 according to the army, are almost all "
     "officers.", "remaining"),
    ("About 2,500 soldiers crossed in December. Those who refused to go, about 440, were moved to Taji.", "relocated"),
])
def test_a_figure_apposed_to_those_who_takes_the_relative_clause_only_when_no_verb_follows(text, status):
    assert status_of(text)[1:] == [status]


@pytest.mark.parametrize(("text", "statuses"), [
    # a figure given as a figure, before the article counts the crossing it estimates
    ("Early official statements spoke of 1,500 troops. Later the army said 2,412 soldiers had crossed into Brazil "
     "at Pacaraima.", ["entered", "entered"]),
    ("Local radio spoke of \"thousands\" of soldiers. Later the army said 2,412 soldiers had crossed into Brazil.",
     ["entered", "entered"]),
    # of another size, it is not an estimate of the crossing
    ("Early official statements spoke of 40 officers. Later the army said 2,412 soldiers had crossed into Brazil.",
     ["other", "entered"]),
    # a figure with its own verb keeps it
    ("Officials said 1,500 troops were being held at Boa Vista. Later the army said 2,412 soldiers had crossed "
     "into Brazil.", ["remaining", "entered"]),
])
def test_a_figure_given_as_a_figure_of_the_crossings_size_estimates_the_crossing(text, statuses):
    assert status_of(text) == statuses


@pytest.mark.parametrize(("text", "expected"), [
    # a participle right after the people describes them; the verb after the auxiliary is what befell them
    ("Over the summer, nearly 700 of the men held in Thailand were handed back through the Chong Chom crossing.",
     "returned"),
    ("Some 120 soldiers stranded at the border post were transferred to a barracks in Gyumri.", "relocated"),
    # a verb joined to the first, or one of another clause, is no main verb of the figure
    ("About 700 men crossed into Thailand and were held at a camp near Surin.", "entered"),
    ("About 200 soldiers crossed into Thailand, where they were held at a camp.", "entered"),
    # the participle names the whole the figure is a part of
    ("Iraq sent 300 Syrian soldiers home in May. A monitor said at least 40 of those returned in May had been "
     "detained on arrival.", "returned"),
])
def test_a_participle_after_the_people_describes_them_and_the_main_verb_tells_what_befell_them(text, expected):
    assert status_of(text)[-1] == expected


@pytest.mark.parametrize("text", [
    # deaths befall neither a move nor a stock, whatever the paragraph told before
    "In March about 1,400 fighters crossed into Uganda. At least nine of them died at the camp that year.",
    "Some 300 soldiers fled into Chad in April. Since then 14 have died in hospital in Abeche.",
    "In March 2013 some 680 fighters crossed into Rwanda.\n\nA monitoring group received credible reports that at "
    "least eleven former combatants died at the camp during the year.",
    # a move the people could not make says nothing of where they are
    "The camp doctor reported to the capital that at least 60 men at the camp were too weak to be moved.",
    "Officials said 25 of the officers were too ill to travel to the border.",
])
def test_deaths_and_moves_the_people_were_too_weak_for_are_other(text):
    assert status_of(text)[-1] == "other"


@pytest.mark.parametrize(("text", "expected"), [
    # a past "there were" in a paragraph telling of arrivals counts the people arriving
    ("The first trucks crossed the border at about nine at night. Within an hour there were perhaps 400 men at the "
     "gate.", "entered"),
    ("When these men arrived on the sixth of March there were, by the army's count, 1,216 of them.", "entered"),
    # with no arrival told around it, people there are held; "there are" is their state now, whatever came before
    ("The camp is crowded. There were 400 men at the camp in January.", "remaining"),
    ("The first trucks crossed the border in March. Today there are 400 men at the camp.", "remaining"),
    # an -ing form right after the counted people tells what they were doing, when the clause has no verb of its own
    ("The first report spoke of \"hundreds\" of soldiers crossing on the Saturday.", "entered"),
    ("A fisherman said he had seen about 20 men in uniform crossing in a single canoe.", "entered"),
    ("The footage shows some 60 soldiers walking back over the bridge.", "returned"),
    # ... but a noun "crossing" is no participle
    ("About 400 soldiers are at the crossing.", "remaining"),
    ("The camp holds 300 soldiers, a crossing point away.", "remaining"),
    # "gone across" names no direction: the narrative around it gives one
    ("Live: the handover begins\n\nThe first buses left the camp at dawn to take the men back home. A source at the "
     "crossing says around 1,400 men have already gone across.", "returned"),
    ("On the night of 8 December some 2,000 soldiers went across into Jordan.", "entered"),
])
def test_a_verb_that_names_no_direction_or_is_no_verb_takes_its_status_from_the_people_and_the_story(text, expected):
    assert status_of(text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # "the figure for those who entered … is 2,493": the words the figure is named for say what befell them
    ("More than 1,500 soldiers were sent back over the winter. The interior ministry's own figure for those who "
     "crossed on 7 and 8 March is 2,430, but deputies have quoted other numbers.", ["returned", "entered"]),
    # the first "87" says nothing of what befell the officers; the figure restated later is of the men still held
    ("The committee asked about the Syrian officers. An MP said the ministry now says 87.\n\nMore than 140 people "
     "remain inside the compound, according to a guard.\n\nThe ministry said the figure of 87 was accurate.",
     ["other", "remaining", "remaining"]),
])
def test_a_figure_named_for_its_people_or_restating_another_takes_the_status_they_had(text, expected):
    assert status_of(text) == expected


def status_by_figure(text: str) -> dict[str, str]:
    return {r["count_text"]: r["status"] for r in findings(text, "2025-02-03")["counts"]}


def test_a_figure_in_a_table_row_takes_the_status_its_other_cells_state():
    # the status column says what befell the figure in its own cell, whatever the header calls it
    assert status_by_figure(
        "Figures as published\n\nSource | Date | What happened | Where | Figure\n"
        "Border police | 4 May 2023 | crossed | Kasumbalesa | 1,240 soldiers\n"
        "Provincial governor | 9 May 2023 | held | Mokambo camp | about 800 men\n"
        "Army spokesman | 2 June 2023 | sent home | Kasumbalesa | 610 men\n") == {
        "1,240": "entered", "about 800": "remaining", "610": "returned"}
    # a Markdown table, its rule line skipped
    assert status_by_figure("| Week | Status | Count |\n|---|---|---|\n| 1 | interned | 2,100 soldiers |\n"
                            "| 2 | moved | 450 soldiers |\n") == {"2,100": "remaining", "450": "relocated"}
    # a figure's own verb in its cell governs
    assert status_by_figure("Date | Place | Figure\n3 May | Kasumbalesa | 300 soldiers handed back\n"
                            "9 May | Mokambo | 800 men arrived\n") == {"300": "returned", "800": "entered"}



def test_a_figure_alone_in_a_cell_takes_the_status_its_column_header_names_and_the_site_its_row_names():
    text = ("Some 3,100 Congolese soldiers crossed into Zambia in May.\n\n"
            "Site | Held | Sent home | As of\n"
            "Mokambo camp, Kasumbalesa (Copperbelt) | 412 | 2,510 | 2 June 2023\n"
            "Chimbwi camp (north of Kitwe) | 96 | 40 | 2 June 2023\n")
    rows = {r["count_text"]: (r["status"], r["location_text"]) for r in findings(text, "2023-06-05")["counts"]}
    assert rows == {"Some 3,100": ("entered", "Zambia"), "412": ("remaining", "Mokambo camp"),
                    "2,510": ("returned", "Mokambo camp"), "96": ("remaining", "Chimbwi camp"),
                    "40": ("returned", "Chimbwi camp")}
    # a header with figures in it is a row like the others: the cells below it have no column to read
    assert [r["count_text"] for r in findings("Some 3,100 Congolese soldiers crossed into Zambia.\n\n"
                                              "May | 412 | 2,510\nJune | 96 | 40\n", "2023-06-05")["counts"]] == [
        "Some 3,100"]


def test_a_figure_alone_in_a_cell_takes_the_status_and_the_people_its_rows_other_cells_name():
    text = ("Some 3,100 Congolese soldiers crossed into Zambia in May.\n\n"
            "Date | Source | Figure | What it counts\n"
            "8 May 2023 | Mayor of Kasumbalesa | nearly 4,000 | entered Zambia\n"
            "2 June 2023 | Army spokesman | 2,510 | returned in total\n"
            "9 June 2023 | Interior ministry | 130 | officers remaining at Chimbwi camp\n")
    rows = {r["count_text"]: (r["status"], r["population"]) for r in findings(text, "2023-06-12")["counts"]}
    assert rows == {"Some 3,100": ("entered", "soldiers"), "nearly 4,000": ("entered", "soldiers"),
                    "2,510": ("returned", "soldiers"), "130": ("remaining", "officers")}


TABLE_OF_SOURCES = ("Soldiers crossed into Iraq in December.\n\nSource | Date | Figure | Status | Place\n"
                    "Ministry of Defence | 9 Dec 2024 | 2,617 soldiers | entered | Iraq\n"
                    "Defence committee | 11 Feb 2025 | 97 officers | held | Camp Taji\n"
                    "Ministry of Interior | 26 Jan 2025 | 2,438 soldiers | returned | Al-Bukamal\n")


@pytest.mark.parametrize(("figure", "place"), [("2,617", "Iraq"), ("97", "Camp Taji"), ("2,438", "Al-Bukamal")])
def test_a_figure_with_its_noun_in_a_table_cell_is_at_the_place_its_row_names(figure, place):
    assert {r["count_text"]: r["location_text"] for r in findings(TABLE_OF_SOURCES, "2025-03-01")["counts"]}[figure] == place


def test_a_figure_alone_in_a_cell_counts_what_its_rows_label_names_as_of_its_columns_time():
    text = ("Some 3,100 Congolese soldiers crossed into Zambia in May.\n\nKEY FIGURES\n"
            "Indicator | September 2023 | October 2023\n"
            "Officers at Chimbwi camp, end of month | 109 | 88\n"
            "Returned to Congo during the month | 24 | 19\n"
            "Cumulative returns since 19 May 2023 | 2,362 | 2,381\n")
    rows = {r["count_text"]: (r["population"], r["status"], str(r["period_start"]), str(r["period_end"]))
            for r in findings(text, "2023-11-06")["counts"]}
    assert rows == {
        "Some 3,100": ("soldiers", "entered", "2023-05-01", "2023-05-31"),
        "109": ("officers", "remaining", "2023-09-01", "2023-09-30"),
        "88": ("officers", "remaining", "2023-10-01", "2023-10-31"),
        # a label with no people of its own: those of the figures before it, soldiers and officers together
        "24": ("military_personnel", "returned", "2023-09-01", "2023-09-30"),
        "19": ("military_personnel", "returned", "2023-10-01", "2023-10-31"),
        # a cumulative figure runs from the label's "since" to the end of its column's month
        "2,362": ("military_personnel", "returned", "2023-05-19", "2023-09-30"),
        "2,381": ("military_personnel", "returned", "2023-10-01", "2023-10-31"),
    }


STATUS_BY_FIGURE = [
    # "by then", "so far" between a bare figure and its verb
    ("Some 2,500 soldiers crossed into Chad in April. More than 2,300 had by then gone back to Sudan.",
     {"Some 2,500": "entered", "More than 2,300": "returned"}),
    ("About 900 troops fled into Zambia. Some 600 have so far gone home.", {"About 900": "entered", "Some 600": "returned"}),
    # internees escaping from where they are held: neither an entry nor a return
    ("Dozens of officers escaped from the camp at Kalvarija during the winter.", {"Dozens": "other"}),
    ("Since October more than 1,900 internees have escaped or been released.", {"more than 1,900": "other"}),
    # fleeing a battle into the host country is still an entry
    ("More than 800 troops who escaped from the fall of Zepa crossed the river at dawn.", {"More than 800": "entered"}),
    ("Some 300 soldiers escaped into Iraq on Sunday.", {"Some 300": "entered"}),
    ("As the fortress fell, more than 3,000 exhausted soldiers stumbled across the border.", {"more than 3,000": "entered"}),
    # let to lodge or live somewhere: still there
    ("Some 2,400 officers were allowed to lodge privately in the town.", {"Some 2,400": "remaining"}),
    # taken "there": a move to the place just named
    ("The men were held at the Mokambo camp. Nearly 700 of them had been trucked there from the border.",
     {"Nearly 700": "relocated"}),
    # people the host registered or admitted, told in a relative clause of a verb that says nothing
    ("Some 900 soldiers fled to Chad. They were among the 1,240 men whom Chad registered over that weekend.",
     {"Some 900": "entered", "1,240": "entered"}),
    ("Some 900 soldiers fled to Chad. He was one of the 1,240 men that the army admitted that night.",
     {"Some 900": "entered", "1,240": "entered"}),
]


@pytest.mark.parametrize("text, expected", STATUS_BY_FIGURE)
def test_adverbs_escapes_lodging_moves_there_and_people_the_host_registered(text, expected):
    assert status_by_figure(text) == expected


def test_figures_adding_up_to_an_earlier_move_are_a_breakdown_of_it():
    lead = ("Zambia sent 910 Angolan soldiers back across the river on Monday and Tuesday, the police said. "
            "The men, held at Meheba since they crossed in March, were driven to the bank in trucks. ")
    # "went across" names no direction, and the sentences before tell of both ways: the parts are those sent back
    assert status_by_figure(lead + "About 610 went across on Monday and 300 on Tuesday.") == {
        "910": "returned", "About 610": "returned", "300": "returned"}
    # ... but figures that add up to something else, or say which way they went, keep their own reading
    assert status_by_figure(lead + "About 610 went across on Monday and 200 on Tuesday.")["About 610"] == "entered"
    assert status_by_figure(lead + "Earlier, 610 had crossed into Zambia and 300 more had come with them.") == {
        "910": "returned", "610": "entered", "300": "entered"}


def test_the_line_opening_a_list_says_what_befell_the_items_whose_labels_do_not():
    lead = "Zambia has sent 910 Angolan soldiers home since March, the police said."
    rows = lambda intro: status_by_figure(f"{lead}\n\n{intro}\nFirst group (12 March): 610\nSecond group (2 April): 300\n")
    assert rows("The repatriations carried out so far were as follows:") == {
        "910": "returned", "610": "returned", "300": "returned"}
    # a list whose opening line names nothing that happened counts nobody
    assert rows("The police gave the following breakdown:") == {"910": "returned"}


# the figure's text and its status, by the sentence it stands in
STATUS_OF_STAYING_AND_RECORDS = {
    # waiting somewhere, refusing repatriation as a noun: still there
    "For now, the 37 gendarmes wait in Bertoua for a decision from Yaoundé.": ("37", "remaining"),
    "About 120 officers still reject repatriation, the camp director said.": ("About 120", "remaining"),
    "Some 60 of the pilots declined any return to their country.": ("Some 60", "remaining"),
    # "registered on entry": the registration tells of their coming in
    "A total of 1,410 soldiers were registered on entry at the Kasumbalesa post.": ("A total of 1,410", "entered"),
    # a unit's "returns" are its records, not people going home: nothing here says what befell the men
    "In March the regiment's returns show 2,350 men on its strength in the camps.": ("2,350", "other"),
    # "the number who left" tells of departures, not of those left behind
    "Officials put the number of soldiers who left on Tuesday at 800 and said more would board buses this week.":
        ("800", "other"),
    # a refusal to return, as a noun, and a later reported clause about them that tells of another move
    "He said about 70 officers had expressed their refusal to return, and that they will be moved to the capital.":
        ("about 70", "remaining"),
    # a list of names received is no entry of the people named in it
    "The command had received lists with the names of more than 450 soldiers, officials said.":
        ("more than 450", "other"),
}


@pytest.mark.parametrize("text", list(STATUS_OF_STAYING_AND_RECORDS))
def test_waiting_refusing_return_registering_on_entry_and_a_units_returns(text):
    figure, status = STATUS_OF_STAYING_AND_RECORDS[text]
    assert status_by_figure(text) == {figure: status}


def test_a_figure_that_remains_the_official_one_is_the_people_it_counted():
    text = ("The ministry said 2,180 soldiers crossed into Chad in March. "
            "An official said the figure of 2,180 remained the reference for all planning.")
    assert status_by_figure(text) == {"2,180": "entered"}


def test_a_where_clause_counts_the_people_of_the_move_it_hangs_on():
    moved = status_by_figure("The guardsmen were driven to a school in Bertoua, where some 300 of them spent the winter.")
    fled = status_by_figure("The column fled to Chad, where about 700 soldiers slept in the open.")
    assert (moved, fled) == ({"some 300": "relocated"}, {"about 700": "entered"})
    # a figure with its own verb keeps it
    assert status_by_figure("The men were driven to Bertoua, where 40 were later sent home.") == {"40": "returned"}


def test_the_nationality_of_guards_is_not_the_nationality_of_the_people_counted():
    text = ("In October 1914 some 1,500 men of the naval brigade crossed into the Netherlands and were interned; the "
            "rearguard spent the war as prisoners in Germany. The camp, guarded by a company of some 120 Dutch "
            "soldiers, was built at Groningen in a month. The 36 officers were moved to Leeuwarden in November.")
    assert status_by_figure(text)["36"] == "relocated"


def test_a_planned_crossing_takes_the_direction_of_its_narrative():
    returns = ("Iraq on Thursday handed 1,905 Syrian soldiers back to Syria through the Al-Qaim crossing. A second "
               "convoy of roughly 600 men was expected to cross on Friday.")
    entries = "Some 2,000 Syrian soldiers were expected to cross into Iraq overnight, border officials said."
    assert status_by_figure(returns)["roughly 600"] == "returned"
    assert status_by_figure(entries) == {"Some 2,000": "entered"}


def test_drifting_or_trickling_across_is_an_entry():
    assert status_by_figure("Around 300 more burghers drifted across further north in October.") == {
        "Around 300": "entered"}
    assert status_by_figure("Some 40 more soldiers trickled across the frontier overnight.") == {"Some 40": "entered"}


def test_a_part_of_the_returnees_returned_whatever_the_figure_before_it():
    text = ("Chad took in 2,000 Sudanese soldiers. Between 300 and 400 of the men who fled were conscripts. At least "
            "150 of the returnees were officers, a Sudanese official said.")
    assert status_of(text) == ["entered", "entered", "returned"]


@pytest.mark.parametrize("text", [
    "Some 300 Cameroonian soldiers fell back across the frontier into Nigeria after the attack.",
    'The ministry said fewer than 60 of its soldiers had "temporarily repositioned" across the border.',
])
def test_falling_back_or_repositioning_across_the_border_is_an_entry(text):
    assert status_of(text) == ["entered"]


@pytest.mark.parametrize(("text", "expected"), [
    # a main verb denied of every one of them leaves the relative clause to say what befell them
    ("He said none of the roughly 600 men who came back in March had been detained.", {"roughly 600": "returned"}),
    ("Not one of the 85 soldiers who crossed last week has been sent back, the prosecutor said.", {"85": "entered"}),
    # not denied: the main verb governs
    ("The 85 soldiers who crossed last week have been held at the barracks since.", {"85": "remaining"}),
])
def test_a_figure_whose_main_verb_is_denied_takes_its_relative_clauses_status(text, expected):
    assert status_by_figure(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the make-up of the group counted just before shares what befell it, paragraphs and quotes later
    ("Turkey returned 412 Armenian soldiers at the Kars post on Tuesday, the army said.\n\nThe men had been held at "
     "a barracks in the east since fleeing across the border in March.\n\n\"The transfer was carried out with the "
     "consent of each man,\" the army said. It said the group comprised 37 officers and 375 conscripts, and that all "
     "had been given medical checks.", {"412": "returned", "37": "returned", "375": "returned"}),
    ("About 260 soldiers were moved to the barracks at Zaria on Monday.\n\n\"They will be safer there,\" a "
     "spokesman said. He said the batch included 41 officers.", {"About 260": "relocated", "41": "relocated"}),
    # a figure of no status of its own between them is another matter: the group is not the one before
    ("About 260 soldiers were moved to the barracks at Zaria. Dozens of officers later slipped out. The group "
     "includes 23 generals.", {"About 260": "relocated", "Dozens": "other", "23": "other"}),
])
def test_the_make_up_of_a_group_shares_its_status(text, expected):
    assert status_by_figure(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "all but N have left": the N are the ones still there
    ("Of the 2,517 soldiers who crossed in December, all but 64 have now left the country.",
     {"2,517": "entered", "64": "remaining"}),
    ("All but about 30 of the officers have since gone, the ministry said.", {"about 30": "remaining"}),
])
def test_all_but_those_who_left_are_still_there(text, expected):
    assert status_by_figure(text) == expected


def test_a_key_figures_line_is_read_by_its_own_label_not_the_next_lines():
    text = ("Some 2,500 soldiers crossed in December.\n\nTHE NUMBERS\nCrossed into the republic, 7-8 December: 2,517\n"
            "Returned home through the border post: 2,410\nResettled in third countries: 41\n")
    assert status_by_figure(text) == {"Some 2,500": "entered", "2,517": "entered", "2,410": "returned", "41": "other"}


def test_a_sentence_whose_figure_has_its_own_verb_after_a_colon_is_no_key_figures_line():
    text = "The officers are what remains of a much larger group: some 2,490 Syrian troops crossed at Al-Qaim."
    assert status_by_figure(text) == {"some 2,490": "entered"}



STATUS_OF_WITHDRAWALS_CARE_AND_OPENINGS = {
    # an adverb or a closing quotation mark between the withdrawal and where it went
    'A spokesman said "more than 80 of our soldiers" had "withdrawn tactically" into Benin on Sunday.':
        {"more than 80": "entered"},
    "Nearly 300 troops retreated hastily into Laos overnight.": {"Nearly 300": "entered"},
    # taken back to where they are held: a move inside the host country, not a return home
    "Nine of the men were taken back to the barracks at Kayes after treatment.": {"Nine": "relocated"},
    # people under treatment are still there
    "The army gave these figures for the Congolese soldiers:\n- District hospital, Kitgum: 12 under treatment\n"
    "- Lubiri barracks: 140 held": {
        "12": "remaining", "140": "remaining"},
    "About 30 wounded soldiers are still under medical care in Gulu.": {"About 30": "remaining"},
    # registering their asylum claims says nothing of their arrival
    "UNHCR said it had registered asylum applications from 45 of the officers since March.": {"45": "other"},
    # a demand for their handover is no handover
    "The junta identified 30 men as deserters and demanded that they be handed back.": {"30": "other"},
    # spread over the country: moved inside it, each part of the list too
    "Within a week the internees had been dispersed across the country: about 200 in Tromso, some 90 in Narvik.": {
        "about 200": "relocated", "some 90": "relocated"},
    "In the summer some 850 Germans were shipped to the mainland and housed in barracks.": {"some 850": "relocated"},
    # held and divided between two sites: still held, not moved
    "Around 400 men are still held in the country, divided between an airfield and a camp.": {"Around 400": "remaining"},
    # the opening says which of the people followed they are; a relative clause after them only adds what came later
    "Among those who fled were 40 customs officers, who were sent back with the first convoy.": {"40": "entered"},
    "Among those who stayed behind were 25 pilots who have since been moved to the capital.": {"25": "remaining"},
    # people named as returning who cross the border go back across it
    "The frontier guard recorded 3,418 returnees crossing the border at Rajajoki in 1922.": {"3,418": "returned"},
    "The frontier guard recorded 3,418 deserters crossing the border at Rajajoki in 1922.": {"3,418": "entered"},
    # "most of the N who crossed …": the main verb tells of a part of them, their relative clause of them all
    "Most of the roughly 2,400 Malian troops who crossed at Labbezanga were sent back within weeks.": {
        "roughly 2,400": "entered"},
    "Most of the 2,400 Malian troops were sent back within weeks.": {"2,400": "returned"},
}


@pytest.mark.parametrize("text", list(STATUS_OF_WITHDRAWALS_CARE_AND_OPENINGS))
def test_withdrawals_care_claims_demands_dispersal_and_an_opening_partitive(text):
    assert status_by_figure(text) == STATUS_OF_WITHDRAWALS_CARE_AND_OPENINGS[text]


def test_the_parts_of_a_total_read_later_as_an_entry_share_its_entry():
    # the total is known for an entry only once the article's later crossings are read: its parts follow it
    text = ('Letters: "Four thousand" at the crossing? I stood at that gate\n\nTo the Editor,\n\n'
            'Your report of 17 February stated that "some 4,000 Syrian soldiers" poured through the crossing on 7 and '
            '8 December. I must tell you that your figure is wrong.\n\n'
            "The men who came through the gate were counted one by one. My former deputy tells me the total was a "
            "little under 2,500, and the ministry's figure of 2,493 is, as far as I can judge, an honest one. Of "
            "those, he says, about 380 were officers, from lieutenants to two major generals.\n\n"
            "Where does four thousand come from? Perhaps 150 to 200 soldiers crossed the berm in the desert, away "
            "from the gate. Your correspondent says 4,000 crossed; I say fewer than 2,700 crossed.")
    rows = {r["count_text"]: r["status"] for r in findings(text, "2025-02-24")["counts"]}
    assert (rows["2,493"], rows["about 380"], rows["two"]) == ("entered", "entered", "entered")


def test_a_whole_named_again_by_its_number_keeps_what_befell_it():
    # "Of the 118 men": the 118 still held, not the figure said just before
    text = ("At least 118 former officers remain confined at the camp. Around 130 officers were transferred there "
            "in January and February. Of the 118 men, 14 are over the age of 60.")
    assert status_of(text) == ["remaining", "relocated", "remaining", "remaining"]


def test_the_number_of_people_at_a_camp_counts_those_held_there():
    # "the number of officers at Camp Taji was ...": the words before the figure place its people at a held site
    text = ('About 2,000 soldiers crossed in December. A ministry official said the number of officers at Camp Taji '
            'was "fewer than 150".')
    assert status_of(text) == ["entered", "remaining"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # people named right before the camp they are at, no verb of their own: those held there
    ("UNHCR staff said they met some 120 officers at Camp Taji last week.", "remaining"),
    ("A ministry memo put 87 officers at Camp Taji, of whom a dozen are generals.", "remaining"),
    # the subject of a verb that tells what they did, or some of those held: left to that verb
    ("At least 60 officers at Camp Taji have asked to be resettled in a third country.", "other"),
    ("UNHCR interviewed 61 of the officers at Camp Taji in May.", "other"),
])
def test_people_named_at_a_camp_count_those_held_there(sentence, expected):
    text = f"About 2,000 soldiers crossed in December. {sentence}"
    assert status_of(text)[1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a camp named without its word reads as the camp to the status words
    ("The lawyer said 87 former officers were at Taji at the end of October.", "remaining"),
    ("In January, 40 officers were moved to Taji from the airfield.", "relocated"),
])
def test_a_camp_named_alone_reads_as_a_camp(sentence, expected):
    text = f"About 2,000 soldiers crossed at Al-Qaim in December. {sentence}"
    assert status_of(text)[1] == expected


@pytest.mark.parametrize("opening", ["Among those crossing back today were", "16:10 - Among those crossing back today were"])
def test_an_opening_participle_of_return_tells_what_befell_the_people(opening):
    # a live blog's timestamp before the opening; the relative clause after them only adds what befell them before
    text = (f"About 2,000 soldiers crossed in December. {opening} 17 civilian employees of the customs post, "
            "who fled on 8 December alongside the troops.")
    assert status_of(text)[1] == "returned"


def test_a_government_that_moved_against_fighters_moved_nobody():
    # "moved against" is acting against them, not a transfer
    assert status_of("In July the army moved against 400 guerrillas in the valley.") != ["relocated"]


def test_a_table_of_people_in_custody_by_site_and_date():
    # the site of the row, not the province beside it; each column as of its own date; an empty site counts no one
    text = ("Some 3,100 Congolese soldiers crossed into Zambia in May.\n\n"
            "Site | Province | In custody 2 Jun | In custody 30 Jun\n"
            "Chimbwi camp | Copperbelt | 412 | 380\n"
            "Mokambo transit site | Copperbelt | 0 | 0\n")
    rows = {r["count_text"]: (r["status"], r["location_text"], str(r["period_start"]))
            for r in findings(text, "2023-07-05")["counts"]}
    assert rows == {"Some 3,100": ("entered", "Zambia", "2023-05-01"), "412": ("remaining", "Chimbwi camp", "2023-06-02"),
                    "380": ("remaining", "Chimbwi camp", "2023-06-30")}


def test_people_in_custody_remain():
    assert status_of("The army said 330 Myanmar soldiers were in its custody at Teknaf.") == ["remaining"]


def test_the_number_of_people_described_at_length():
    # the people counted may take a long description before "was"
    text = ("The minister said that the number of officers and men of the 4th Rifle Brigade who crossed into Sweden "
            "on the 2nd and 3rd of May, 1945, was 2,140, of whom 86 were officers.")
    rows = [(r["count_text"], r["population"], r["status"]) for r in findings(text, "1945-06-01")["counts"]]
    assert rows == [("2,140", "military_personnel", "entered"), ("86", "officers", "entered")]


def test_a_figure_set_off_after_a_group_counts_the_people_counted_before():
    text = ("About 1,200 Chadian soldiers fled into Cameroon in March. A smaller group, perhaps 150, made their way to "
            "Nigeria.")
    rows = [(r["count_text"], r["population"], r["status"]) for r in findings(text, "2024-04-01")["counts"]]
    assert rows == [("About 1,200", "soldiers", "entered"), ("perhaps 150", "soldiers", "entered")]


def test_those_refusing_remain():
    text = ("Some 900 soldiers crossed into Chad in March, and most have since gone home. The colonel put the number "
            "of those refusing at between 40 and 60.")
    assert status_of(text)[-1] == "remaining"


@pytest.mark.parametrize("text", [
    "On 7 and 8 December, 2,493 members of the Syrian army requested entry at the Al-Qaim crossing.",
    "Albanian sources record the disarming of about 12,000 fighters along the border between 24 and 31 August.",
])
def test_asking_to_be_let_in_and_being_disarmed_at_the_border_are_entries(text):
    assert [c["status"] for c in findings(text, "2025-01-09")["counts"]] == ["entered"]


def test_a_figure_set_off_after_those_who_stayed_takes_their_status():
    text = "Those who stayed behind, a few hundred men, faced a harder choice once Finland signed its armistice."
    assert [c["status"] for c in findings(text, "2025-01-09")["counts"]] == ["remaining"]


@pytest.mark.parametrize("text", [
    "Officials in Korhogo said the 140 soldiers still there on Sunday had all been disarmed.",
    "A year later, more than 900 Ivorian gendarmes were living as exiles in the capital.",
    "The agency estimated that dozens of former fighters were also living among refugees in the north.",
    "A deputy said that up to 200 officers could still be in the country by the spring.",
    "As of 1 May, 1,480 former soldiers were resident in the transit centres of the province.",
    "- Camp roll, 3 March: 2,211 soldiers present in camp.",
    "Several thousand Hungarian soldiers spent a winter in Austrian camps before they could go home.",
])
def test_being_somewhere_without_a_verb_of_staying_is_remaining(text):
    """Still there, living as refugees, could be in the country, resident, present in camp, spent months in camps:
    where the people are, not a move."""
    assert status_of(text)[0] == "remaining"


@pytest.mark.parametrize("text, statuses", [
    ("A monitoring group in Bangui said it had documented at least 23 returnees who were detained after reaching "
     "their villages.", ["other"]),
    ("Of the 40 men interviewed, 11 said they had been detained after crossing back, some for weeks.",
     ["other", "other"]),
    # people held in the host country, whose return is only feared, still remain there
    ("At least 60 officers held at the camp near Kousseri fear what they could face on return.", ["remaining"]),
])
def test_people_detained_at_home_after_their_return_are_other(text, statuses):
    """Detained by their own country after going home: not people who remain in the host country."""
    assert status_of(text) == statuses


def test_a_bullet_goes_on_from_the_bullet_above_it():
    """Each item of a factbox is its own line; "their number" in one is the number of those the item above says
    crossed, as in the next sentence of a paragraph."""
    text = ("Factbox: Ivorian soldiers in Liberia\n\nA few hundred remain in Liberian custody.\n\nTHE CROSSING\n"
            "* Between 6 and 8 May, Ivorian soldiers crossed into Liberia at Toe Town.\n"
            "* The army initially put their number at 2,900.")
    assert status_of(text)[-1] == "entered"


@pytest.mark.parametrize("text", [
    "The rest — 512 Ivorian soldiers — are still being held at the camp near Ganta.",
    "The rest - 512 Ivorian soldiers, among them several dozen officers - are still being held near Ganta.",
])
def test_a_figure_set_off_by_dashes_takes_the_verb_after_the_closing_dash(text):
    assert status_of(text)[0] == "remaining"


@pytest.mark.parametrize("text", [
    "Officials in Baghdad put the number at the Al-Marsana airfield at 412 soldiers.",
    "The count at Camp Taji was 97 officers by the end of the month.",
])
def test_the_number_put_at_a_camp_counts_the_people_held_there(text):
    assert status_of(text)[0] == "remaining"


def test_a_new_bullet_is_its_own_point_not_the_narrative_of_the_one_above():
    """ "• … have been brought back." then "• Not only soldiers: … police officers also crossed": the crossing of the
    new point is an entry, not a return told by the bullet above it."""
    text = ("• Going home: on Wednesday 469 of the soldiers were driven back across the border.\n"
            "• Not only soldiers: officials say 60 police officers also crossed, with the troops.")
    assert status_of(text)[-1] == "entered"
