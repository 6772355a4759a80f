"""Thirty-four sets written and annotated by colleagues who never saw the rules (`fixtures/blind2..35`, FORMAT.md and
the seeds' conventions), each on the Syrian soldiers in Iraq and on other caseloads (Ethiopian soldiers in
Sudan, Venezuelan defectors in Colombia, Nigerian soldiers in Cameroon, Jubaland soldiers in Kenya, Libyan
troops in Tunisia, Myanmar, Central African, Ukrainian, Ivorian, Gambian, Afghan and Sudanese soldiers;
SPLA-IO fighters in DR Congo, Iraqi soldiers in Syria, Burundian, Yemeni and Chadian soldiers; South Lebanon
Army militiamen in Israel, Bosnian soldiers in Serbia, Rwandan ex-FAR soldiers in Zaire; Iraqi soldiers in Iran,
Azerbaijani soldiers in Iran, Cambodian royalist soldiers in Thailand; Libyan soldiers in Niger, UNITA fighters
in Zambia, Haitian police and soldiers in the Dominican Republic; Ugandan soldiers in Sudan, Tajik opposition fighters in
Afghanistan, Eritrean deserters in Ethiopia; Georgian soldiers in Russia, Sierra Leone Army soldiers in Guinea,
Lesotho soldiers in South Africa; Liberian AFL soldiers in Sierra Leone, Zairean FAZ soldiers in Brazzaville,
Azerbaijani soldiers in Iran; Ethiopian Derg soldiers in Kenya and Sudan, Guinea-Bissau soldiers in Senegal,
Panamanian Defense Forces members in Costa Rica; Kuwaiti soldiers in Saudi Arabia, Royal Lao Army soldiers in
Thailand, Nicaraguan National Guard members in Honduras; the French Army of the East interned in Switzerland,
Polish soldiers interned in Romania, Chinese Nationalist troops interned in French Indochina; the Spanish
Republican army interned in France, Italian soldiers interned in Switzerland, Greek Democratic Army fighters in
Albania; Polish soldiers interned in Hungary, Turkish servicemen in Greece, Mozambican soldiers in Malawi;
Hungarian soldiers interned in Austria, Chadian government troops in Cameroon, Iraqi airmen in Iran, Belarusian
border guards in Lithuania; South Vietnamese servicemen in Thailand, Albanian soldiers in Greece, Venezuelan
soldiers in Brazil, Mexican Federal soldiers interned in Texas; Polish soldiers interned in Lithuania and Latvia,
Sudanese army soldiers in South Sudan, Congolese army soldiers in Burundi and Uganda, the French 45th Army Corps
interned in Switzerland; Burkinabe soldiers in Ghana and Cote d'Ivoire, Yugoslav army deserters in Hungary, Khmer
Rouge defectors in Vietnam, Ethiopian soldiers in Eritrea; Libyan soldiers in Algeria, Mozambican soldiers in
Tanzania, Czechoslovak soldiers in Poland, Congolese army soldiers in Rwanda; M23 fighters in Uganda and Rwanda,
German and Baltic soldiers interned in Sweden, Iraqi deserters in Saudi Arabia).

Measured when each was still blind (counts F1, statements F1; status, place, period, population of matched
figures): blind2 0.90, 0.93; 0.75, 0.64, 0.80, 0.78. blind3 0.88, 0.91; 0.66, 0.69, 0.78, 0.90.
blind4 0.88, 0.89; 0.79, 0.62, 0.72, 0.83. blind5 0.83, 0.90; 0.86, 0.66, 0.80, 0.92.
blind6 (measured after the other rules of its session; five status cues were written after) 0.89, 0.92;
0.78, 0.62, 0.79, 0.98.
blind7 (measured after one place rule of its session) 0.89, 0.92; 0.71, 0.69, 0.80, 0.80.
blind8 (measured after the rules written against blind7) 0.86, 0.92; 0.62, 0.61, 0.83, 0.88.
blind9 (measured at the start of the session that wrote the next rules) 0.87, 0.86; 0.79, 0.54, 0.74, 0.91.
blind10 (measured after the status, place, count and period rules of that session, before its last
two) 0.87, 0.82; 0.72, 0.64, 0.78, 0.77.
blind11 (measured after the first four rules of its session, written against blind9 and blind10) 0.89, 0.90;
0.78, 0.79, 0.77, 0.97.
blind12 (measured after that session's rules but its last four commits) 0.90, 0.89; 0.86, 0.79, 0.88, 0.97.
blind13 (measured after three rules of its session, written against blind9-12) 0.87, 0.87; 0.70, 0.60, 0.80,
0.83. blind14 (measured midway through its session; 0.81, 0.84; 0.75, 0.64, 0.78, 0.87 on the code it started
from) 0.82, 0.84; 0.77, 0.67, 0.81, 0.89. blind15 (measured on the session's last rules but a hedged-range fix
written from it; 0.84, 0.87; 0.67, 0.53, 0.84, 0.97 on the code the session started from) 0.84, 0.87; 0.67, 0.55,
0.84, 0.97. blind16 (measured on the session's last rules; 0.88, 0.91; 0.78, 0.69, 0.80, 0.88 on the code the
session started from) 0.88, 0.92; 0.80, 0.72, 0.80, 0.89. blind17 (measured on the session's last rules but a
by-the-numbers rule written from it; 0.73, 0.91; 0.59, 0.56, 0.75, 0.87 on the code the session started from)
0.78, 0.92; 0.58, 0.47, 0.73, 0.88. blind18 (measured on arrival, after that session's first two commits;
0.85, 0.86; 0.65, 0.63, 0.69, 0.91 on the code the session started from) 0.85, 0.86; 0.65, 0.65, 0.69, 0.91.
blind19 (measured on arrival, on the code the session started from; its dispatches of 1871 and 1939 then lost
their figures to a date bound of 1945, since lifted) 0.86, 0.81; 0.72, 0.67, 0.69, 0.87.
blind20 (a TV transcript, a committee hearing, a feature, a policy brief and a newsletter; measured on arrival,
on the code of the session's first two performance commits, before its rules) 0.89, 0.79; 0.67, 0.67, 0.82, 0.83.
blind21 (a wire update, a fact-check, an editorial, a photo essay and a court report; measured on arrival, after
that session's rules written against blind20 and the merged rules of a colleague's branch) 0.87, 0.96; 0.80, 0.75,
0.69, 0.93.
blind22 (a radio bulletin script, a chronology, a parliamentary written answer, a declassified cable, a UN
Secretary-General's report, a magazine long read, a news-in-brief roundup and a podcast transcript; measured on
arrival, on the code the session started from) 0.79, 0.69; 0.86, 0.62, 0.67, 0.91.
blind23 (an encyclopedia entry, a ministry briefing transcript, a flash update, a working paper, a CORRECTED
wire story, a profile, a joint statement and a researcher's blog; measured on arrival, after that session's
rules written against blind22 and one written from it: its working paper's section number "4.1" had been read as
a count of 4.1 people and stopped the build) 0.90, 0.75; 0.76, 0.68, 0.73, 0.85.
blind24 (a fact-check, a TV news transcript, committee minutes, a tribunal judgment, an email newsletter, a
statistics press release, a detention-monitoring report and a soldier's diary; measured on arrival, after that
session's first two commits, written against blind23) 0.87, 0.81; 0.78, 0.68, 0.75, 0.84.
blind25 (an opinion column, a print Q&A interview with questions in bold, a photo-caption package, a consultancy's
security brief, a letter to the editor, an obituary, an NGO press release and a compilation of channel posts;
measured on arrival, after that session's rules written against blind24) 0.76, 0.57; 0.67, 0.60, 0.59, 0.83.
blind26 (a live blog, an FAQ explainer, a minister's speech to parliament as delivered, a satellite-imagery
analysis, a book review, a regional news roundup, an unsigned editorial and a court report; Karabakh soldiers in
Armenia 2023, Estonians in Finland and Sweden 1944, Malians in Niger and Algeria 2012, Zimbabweans in Botswana
2008; measured on arrival, at the start of its session) 0.91, 0.84; 0.80, 0.57, 0.88, 0.83.
blind27 (a numbered social-media thread, a press review of Arabic papers in translation, a military situation
report, a minute-by-minute reconstruction, an "as told to" monologue, a leaked memo, a live reader Q&A and an
"in numbers" factbox; Nigerians in Cameroon and Chad 2014, Yemenis in Saudi Arabia 2015, South Sudanese in
Uganda 2016, Central Africans in Cameroon 2013; measured on arrival, after that session's rules written
against blind26) 0.73, 0.69; 0.74, 0.54, 0.81, 0.82.
blind28 (a wire "urgent" sequence with its write-through, a parliamentary written question and answer, an aid
agency's donor update, a magazine profile moving back and forth in time, a fact-check, a radio interview
transcript, an obituary and a border town's court-and-council round-up; Ivorian soldiers in Ghana 2011, Somali
soldiers in Kenya and Ethiopia 1991, Idi Amin's soldiers in Zaire, Sudan and Kenya 1979, Bengali soldiers in
India 1971; measured on arrival, after that session's first three place rules, written against the older sets)
0.81, 0.72; 0.85, 0.68, 0.79, 0.85.
blind29 (ordinary news in eight house styles: a Kurdistan Region outlet's short report, a news agency's story
with a correction, a humanitarian outlet's feature, a six-months-on follow-up, a public broadcaster's web article,
a think-tank commentary with footnotes, an anniversary retrospective and a regional daily's report at the time;
Libyan soldiers in Algeria 2011, Mozambican soldiers in Tanzania 2020, Czechoslovak soldiers in Poland 1939,
Congolese army soldiers in Rwanda 2025; measured on arrival, on the code the session started from) 0.93, 0.93;
0.74, 0.61, 0.82, 0.88.
blind30 (ordinary coverage told eight other ways: a wire item updated later in the day, a pan-Arab daily's analysis
comparing Baghdad's, Damascus's and a monitor's figures, a local outlet's report in translated style with figures
in brackets, a UN briefing note with "as of" figures, a magazine feature on one officer's journey, a fact-check
with verdicts, a parliamentary hearing in reported speech and a newspaper report written at the time; German and
Baltic soldiers interned in Sweden 1945, Bolivian soldiers in Peru 1952, Zairean soldiers in Zambia 1997;
measured on arrival, on the code its session started from and again after that session's first five commits,
both) 0.93, 0.91; 0.81, 0.67, 0.71, 0.86.
blind31 (eight more house styles: a TV channel's live blog, newest entry first, with a correction; a think-tank
brief that lists the estimates in circulation under headings; a Kurdistan Region outlet's report; a rights group's
report with soldiers' testimony; an anniversary feature; a news agency's question-and-answer explainer; a summary of
a Security Council briefing in reported speech; and a newspaper report written at the time; French soldiers
interned in Switzerland 1940, Malian soldiers in Niger and Mauritania 2012, Polish soldiers in Romania 1939;
measured on arrival, on the code its session started from) 0.90, 0.83; 0.76, 0.61, 0.64, 0.90.
blind32 (eight more house styles: a radio station's bulletin transcript with a correspondent and an on-air
correction; a morning email newsletter citing other outlets; a ministry's English press release with dated handover
batches; an investigative long read with a dated timeline; a museum exhibition review; an interview transcript with
a border commander; a humanitarian agency's press release; and a wire report written at the time; Hungarian soldiers
in Austria 1956, Central African soldiers in Cameroon 2013, Spanish Republican soldiers in France 1939; measured on
arrival, on the code its session started from) 0.83, 0.77; 0.72, 0.64, 0.72, 0.84.
blind33 (eight more house styles: a joint press conference transcript with ministers correcting and contradicting
each other; a leaked diplomatic cable; a business outlet's piece on what hosting the men costs; a translated local
Syrian feature on the families of returnees; a podcast transcript with two hosts and a researcher; an academic
article's findings section; a refugee agency's operational update; and a wire report written at the time; Royal Lao
Army soldiers in Thailand 1975, Ivorian soldiers in Liberia 2011, Kuwaiti soldiers in Saudi Arabia 1990; measured on
arrival, on the code its session started from) 0.85, 0.77; 0.83, 0.54, 0.70, 0.94.
blind34 (eight more house styles: a fact-check rating three claims; the record of a parliamentary committee hearing
where a deputy minister corrects his figures; a live blog, newest first, revising its own numbers; a question-and-answer
explainer setting five sources' figures side by side; a weekly regional newsletter; a magazine long read; a human
rights group's press release; and a radio bulletin script written at the time; Cambodian royalist troops in Thailand
1997, South Sudanese SPLA-IO fighters in the DR Congo 2016, Ukrainian soldiers in Russia 2014; measured on arrival,
after its session's first commit, written before the set was seen) 0.92, 0.78; 0.82, 0.78, 0.63, 0.88.
blind35 (eight more house styles: a UN spokesperson's noon briefing transcript with journalists' questions; a TV
panel debate whose guests contradict each other's figures; a readers' editor's column on a misprinted figure; an
open-source analyst's newsletter with a dated list of estimates; a wire agency's analysis; a rights group's annual
report chapter in numbered paragraphs; a memoir excerpt; and a newspaper report written at the time; M23 fighters in
Uganda and Rwanda 2013, German and Baltic soldiers interned in Sweden 1945-46 (the extradition blind26's review
told), Iraqi deserters in Saudi Arabia 1991; measured on arrival, after its session's first two commits, written
before the set was seen; the same on the code the session started from) 0.94, 0.83; 0.78, 0.65, 0.70, 0.88.
blind36 (eight more house styles: a press conference in Damascus on receiving the men handed back; a wire agency's
feed of timestamped alerts that correct each other; a "week ahead" preview in the future tense; an audit report on
the cost of hosting them; a magazine "day in the life" of a border customs officer; a local-history society
newsletter; a news magazine dispatch written at the time; and a state news agency report with a follow-up; Red Army
soldiers interned in East Prussia 1920, Khmer Rouge soldiers in Thailand 1979, Kokang fighters in China 2009;
measured on arrival, on the code the session started from) 0.90, 0.86; 0.63, 0.60, 0.81, 0.77.
blind37 (eight more house styles: a reporter's numbered social-media thread; a humanitarian NGO's press release with
notes to editors; a "what the papers say" press review; minutes of a provincial council committee; a print Q&A
interview with a border commander; a museum audio-guide script; a UN meetings-coverage press release; and a
family-history blog post; Hungarian and Polish soldiers in the Ottoman Empire 1849, Chinese Nationalist troops in
Burma 1950-53, the Royal Naval Division interned in the Netherlands 1914-18; measured on arrival, on the code the
session started from) 0.86, 0.72; 0.63, 0.51, 0.64, 0.92.
blind38 (eight more house styles: a podcast transcript with time codes; a letters-to-the-editor page with the
editor's replies; excerpts of an administrative court's judgment; an obituary; a think-tank data newsletter with a
plain-text table; an encyclopedia entry with numbered citations; a school history lesson with source boxes; and a
travel column; General Bourbaki's army interned in Switzerland 1871, Polish soldiers interned in Lithuania
1939-40, the Greek IV Army Corps at Görlitz 1916-19; measured on arrival, on code whose release tables equal those
of the code the session started from) 0.93, 0.76; 0.65, 0.73, 0.68, 0.86.
blind39 (eight more house styles: a documentary shooting script with captions and voice-over; a radio phone-in
with callers and a ministry statement read on air; a country expert's report for an asylum tribunal with numbered
paragraphs and footnotes; an online encyclopedia's talk page; a ministry's page of call readouts; a memoir excerpt;
a museum's wall texts and object labels; a parliamentary oral-history interview; Syrian army defectors in Turkey
2011-12, Paraguayan rebel soldiers interned in Argentina 1947-49, Indian troops who withdrew through Bhutan 1962;
measured on arrival, on the code the session started from) 0.93, 0.67; 0.74, 0.64, 0.70, 0.88.
blind40 (eight ordinary news stories from outlets of other habits: an Iraqi site's English edition in translated
English with bracketed figures; a wire story with an update and an editing tail; a regional daily's anniversary
story; an agency's report of a parliamentary session; a humanitarian news service's feature on returnees; Afghan
soldiers in Chitral 2021, Burkinabe soldiers in northern Ghana and Togo 2023, Chinese Nationalist troops in Burma
1950-61; measured on arrival, on the code the session started from) 0.94, 0.93; 0.74, 0.54, 0.75, 0.82.
blind41 (eight more ordinary news and comment pieces: a TV channel's web article with video captions and link lines;
a morning newsletter mixing other regional items; an investigative long-read quoting a leaked memo; an op-ed by a
former official; a local radio station's story on families waiting; Ethiopian federal soldiers in Sudan 2021,
Burundian soldiers in Rwanda and Tanzania 2015, Confederate soldiers in Mexico 1865; measured on arrival, on the
code of that session written before it, from blind40 and the older sets) 0.91, 0.92; 0.86, 0.73, 0.86, 0.75.
blind42 (eight more: a Kurdish regional site's English story, a state news agency's English service, a broadsheet
correspondent's dispatch, a weekly magazine's Q&A with a border commander, a news site's dated timeline; Norwegian
soldiers in Sweden 1940, Yemeni soldiers in Oman 2015, the French 45th Corps and its Polish division in
Switzerland 1940; measured on arrival on the code before it) 0.93, 0.88; 0.74, 0.65, 0.76, 0.85.
blind43 (eight more: a wire service's roundup of briefs with their own datelines, a UN agency's briefing notes with
questions and answers, a Baghdad English daily's report in the passive voice, a think-tank analyst's column, a live
blog of a handover day; Belgian soldiers interned in the Netherlands 1914, Nigerien soldiers in Benin 2025, Chinese
Nationalist troops interned in French Indochina 1949-53; measured on arrival on the code before it) 0.92, 0.86;
0.74, 0.66, 0.79, 0.84.
blind44 (eight more: a regional TV channel's web story from a broadcast package, a parliamentary committee's hearing
record, a humanitarian situation report with key figures and tables, a magazine feature told through one officer,
a fact-check; Danish soldiers and police in Sweden 1943-45, Guinea-Bissau National Guard members in Senegal 2023,
Hungarian soldiers interned in Austria 1956; measured on arrival on the code before it) 0.92, 0.87; 0.82, 0.71,
0.76, 0.90.
blind45 (eight more: an Iraqi local news site's English edition translated from Arabic, a human rights report
chapter with interviews and footnotes, a weekly email newsletter digest, a dated timeline explainer, a ministry's
press release followed by a wire service's update of it; Boer commandos interned in Portuguese East Africa and
Portugal 1900-02, Eritrean soldiers disarmed in Sudan 2023, the British Royal Naval Division interned at Groningen
1914-18; measured on arrival on the code before it) 0.91, 0.94; 0.78, 0.68, 0.85, 0.92.
blind46 (eight more: a think-tank policy brief with key takeaways and footnotes, a podcast episode page with
show notes and a partial transcript, a Gulf English-language daily's story with "Also read" lines, a feature on the
townspeople of Al-Rutba, a follow-up story with a correction note; General Bredov's White Russian troops interned in
Poland 1920, Cameroonian soldiers who fled into Nigeria 2024, Su Bingwen's Chinese troops interned in the Soviet
Union 1932-33; measured on arrival on the code before it) 0.90, 0.95; 0.73, 0.64, 0.71, 0.93.
blind47 (eight more: a broadcaster's live-updates page, a parliamentary hearing write-up, a question-and-answer
explainer, an NGO situation report with a table of figures by site, a regional outlet's long interview with the
officer who received the soldiers; the Greek IV Army Corps interned at Görlitz 1916-19, Sierra Leonean mutineers
held in Liberia 2025, the Kamerun Schutztruppe interned in Spanish Guinea and Spain 1916-19; measured on arrival on
the code before it) 0.88, 0.82; 0.73, 0.58, 0.79, 0.88.
blind48 (eight more: a wire agency's factbox, an analyst's opinion column, a UN agency's press briefing transcript,
a court story on an officer's challenge to his detention, a data-journalism piece with a methodology box and a
list of discrepancies; the Finnish Red Guards who fled into Soviet Russia 1918, Liberian soldiers in Sierra Leone
2003, Bakich's White army interned in Xinjiang 1920-21; measured on arrival on the code before it) 0.92, 0.87;
0.77, 0.64, 0.78, 0.83.
blind49 (eight ordinary news stories: a wire agency's handover story, a Middle East news site's story on the figures
for those still held, a broadcaster's report from the Syrian side of the border, a regional daily's follow-up on
the last officers in Iraq, a story on a budget dispute in Baghdad; Azerbaijani fighters who fled from Iran into
Soviet Azerbaijan 1946, Guinean soldiers held in Sierra Leone after the 2021 coup, Sweden's handover of Baltic
and German internees 1946; measured on arrival on the code before it) 0.94, 0.94; 0.77, 0.59, 0.73, 0.84.
blind50 (eight more ordinary news stories: a wire brief on a return convoy, an Iraqi outlet's story from Anbar with
figures per site, a humanitarian story on the officers who refuse to return, a Syrian outlet's story on the returnees'
settlement process, a year-on anniversary piece; the Kurdish peshmerga who crossed into Iran in 1975, Togolese
soldiers in Ghana 2025, the 1st Russian National Army interned in Liechtenstein 1945; measured on arrival on the code
before it) 0.96, 0.92; 0.73, 0.59, 0.82, 0.91.
blind51 (eight more ordinary news stories: a wire agency's day-of story on the first handover, a broadsheet's news
analysis, a Gulf daily's story on Syria vetting the returnees with an "In numbers" list, a local item on a transfer to
Camp Taji, a human-interest story on families waiting; the Carlist army interned in France 1876, Anjouan's soldiers
held in Mayotte 2008, the Kronstadt rebels interned in Finland 1921; measured on arrival on the code before it) 0.90,
0.95; 0.73, 0.53, 0.80, 0.86.
blind52 (a Baghdad wire's "what we know" explainer with subheads, a provincial paper's terse court-and-security item,
a long interview with a returned officer, a think-tank commentary setting the sources' figures against each other, a
one-year-on piece; Afghan soldiers and airmen in Uzbekistan and Tajikistan 2021, Belgian soldiers interned in the
Netherlands 1914 and Austrian Schutzbund fighters in Czechoslovakia 1934, written afresh on caseloads two older sets
also cover, and on a new one; measured on arrival after the session's first rule commit) 0.94, 0.89; 0.70, 0.68,
0.70, 0.78.
blind53 (a live blog of a handover day, a Syrian news agency's English service, a human-rights report's excerpt, a TV
roundtable's transcript, a data piece with a fourteen-row table of every official figure; Katangese gendarmes in
Angola 1963, Armenian fighters who crossed into Persia in 1921, the Hungarian army interned at Vidin and Shumla in
1849; measured on arrival after the session's first four rule commits) 0.85, 0.84; 0.70, 0.71, 0.70, 0.73.
blind54 (an Iraqi daily's unsigned editorial, a humanitarian organisation's press release on family contact, a radio
bulletin with other news around it, a profile of a border-guard commander, a report of a parliamentary committee
hearing; Pakistani soldiers who escaped into Burma in 1971, Portuguese royalists interned in Spain 1911-1912, Krajina
Serb soldiers into Bosnia and Serbia 1995; measured on arrival after the session's first seven rule commits) 0.95,
0.89; 0.71, 0.67, 0.77, 0.90.
blind55 (a wire timeline factbox, a Deir ez-Zor outlet's story of returnees coming home, an analyst's newsletter with
"numbers to watch", a refugee agency's Geneva briefing notes with questions, a report of a Baghdad court hearing; the
Potemkin's mutineers in Romania 1905, Chechen fighters in Georgia's Pankisi Gorge 2000, Guatemalan rebels in
Honduras 1960; measured on arrival after the session's first ten rule commits) 0.93, 0.92; 0.77, 0.72, 0.80, 0.81.
blind56 (an investigation built on leaked army documents, a wire "UPDATE 2" revising its figure, a Q&A with a tribal
sheikh who hosted soldiers, a weekly roundup with other news around it, a photo gallery's numbered captions; Greek
soldiers who escaped to Turkey 1941, Batista's officers in the Dominican Republic 1959, East Timorese militiamen in
West Timor 1999; measured on arrival after the session's first thirteen rule commits) 0.90 (0.89 as the tests extract
it: the release sets aside one row more), 0.83; 0.70, 0.55, 0.72, 0.78.
blind57 (a fact-check of a viral claim, an obituary of an officer who died at Camp Taji, a business story on trade
through the reopened crossing, a former UN official's op-ed, a breaking-news flash with two updates; Palestinian
fedayeen who crossed the Jordan to surrender to Israel 1971, Paris Commune fighters in Belgium and Switzerland 1871,
Surinamese Jungle Commando fighters in French Guiana 1987; measured on arrival after the session's first sixteen rule
commits) 0.91, 0.94; 0.76, 0.70, 0.83, 0.80.
blind58 (a news agency factbox, a call-in show on an Anbar radio, a diaspora paper's feature on families in Homs and
Hama waiting for word, an Iraqi MP's press conference and the ministry's reply, a correction notice above the corrected
story; Papuan soldiers who deserted an Indonesian battalion into Papua New Guinea 1984, Tibetan Khampa guerrillas
disarmed in Nepal's Mustang 1974, Bougainville rebels in the Solomon Islands 1992; measured on arrival at the
session's start) 0.92, 0.94; 0.74, 0.66, 0.72, 0.89.
blind59 (a letter to the editor from an officer's sister, a live blog of a handover day, a policy brief's summary with
a key-figures box, a "five questions answered" explainer, a one-year-on retrospective with a timeline; Austrian Nazi
putschists interned in Yugoslavia 1934, Herero fighters and families in British Bechuanaland 1904-1905, Basmachi
horsemen disarmed in Afghanistan 1931; measured on arrival at the session's start) 0.93, 0.88; 0.70, 0.61, 0.76, 0.83.
blind60 (a magazine long read with a "numbers" sidebar, a "what we know so far" explainer of 9 December 2024, a
think-tank panel write-up, an Anbar council's costs of hosting the men, a Baghdad court ruling on an officer's asylum
request; Fenian raiders disarmed in Vermont and New York 1866, Brazilian Federalist rebels interned in Uruguay
1894-1895, South Vietnamese pilots at U-Tapao 1975; measured on arrival after the session's ninth rule commit) 0.90,
0.92; 0.66, 0.78, 0.76, 0.82.
blind61 (a rights group's press release, a Sunday interview with the commander of Al-Marsana airfield, a tabloid story
whose body corrects its headline, a wire analysis comparing armies that fled, an "in brief" column; Biafran soldiers
in Cameroon and Fernando Po 1970, Yugoslav army soldiers in Austria 1991, Free Aceh fighters in Malaysia 2003; measured
on arrival after the session's ninth rule commit) 0.92, 0.88; 0.78, 0.60, 0.90, 0.85.
blind62 (an MP's written question and the interior minister's numbered answer, a fact-check of a viral claim, a live
blog of the first handover day, an obituary of an officer who died at Camp Taji, a humanitarian situation report;
the Serbian army's evacuation to Corfu 1916, Eritrean deserters in Djibouti 2008, Tamil Tiger fighters in Tamil Nadu
2009; measured on arrival after the session's third commit) 0.95, 0.87; 0.75, 0.76, 0.65, 0.88.
blind63 (a radio bulletin script, a Kurdish outlet's report in English, a data piece reconciling five sources' totals,
a retired border officer's letter to the editor and the editor's reply, an asylum appeal in a Baghdad court; Malayan
communist guerrillas in southern Thailand 1953, FARC fighters in Ecuador 2008, MNLF fighters in Sabah 1975; measured on
arrival after the session's seventh commit) 0.88, 0.93; 0.85, 0.85, 0.84, 0.85.
blind64 (a think tank's weekly newsletter, an eight-question explainer, a TV reporter's stand-up at Camp Taji, an MP's
op-ed with an editor's note, a correction notice with the corrected article; Polisario fighters and Sahrawi families in
Tindouf 1976, FULRO fighters leaving Cambodia 1992, Kosovo Liberation Army fighters in Kukës 1998; measured on arrival
after the session's tenth commit) 0.90, 0.96; 0.82, 0.72, 0.90, 0.85.
blind65 (a news agency's morning briefing, a Baghdad court hearing on an officer's transfer, a family in Deir ez-Zor
waiting for a son held in Iraq, a fact-check of a viral figure, a one-year timeline; Hissène Habré's soldiers in
Cameroon 1990, Fikret Abdić's fighters at Kupljensko 1995, Royal Lao Army soldiers and Hmong fighters at Nong Khai
1975; measured on arrival before the session's first commit) 0.96, 0.95; 0.79, 0.77, 0.89, 0.89.
blind66 (a defence ministry's press release with a questions-and-answers annex, a rights group's urgent action, a
letters page, the opening of a long read at Al-Marsana, a parliamentary committee's minutes; Lon Nol's soldiers in
Thailand 1975, Chetniks interned in Italy 1945, Imperial Iranian Army officers in Turkey 1979; measured on arrival after
the session's seventh commit) 0.95, 0.84; 0.70, 0.78, 0.75, 0.84.
blind67 (a wire service's factbox, a podcast's notes and transcript with two guests at odds, an Al-Rutba traders
story, a working paper's data section with a table of estimates, an ombudsman's answer on a misprinted figure;
Salvadoran soldiers in Honduras 1969, Azerbaijani soldiers in Iran 1993, Ukrainian border guards and marines leaving
Crimea 2014; measured on arrival after the session's fourteenth commit) 0.96, 0.88; 0.76, 0.61, 0.88, 0.89.
blind68 (an Iraqi parliamentary security committee hearing, an NGO's release on Camp Taji, a long read with an
officer's family in Homs, a live blog of the first handover day, a data piece comparing five sources; Caprivi fighters
and Namibian deserters in Botswana 1999, Obote's soldiers in Tanzania 1971, Khmer Rouge defectors in Vietnam 1978;
measured on arrival before the session's first commit) 0.97, 0.91; 0.77, 0.67, 0.83, 0.73.
blind69 (an Iraqi radio station's news bulletin, a court report on an officer's detention at Camp Taji, a general's
obituary, a diaspora newsletter's five questions, a corrections column reconciling three stories' figures; FNLA
fighters in Zaire 1976, Contra fighters in Honduras 1990, Nepalese Maoists in India 2002; measured on arrival after the
session's fifth commit) 0.94, 0.95; 0.82, 0.72, 0.67, 0.85.
blind70 (a regional channel's evening news with a reporter at Al-Qaim, a UN agency's monthly update with a key-figures
box and a weekly table, a profile of the officer who ran the reception at Al-Marsana, a think-tank commentary on
undercounting, an Anbar council's minutes on costs; the Malawi Young Pioneers in Mozambique 1994, the Prestes Column in
Bolivia 1927, Equatorial Guinean soldiers in Gabon and Cameroon 1979; measured on arrival after the session's eighth
commit) 0.88, 0.90; 0.78, 0.53, 0.75, 0.79.
blind71 (a wire service's "what we know" explainer with a dated timeline, an Anbar MP's press conference, a returnee's
essay on Al-Marsana and the bus back, a magazine's fact box comparing earlier crossings, a governor's radio interview;
Sandinistas in Costa Rica 1978, the Hungarian Red Army in Austria 1919, FROLINAT fighters in Darfur 1969; measured on
arrival after the session's twelfth commit) 0.94, 0.84; 0.80, 0.65, 0.67, 0.80.
blind72 (a live blog of the first handover at Al-Qaim with corrections, a committee hearing with a minister's written
answers, a rights group's press release reproduced with comment, a weekly regional digest, families in Deir ez-Zor and
Latakia one year on; Calderonistas in Nicaragua 1948, TNKU rebels in Indonesian Kalimantan 1963, UPA fighters reaching
the American zone of Germany 1947; measured on arrival, the session's first) 0.94, 0.93; 0.69, 0.61, 0.84, 0.86.
blind73 (a fact-check of three viral claims, a UN noon briefing with questions, a court report on a family's suit over
an officer at Camp Taji, a data desk's methodology note, a retired general's opinion column; Permesta rebels in Mindanao
1958, Nkrumah's guardsmen and police in Togo 1966, Shanti Bahini fighters in Tripura 1986; measured on arrival after the
session's first commit) 0.89, 0.89; 0.76, 0.63, 0.78, 0.79.
blind74 (a correspondent's dispatch from Al-Qaim on the day of the first handover, a parliamentary committee hearing
whose witnesses give differing figures, a question-and-answer explainer, a weekly regional roundup, an interview with
the wife of an officer held at Camp Taji; Rif fighters in French Morocco 1926, ZIPRA ex-combatants at Dukwe in
Botswana 1983, Balmacedist officers in Argentina and Peru 1891; measured on arrival after the session's tenth commit)
0.90, 0.83; 0.67, 0.56, 0.80, 0.78.
blind75 (a second colleague's set from the same brief: a dispatch from Al-Qaim on the first handover, a committee
hearing with a corrected figure, an explainer with a list, a weekly roundup, an interview with an officer's wife; Rif
fighters 1926, ZIPRA ex-combatants at Dukwe 1983, Balmacedist officers 1891 with a rank table; measured on arrival
after the session's sixteenth commit) 0.87, 0.85; 0.72, 0.56, 0.88, 0.77.
blind76 (a wire report on a handover day at Al-Qaim, an NGO release with a numbered list and a correction, a committee
question-and-answer transcript, a feature following one colonel over months, a fact-check of a viral claim; Bourbaki's
army interned in Switzerland 1871, Myanmar troops in Bangladesh and Mizoram 2024, Afghan air crews in Uzbekistan and
Tajikistan 2021; measured on arrival after the session's fourth commit) 0.88, 0.83; 0.67, 0.67, 0.74, 0.80.
blind77 (a second colleague's set: a wire brief with a dateline, a former border official's op-ed disputing the
figures, a ministry statement in full with a table, a radio interview with a returnee, a humanitarian agency's monthly
situation report; Polish soldiers in Romania and Hungary 1939, Chinese Nationalist troops in Burma and Thailand 1950,
Katangese gendarmes in Angola 1963; measured on arrival after the session's fifth commit) 0.92, 0.78; 0.75, 0.74,
0.82, 0.87.
blind78 (a regional TV channel's web story on a handover day at Al-Qaim, a humanitarian situation report with an "as
of" table, a parliamentary committee hearing in reported speech, a long-form piece moving back and forth in time;
Afghan troops in Uzbekistan and Tajikistan 2021 as a wire factbox, Bourbaki's army interned in Switzerland 1871 with
footnotes, Myanmar border guards in Bangladesh 2024 in a council report, Polish troops interned in Hungary 1939
reported at the time; measured on arrival after the session's twenty-ninth commit) 0.96, 0.94; 0.83, 0.69, 0.82, 0.86.
blind79 (a regional TV channel's web story on a handover day at Al-Qaim, a local paper's council report, an aid agency's
situation report with an "as of" table of several figure columns, a long-form piece on the last officers at Camp Taji;
Bourbaki's army in Switzerland 1871 reported at the time in the English of the day, Myanmar border guards in Bangladesh
2024 as a wire factbox, the Royal Naval Division interned at Groningen 1914-16 in a parliamentary summary, Central
African soldiers in Congo and Cameroon 2013-14 as think-tank commentary with footnotes; measured on arrival at the
start of the session of 2026-12-04, third session) 0.86, 0.89; 0.78, 0.59, 0.80, 0.78.
blind80 (a live blog with timestamps on the crossing night, a translated press review of the Baghdad dailies, a Q&A
explainer, a report on the 1,905 handover with a correction appended; Polish soldiers into Romania 1939 in an
obituary, Afghan soldiers into Uzbekistan 2021 as an NGO press release, Malian soldiers into Algeria and Mauritania
2012 in a weekly newsletter digest, Venezuelan deserters in Colombia 2019 as a radio transcript turned web copy;
measured on arrival at the start of the session of 2026-12-04, fourth session) 0.92, 0.92; 0.80, 0.57, 0.76, 0.83.
blind81 (a local radio bulletin script on the 1,905 handover, a wire "what we know" list, a long interview with a
retired brigadier who ran Al-Marsana with editor's notes in brackets, an op-ed by a former official; Iraqi airmen who
flew to Iran in 1991 in a historian's blog with archive footnotes, Ethiopian soldiers in Sudan 2020 as a
humanitarian flash update with an "as of" table, South Lebanon Army members in Israel in a court judgment summary,
Ukrainian soldiers into Russia 2014 as a tabloid story; measured on arrival in the middle of that session, after
its twenty-fourth commit) 0.89, 0.81; 0.80, 0.75, 0.86, 0.88.
blind82 (a TV evening news script with presenter, reporter and sound bites, a business paper on the cost of hosting
the soldiers, a wire corrections roundup, a French agency's dispatch in translation; the Greek IV Army Corps taken to
Görlitz 1916-19 as a war diary with a historian's commentary, Khmer Rouge soldiers at Sa Kaeo 1979 in a reader's
letter, Yemeni troops into Saudi Arabia 2015 as a podcast summary, Eritrean soldiers registered in Ethiopia 2017 as a
statistics release with an "as of" table; measured on arrival at the end of that session) 0.90, 0.70; 0.79, 0.70,
0.87, 0.80.
blind83 (a think-tank briefing with footnote markers, a Hansard-style Commons exchange, an OCHA-style situation report
with bracketed figures, a data piece with a table set out with spaced dashes; Nigerian soldiers into Cameroon 2014 as
a bullet-point security newsletter, Ivorian soldiers into Liberia 2011 as a podcast episode summary, Congolese soldiers
into Uganda 2022 as a long-form magazine piece with flashbacks, German and Baltic internees extradited from Sweden
1946 in a local paper's letters page; measured on arrival in the middle of the next session, with that session's
code of the time and with the start's: the same) 0.92, 0.89; 0.79, 0.65, 0.79, 0.87.
blind84 (a regional daily's splash with a key-numbers sidebar, an agency factbox in bullets, an explainer in numbered
questions, a wire "week ahead" diary with a correction; Italian soldiers interned in Switzerland 1943-45 in a student
paper, Kuomintang troops in Burma and Thailand 1950-54 as a photo essay's captions, Burundian soldiers in Rwanda after
2015 as a human-rights annual report's chapter, Iraqi Kurdish soldiers into Turkey 1988 in a diaspora bulletin;
measured on arrival in the middle of that session, the same with the start's code) 0.94, 0.97; 0.80, 0.69, 0.88,
0.86.
Rules written since were then checked against them, so the floors below guard today's level (a share may
fall by a point when a newly found figure is matched with a field wrong: blind5's status, 52 right of 61 and
then of 62, once "six family members" was read as a count; blind16's place, 39 of 54 and then 38, once
"Sierra Leone disarms hundreds of fleeing Liberian soldiers" became an entry, placed at the article's crossing
where its annotator wrote the country; the rules that found "34 of them had lodged asylum claims", "About 40
wounded stay behind" and "for the roughly 250 others" matched 40 more figures over all sets and lowered six
shares by one to four points, while the fields right rose by 24-37 each; blind11's period, 67 of 76 and then
68 of 78, once the gapped "... and four to Minsk" and "302 at Mitrovo Polje" were found; blind18's population,
71 of 77 and then of 78, once "Fewer than 500, by one estimate, were still in Thai camps" was; blind11's place,
72 of 81 and then 71, when a figure with no place of its own took the site its paragraph named before it:
"That leaves 168 officers at Camp Taji today … Fewer than 200 men, in other words", annotated Iraq, while
the same rule put 16 figures right over the other sets; blind27's place, 39 of 74 and then 37, once a situation
report's "Breakdown: 27 officers, 441 soldiers" shared the status, date and place of the total before it: status
and period rose by two each, the total's place was already wrong; and 40 of 77 and then 40 of 80, once bare
figures a source "claimed", "reported" or "used" were read: three more figures matched, their status, period and
population right, their place not; a figure quoted on its own ("his tally sheet showed "more than 400"") matched 20
more figures over the older sets, and their fields right rose by 9-17 each, while five sets lost one or two points
of a share: blind22's status, 67 of 77 and then of 80); the
figure-meaning issue's targets are a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring import acceptance_score, extract_release, field_share, summary_of

HERE = Path(__file__).resolve().parent
# set: (counts F1, statements F1, {field: share of matched figures})
FLOORS = {
    # status 0.89 and then 0.88, once "rations to 22,000 people in Minawao camp" was read (remaining, annotated other)
    "blind2": (0.93, 0.92, {"status": 0.88, "location": 0.86, "period": 0.83, "population": 0.79}),
    "blind3": (0.96, 0.91, {"status": 0.85, "location": 0.74, "period": 0.88, "population": 0.95}),
    # population 0.90 until a figure given again with no noun took the people of the earlier figure of its value
    # ("around 360": soldiers, as first given; annotated the force as a whole)
    # and 0.89 until a whole of soldiers said to include officers counted soldiers, as its noun says (+6 over all
    # sets; "Dozens" after it then counts soldiers, annotated the force as a whole)
    "blind4": (0.95, 0.93, {"status": 0.91, "location": 0.78, "period": 0.91, "population": 0.88}),
    # place 0.84 until "18 immigration and customs officials" was read (at Bangladesh, annotated the Inani jetty)
    # place 0.82 (55 of 67) once "A total of 330 people – 302 members of Myanmar's Border Guard Police, … – were
    # handed over" was a figure too, its place annotated otherwise (55 of 66 before)
    "blind5": (0.93, 0.93, {"status": 0.82, "location": 0.82, "period": 0.79, "population": 0.82}),
    "blind6": (0.94, 0.91, {"status": 0.9, "location": 0.65, "period": 0.82, "population": 0.9}),
    "blind7": (0.97, 0.92, {"status": 0.85, "location": 0.76, "period": 0.83, "population": 0.85}),
    "blind8": (0.91, 0.93, {"status": 0.88, "location": 0.76, "period": 0.85, "population": 0.9}),
    "blind9": (0.96, 0.89, {"status": 0.86, "location": 0.72, "period": 0.82, "population": 0.92}),
    "blind10": (0.91, 0.87, {"status": 0.91, "location": 0.78, "period": 0.83, "population": 0.85}),
    "blind11": (0.94, 0.95, {"status": 0.89, "location": 0.88, "period": 0.86, "population": 0.93}),
    "blind12": (0.92, 0.92, {"status": 0.92, "location": 0.84, "period": 0.93, "population": 0.94}),
    # population 73 of 85 and then of 86, once "more than 30 Libyans in all" was read (annotated officers and officials)
    # population 0.84 until "N others" in the sentence after a figure took that figure's people: "Eighty-six others
    # stay at the airfield" after "160 officers … are transferred", annotated military_personnel (+6 over other sets)
    "blind13": (0.95, 0.91, {"status": 0.81, "location": 0.71, "period": 0.94, "population": 0.83}),
    # location 0.74 until a later clause's origin stopped placing "roughly 400 who refused to board" (annotated there)
    "blind14": (0.95, 0.88, {"status": 0.86, "location": 0.73, "period": 0.88, "population": 0.83}),
    "blind15": (0.92, 0.86, {"status": 0.82, "location": 0.52, "period": 0.85, "population": 0.96}),
    # place 44 of 60 and then of 63, once "N names" on a list counted the people listed (three more figures matched,
    # placed at the list's town where the annotation has the country)
    # place 0.70 until "There were maybe 300 of us in the first convoy" was read as people arriving (placed at the
    # crossing the article names, annotated Iraq)
    # place 43 of 63 and then of 64, once "Our estimate is closer to 7,000" was read (placed at the country, annotated
    # Brazzaville)
    # place 0.67 until "anywhere between 2,000 and 4,000" was read as an estimate (placed in Iraq, annotated Al-Qaim)
    "blind16": (0.90, 0.91, {"status": 0.88, "location": 0.66, "period": 0.84, "population": 0.88}),
    "blind17": (0.89, 0.91, {"status": 0.62, "location": 0.56, "period": 0.74, "population": 0.88}),
    "blind18": (0.92, 0.91, {"status": 0.91, "location": 0.71, "period": 0.84, "population": 0.90}),
    "blind19": (0.91, 0.89, {"status": 0.76, "location": 0.83, "period": 0.82, "population": 0.83}),
    # period 57 of 62 and then of 63, once "N names" counted people (one more figure matched, dated to publication)
    # period 56 of 63 since "a month ago" was read: it dates the where-clause before "some 75,000 men are now
    # penned", read as the figure's own time (annotated the day of the report)
    # period 58 of 66 and then of 67, once "the ministry's figure of 2,493"-style figures were read ("roughly 140" of
    # officers in July, dated to the day of publication)
    # status 0.80 until people driven or marched to a place were moved: "the soldiers are marched to the coast",
    # the sentence before, now carries a move to the 75,000 penned at Argelès (annotated still there)
    "blind20": (0.90, 0.90, {"status": 0.79, "location": 0.68, "period": 0.86, "population": 0.82}),
    # statements 0.95 until requests and accusations were read as statements (its "she said" had resolved, by
    # chance, to the object of a "demanded" that an accusation now precedes)
    "blind21": (0.90, 0.94, {"status": 0.77, "location": 0.75, "period": 0.80, "population": 0.92}),
    # status 63 of 72 and then of 73, period 58 of 72 and then of 73, once "the figure everyone used in the first
    # week was about two and a half thousand" was read (status and period not found: undated, `other`); period 58 of
    # 73 and then of 74, population 67 of 73 and then 66 of 74, once civilians were counted and the label "treated as
    # refugees: approximately 1,900" was read (undated, and counted as refugees: `other`); period 58 of 75 once its part
    # "including 164 who have been accepted for residence" was read (undated); period 58 of 76 once a podcast's answer
    # "Around two hundred, give or take, at that point" to "Which leaves, what, a couple of hundred?" was read
    # (`remaining` as annotated, dated to publication; annotated at the end of January)
    # population 0.88 until a figure given again with no noun took the people of the earlier figure of its value
    # (both restatements of "2,870" soldiers: annotated the force as a whole)
    # status 0.84 until "let me correct that, it was 2,429" was read (a corrected arrivals total, `other`: annotated entered)
    "blind22": (0.82, 0.75, {"status": 0.83, "location": 0.67, "period": 0.75, "population": 0.85}),
    "blind23": (0.90, 0.81, {"status": 0.77, "location": 0.68, "period": 0.76, "population": 0.86}),  # period: "two Albanian officers" newly read (undated), 78/102
    # population 97 of 117 and then of 118, once a diary's "We were 160 in May" was read (soldiers, annotated)
    # period 107 of 126 and then of 127, once "N names" counted people (one more figure matched, dated otherwise)
    "blind24": (0.88, 0.83, {"status": 0.84, "location": 0.73, "period": 0.84, "population": 0.82}),
    "blind25": (0.86, 0.82, {"status": 0.82, "location": 0.76, "period": 0.76, "population": 0.81}),
    # status 65 of 79 and then of 83, place 51 of 79 and then of 83, period 69 of 79 and then of 83, once "puts the total
    # at 146 Latvians, nine Lithuanians and seven Estonians" was read (counts F1 0.94 -> 0.96; the three annotated as
    # the extradition's returns, read as `other`, undated, at the article's crossing)
    # place 51 of 84 and then of 85, once a figure "closer to" another was read (its place the country)
    "blind26": (0.92, 0.85, {"status": 0.78, "location": 0.60, "period": 0.83, "population": 0.87}),
    # status 71 of 92 and then of 93, once a bare figure's own verb could be "travelled": "Cameroon's defence ministry
    # said 96 travelled in the first" (convoy home) matched, its status not found (`other`, annotated `returned`)
    "blind27": (0.84, 0.75, {"status": 0.76, "location": 0.59, "period": 0.86, "population": 0.88}),
    # location 56 of 80 and then of 81, once a speaker's "We were at least three thousand on that border" was read:
    # its status, period and population right, its place (Liboi, annotated Kenya) not; place 56 of 81 and then 58 of
    # 85 once civilians were counted ("Kenya was hosting some 400,000 Somali refugees": placed at Utange)
    # period 79 of 86 and then of 87, once "N names" counted people (one more figure matched, dated otherwise)
    # population 0.90 until a figure given again with no noun took the people of the earlier figure of its value
    # (two restated figures, "71" officers and a soldiers' figure: annotated the force as a whole)
    # population 0.89 until "some local estimates placed below 3,000" was read (soldiers, annotated other)
    "blind28": (0.92, 0.85, {"status": 0.87, "location": 0.68, "period": 0.91, "population": 0.88}),
    # period 66 of 73 and then of 74, once "41 of the 58 men interviewed" was read; status 60 of 74 and then of 75,
    # once "Hruška's figure is lower, 560" was read (its status taken from the figure before: `remaining`)
    # place 0.67 and then 0.66 (built alone), once "N names" counted people (one more figure matched, placed at the
    # list's town where the annotation has the country)
    "blind29": (0.93, 0.94, {"status": 0.81, "location": 0.66, "period": 0.90, "population": 0.88}),
    # place 56 of 84 and then of 85, once "the thousands of civilian refugees crossing at the same points" was read
    # (`entered` and dated as annotated, placed at the border post the paragraph names, annotated Zambia)
    # period 0.78 until "There were eleven of them in a boat" was read as people arriving (then dated to the
    # month of the crossing the article tells, annotated the two days of it)
    "blind30": (0.96, 0.90, {"status": 0.83, "location": 0.65, "period": 0.77, "population": 0.89}),
    # period 63 of 86 and then 64 of 88, once "put total arrivals at about 2,375" and '"no more than 150" are left'
    # were read; place 56 of 84 and then of 85, once "Two days later, a defence ministry statement put the total at
    # 2,470" was (its status, period and population right, its place Iraq, annotated Al-Qaim); period 64 of 89 once
    # "Two days later" was read from the day named before it: that total is dated to the statement (10 December), as
    # "On 10 December, a statement put the total at 2,470" is, where the annotation dates the crossing
    "blind31": (0.92, 0.84, {"status": 0.81, "location": 0.66, "period": 0.74, "population": 0.92}),
    # period 56 of 75 and then of 76, once "adding to the tens of thousands who were already living there" was read
    # (civilians, `remaining` as annotated, dated to publication; annotated up to the day the exodus began)
    "blind32": (0.89, 0.79, {"status": 0.88, "location": 0.77, "period": 0.76, "population": 0.83}),
    # location 54 of 90 and then 51 of 91, once "on 7-8 Dec. Over 2,100 have now gone back" was split after "Dec.":
    # the returns no longer share the entry sentence's "at Al-Qaim", so the cable's unplaced returns end in Syria
    # (annotated Al-Qaim); "At least 40 said they would not return", after "on 7 Jan.", was found
    # location 0.56 until "It is 2,318 and I stand by it" was read (placed at the briefing's Ramadi: annotated Al-Qaim)
    # place 0.55 until people received by their own country's side were read where no figure names the nationality
    # (+8 status over all sets; "Nakhon Phanom received 820" after "Nong Khai province, facing Vientiane, received"
    # is then a return to Laos, annotated an entry into Thailand)
    "blind33": (0.87, 0.80, {"status": 0.88, "location": 0.54, "period": 0.74, "population": 0.94}),
    "blind34": (0.94, 0.77, {"status": 0.86, "location": 0.79, "period": 0.76, "population": 0.88}),
    "blind35": (0.94, 0.90, {"status": 0.82, "location": 0.66, "period": 0.80, "population": 0.87}),
    "blind36": (0.92, 0.87, {"status": 0.65, "location": 0.64, "period": 0.82, "population": 0.78}),
    "blind37": (0.88, 0.77, {"status": 0.69, "location": 0.55, "period": 0.68, "population": 0.90}),
    "blind38": (0.93, 0.87, {"status": 0.74, "location": 0.71, "period": 0.71, "population": 0.87}),
    "blind39": (0.92, 0.71, {"status": 0.75, "location": 0.64, "period": 0.74, "population": 0.87}),
    "blind40": (0.93, 0.92, {"status": 0.79, "location": 0.57, "period": 0.77, "population": 0.82}),
    "blind41": (0.93, 0.91, {"status": 0.85, "location": 0.71, "period": 0.86, "population": 0.78}),
    "blind42": (0.92, 0.87, {"status": 0.72, "location": 0.64, "period": 0.75, "population": 0.84}),
    "blind43": (0.92, 0.86, {"status": 0.76, "location": 0.65, "period": 0.78, "population": 0.82}),
    "blind44": (0.90, 0.86, {"status": 0.83, "location": 0.72, "period": 0.81, "population": 0.87}),
    "blind45": (0.92, 0.92, {"status": 0.74, "location": 0.64, "period": 0.83, "population": 0.90}),
    # statements 0.95 until requests were read as statements (an army's request of a sheikh, a paper's of each body)
    "blind46": (0.94, 0.94, {"status": 0.79, "location": 0.72, "period": 0.71, "population": 0.90}),
    # population 0.88 until mutineers were counted: "hundreds of mutineers" matched, annotated soldiers (109 of 124
    # and then of 125)
    "blind47": (0.92, 0.84, {"status": 0.73, "location": 0.59, "period": 0.78, "population": 0.87}),
    # status 94 of 113 and then of 114 once "we had N" was read as a host's count: one more figure matched, its status
    # wrong
    # place 0.66 until "whom they estimate at 500 to 600" was read (placed in Syria, annotated Iraq)
    # status 0.82 until "more than 2,350 of their comrades have accepted it" was read (other, annotated returned)
    # statements 0.88 until requests were read as statements (a colonel asking a court, a lawyer asking a ministry)
    # place 0.65 until entries through a town known for its crossing were placed at the crossing: its list of
    # sources' totals then takes the crossing as the article's entry site (annotated Iraq)
    "blind48": (0.93, 0.87, {"status": 0.81, "location": 0.61, "period": 0.78, "population": 0.82}),
    # place 66 of 116 and then of 117, period 92 of 111 and then 91 of 112, once "closer to 2,500" was read (status +2)
    "blind49": (0.96, 0.94, {"status": 0.84, "location": 0.56, "period": 0.81, "population": 0.84}),
    # status 0.80 until "peshmerga" was read as a military noun ("some 50,000 regular peshmerga": entered, as the
    # sentence's crossing; annotated other)
    "blind50": (0.96, 0.93, {"status": 0.79, "location": 0.61, "period": 0.87, "population": 0.92}),
    # place 0.53 and population 0.86 until the items of an "In numbers" list under "former soldiers back from Iraq"
    # were found (Syria's vetting figures, annotated in Syria, of military_personnel): counts 0.90 to 0.94
    # statements 0.95 and then 0.94, once "demonstrated outside the prefecture, demanding that Bacar be handed over"
    # was read as a statement (the crowd's demand, given to the man named in it; not annotated)
    "blind51": (0.96, 0.94, {"status": 0.77, "location": 0.51, "period": 0.80, "population": 0.79}),
    # population 0.79 until "Hundreds tried" was read as a bare subject (military personnel, annotated soldiers)
    # place 0.68 until entries through a town known for its crossing were placed at the crossing (one undated
    # total then takes it; annotated Iraq)
    "blind52": (0.94, 0.89, {"status": 0.74, "location": 0.67, "period": 0.70, "population": 0.78}),
    # place 0.78 until "about 150 European mercenaries" was read (placed in Angola, annotated Teixeira de Sousa)
    "blind53": (0.93, 0.84, {"status": 0.74, "location": 0.77, "period": 0.74, "population": 0.75}),
    # population 0.91 until a whole of soldiers said to include officers counted soldiers (+6 over all sets; "about
    # 500" after it then counts soldiers, annotated the force as a whole)
    "blind54": (0.95, 0.89, {"status": 0.73, "location": 0.67, "period": 0.77, "population": 0.90}),
    # period 58 of 72 and then of 73, once "was closer to 4,000" was read (its status, place and people right)
    "blind55": (0.93, 0.92, {"status": 0.78, "location": 0.74, "period": 0.79, "population": 0.82}),
    # period 52 of 72 and then of 75, once a bare figure with its verb quoted ('44 "declined to board"'), one that
    # "slept under our roofs" and "there are fewer than 100 left there now" were read (counts 0.89 to 0.91)
    "blind56": (0.91, 0.83, {"status": 0.74, "location": 0.59, "period": 0.69, "population": 0.78}),
    # status 50 of 66 and then 51 of 68, place 42 of 60 and then of 62, once rebels were counted: "some 25 rebels crossed
    # after the army recaptured Albina" (placed in Suriname) and "at least 200 rebels had been "operating from French
    # soil"" (in France, `other`), annotated in French Guiana; counts 0.91 to 0.93
    "blind57": (0.93, 0.94, {"status": 0.76, "location": 0.68, "period": 0.84, "population": 0.81}),
    # status 0.76 until "When we checked names against identity cards, it was 2,493" was read (taking the returned
    # of the figure before it: annotated entered)
    # status 0.75 and period 0.73 until "estimates of their strength ranged between 1,500 and 2,000" was read (taking
    # the article's topic, relocated, and the years to the report: annotated remaining in 1974)
    # population 0.88 until "more than three thousand passed the gate" was read (soldiers, as the figures before it;
    # annotated military personnel)
    "blind58": (0.92, 0.94, {"status": 0.74, "location": 0.65, "period": 0.72, "population": 0.87}),
    "blind59": (0.94, 0.90, {"status": 0.77, "location": 0.63, "period": 0.78, "population": 0.85}),
    # place 53 of 68 on arrival, 52 once "we fed more than 2,400 men" read as remaining: a stock with no place of its
    # own is placed in the host country, annotated at the town the article is set in (status 51 to 54 of 77)
    # place 0.76 until "2,214 men had been received at Al-Bukamal" was read as a return (no figure names the men
    # Syrian): two estimates of the crossing ("around 2,000", "as high as 4,000") then have no entry of their size
    # to restate, and are placed in Iraq (annotated entries at Al-Qaim)
    "blind60": (0.90, 0.92, {"status": 0.70, "location": 0.75, "period": 0.76, "population": 0.81}),
    # place 40 of 67 on arrival, 39 once "after the 19th we still had 536 men" read as remaining, likewise (status 56 to
    # 59 of 72)
    "blind61": (0.92, 0.88, {"status": 0.81, "location": 0.58, "period": 0.89, "population": 0.84}),
    "blind62": (0.95, 0.87, {"status": 0.78, "location": 0.77, "period": 0.74, "population": 0.88}),
    # period 66 of 78 and then 67 of 80, population 72 of 84 and then 73 of 86, once "the ministry's figure of 2,493"
    # and the "4,000" a letter disputes were read (counts 0.89 to 0.91)
    # statements 0.93 until requests were read as statements (a colonel asking a court to overturn a refusal)
    # status 0.84 until a figure opening a clause spliced on with a comma was read ("…, 32 have either returned to
    # Syria or left for third countries": returned, annotated other; counts recall +7 over all sets)
    "blind63": (0.90, 0.92, {"status": 0.83, "location": 0.81, "period": 0.83, "population": 0.84}),
    # place 0.70 until "officials have spoken of nearly 4,000" was read (at the crossing, annotated Iraq)
    "blind64": (0.91, 0.96, {"status": 0.82, "location": 0.69, "period": 0.90, "population": 0.85}),
    "blind65": (0.95, 0.94, {"status": 0.79, "location": 0.83, "period": 0.89, "population": 0.88}),
    # place 0.80 until "could be as many as 1,000" was read (placed at the crossing, annotated Turkey)
    "blind66": (0.94, 0.83, {"status": 0.73, "location": 0.79, "period": 0.80, "population": 0.84}),
    "blind67": (0.95, 0.87, {"status": 0.76, "location": 0.60, "period": 0.87, "population": 0.88}),
    "blind68": (0.96, 0.90, {"status": 0.76, "location": 0.66, "period": 0.82, "population": 0.72}),
    "blind69": (0.93, 0.94, {"status": 0.81, "location": 0.71, "period": 0.66, "population": 0.84}),
    # population 57 of 72 and then of 73, once "closer to three thousand" was read (soldiers, annotated the force as a whole)
    "blind70": (0.87, 0.89, {"status": 0.77, "location": 0.53, "period": 0.75, "population": 0.78}),
    "blind71": (0.93, 0.83, {"status": 0.79, "location": 0.64, "period": 0.66, "population": 0.79}),
    "blind72": (0.93, 0.92, {"status": 0.68, "location": 0.60, "period": 0.83, "population": 0.85}),
    "blind73": (0.88, 0.88, {"status": 0.75, "location": 0.62, "period": 0.77, "population": 0.78}),
    # counts 0.90 on arrival, 0.94 once its bulleted batches, "several thousands" and its lorries were read
    # blind74 and blind77: a correction's withdrawn figure ("An earlier version … said 190 officers") is no longer a
    # row; their annotators had marked it not required, with its place right, so the share of places right fell a point
    "blind74": (0.94, 0.83, {"status": 0.69, "location": 0.58, "period": 0.81, "population": 0.79}),
    "blind75": (0.87, 0.85, {"status": 0.72, "location": 0.56, "period": 0.87, "population": 0.77}),
    # place 0.67 and period 0.74 until "… two army soldiers, 18 immigration officials and four civilians" were read
    # (placed at the airport of another return, annotated the Inani jetty; not dated, annotated the day before), and
    # period 0.73 until "of from 10,000 to 15,000 men" was (dated by "last month", annotated "the 1st instant")
    "blind76": (0.88, 0.83, {"status": 0.67, "location": 0.66, "period": 0.72, "population": 0.79}),
    # place 0.74 until its key-figures table was read (returns at the crossing, annotated Syria); population 0.87
    # until a smaller figure after officers alone counted officers ("The rest, about 200", after "nearly 400 of them",
    # read as officers, annotated the whole)
    "blind77": (0.92, 0.78, {"status": 0.75, "location": 0.72, "period": 0.82, "population": 0.86}),
    "blind78": (0.96, 0.94, {"status": 0.83, "location": 0.69, "period": 0.82, "population": 0.86}),
    # counts 0.86 on arrival, 0.92 once older English hedges ("close upon", "something over"), a table of people "in
    # custody" by site and date, a long "the number of … was 1,506" and "A smaller group, about 350," were read
    "blind79": (0.92, 0.90, {"status": 0.81, "location": 0.61, "period": 0.82, "population": 0.81}),
    # period 0.76 on arrival, 0.81 once an obituary's birth year was no longer the story's ("Born in Lwów in 1918");
    # counts 0.93 once the figure a correction withdraws was none, 0.95 once "does not exceed 120 persons" and "Several
    # thousand, mostly rank-and-file soldiers" were read; population 0.83 until then (both found with another
    # population than annotated: "persons", and "mostly soldiers" read as the force as a whole, as three other sets'
    # annotators read "mostly officers")
    "blind80": (0.95, 0.92, {"status": 0.80, "location": 0.58, "period": 0.81, "population": 0.80}),
    # counts 0.92 once "aircrew" and "former SLA members" (the South Lebanon Army spelt out before) were read (0.89);
    # statements 0.82 once counsel, "Adv." and a court's "held that" were (0.81)
    "blind81": (0.92, 0.82, {"status": 0.80, "location": 0.74, "period": 0.85, "population": 0.87}),
    "blind82": (0.90, 0.70, {"status": 0.79, "location": 0.70, "period": 0.87, "population": 0.80}),
    # counts 0.99 once a table set out with spaced dashes, "M23 fighters" and "the figure … gave our attaché was 142"
    # were read (0.92 on arrival); status 0.85 (0.79) once a bullet was its own point, place 0.66 (0.65), period 0.82
    # (0.79) once "between late April and the end of May 1945" was one range; population 0.80 (0.87 on arrival: the
    # table's figures found since inherit "soldiers" where the annotator wrote the force as a whole)
    "blind83": (0.98, 0.88, {"status": 0.84, "location": 0.66, "period": 0.81, "population": 0.79}),
    # counts 0.97 once "Dec. 11 to 2,493" was no range of days and bracketed figures were read (0.94 on arrival); a
    # factbox's bullet goes on from the one above it, the number put at a camp is of people held there: status 0.87
    # (0.80), place 0.73 (0.69), period 0.93 (0.88)
    "blind84": (0.96, 0.96, {"status": 0.87, "location": 0.72, "period": 0.93, "population": 0.87}),
}
TARGETS = {"status": 0.90, "location": 0.85, "period": 0.85, "population": 0.90}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory):
    name = request.param
    gold = HERE / "fixtures" / f"{name}_gold"
    out, _, _ = extract_release(HERE / "fixtures" / name, gold, tmp_path_factory.mktemp(name))
    return name, acceptance_score(out, gold)


def test_a_blind_set_stays_at_its_measured_level(scored):
    name, lines = scored
    counts_floor, statements_floor, fields = FLOORS[name]
    got = summary_of(lines)
    assert got["counts"] >= counts_floor and got["statements"] >= statements_floor, (name, lines[-8:])
    shares = {field: round(field_share(lines, field), 2) for field in fields}
    assert all(shares[field] >= floor for field, floor in fields.items()), (name, shares)


# sets whose matched figures reach every target today (no longer unseen: rules were written against them)
REACHED = {"blind11", "blind12"}


def test_figure_meaning_reaches_the_issue_targets(scored, request):
    name, lines = scored
    if name not in REACHED:
        request.applymarker(pytest.mark.xfail(strict=True, reason="figure meaning below the issue's targets"))
    assert all(field_share(lines, field) >= target for field, target in TARGETS.items())
