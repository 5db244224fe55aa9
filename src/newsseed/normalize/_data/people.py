"""Words around and inside people's names in English news: our own lists.

Every word is lower case, without a final full stop. Offices are built from
``OFFICE_WORDS`` (``Defence Secretary``, ``Secretary of State``, ``Lt. Gen.``);
honorifics stand alone (``Mr``, ``Dr``, ``Sir``).
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words

HONORIFICS: Final = words(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr sheikh sheikha shri smt"
    " mme mlle madame mademoiselle monsieur herr frau señor señora signor signora"
)

# Words an office or rank is made of ("External Affairs Minister", "Lt. Gen.",
# "Chief of the Defence Staff"). A run of them before a name is one title.
OFFICE_WORDS: Final = words(
    # heads of state and government, ministers, legislators
    "president vice deputy prime minister ministers premier chancellor secretary secretaries"
    " state foreign external home interior internal affairs defence defense finance treasury"
    " trade commerce industry health education justice energy labor labour agriculture"
    " transport transportation environment climate housing culture sport sports tourism"
    " communications information digital science technology economy economic development"
    " welfare security homeland veterans immigration border fisheries water power petroleum"
    " oil mines railways aviation shipping tribal rural urban social women children family"
    " commonwealth international cooperation planning budget revenue customs intelligence"
    " human rights services press senate house commons lords union federal treasurer emir"
    " sultan ministry department agency founder co ceo cfo coo cto vp"
    " attorney solicitor general exchequer governor gov senator sen representative rep"
    " congressman congresswoman congressmember assemblyman assemblywoman councillor"
    " councilman councilwoman alderman mayor speaker leader whip majority minority opposition"
    " shadow cabinet junior parliamentary permanent under undersecretary assistant principal"
    " chief chair chairman chairwoman chairperson executive director commissioner"
    " high ambassador envoy consul spokesman spokeswoman spokesperson adviser advisor"
    " national counsel special coordinator administrator superintendent inspector"
    # courts, crowns, churches
    " judge justice magistrate king queen prince princess emperor empress crown duke duchess"
    " pope cardinal archbishop bishop imam rabbi ayatollah supreme"
    # armed forces and police
    " lt lieutenant gen col colonel maj major capt captain sgt sergeant cpl corporal pvt"
    " private adm admiral vadm radm cmdr commander brig brigadier marshal field air staff"
    " army navy naval marine marines force forces joint chiefs officer commanding"
    " constable detective police commandant"
)

# The office words that name a post: an office needs one ("Defence Secretary", "Gen."),
# or it is only a field ("Marine" in "Marine Le Pen", "Foreign").
OFFICE_HEADS: Final = words(
    "president premier chancellor secretary secretaries minister ministers general"
    " solicitor governor gov senator sen representative rep congressman congresswoman"
    " congressmember assemblyman assemblywoman councillor councilman councilwoman alderman"
    " mayor speaker leader whip treasurer chair chairman chairwoman chairperson director"
    " commissioner ambassador envoy consul spokesman spokeswoman spokesperson adviser"
    " advisor counsel coordinator administrator superintendent inspector judge justice"
    " magistrate king queen prince princess emperor empress duke duchess pope cardinal"
    " archbishop bishop imam rabbi ayatollah emir sultan chief executive lt lieutenant gen"
    " col colonel maj major capt captain sgt sergeant cpl corporal pvt private adm admiral"
    " vadm radm cmdr commander brig brigadier marshal officer constable detective"
    " commandant principal founder ceo cfo coo cto vp"
)

# Inside an office only, between office words: "Secretary of State", "Chief of the Staff".
OFFICE_JOINERS: Final = words("of for the and &")

# Written before a title and dropped: "former President", "then-US President".
MODIFIERS: Final = words("former acting outgoing incoming late interim designate")
MODIFIER_PREFIXES: Final = ("then-", "ex-", "former-")  # or with an en dash: "then–"

# Particles that begin a family name: "von der Leyen", "bin Salman", "Le Pen" (in lower
# case anywhere after the given name; in title case only between two names).
PARTICLES: Final = words("de da di del della der den du dos das van von bin ibn le la ter ten y")
TITLE_CASE_PARTICLES: Final = frozenset(word.title() for word in PARTICLES - {"y", "la", "le"}) | {
    "Le",
    "La",
}

# Family names that East Asian names write first, romanised (Korean, Chinese, Vietnamese):
# a name of three short words that starts with one is one name in its written order
# ("Park Chan Wook", "Kim Jong Un", "Ho Chi Minh"), not given, middle and family names.
EAST_ASIAN_FAMILIES: Final = words(
    "kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang lim im han oh seo"
    " shin kwon hwang ahn song yoo ryu hong jeon ko moon yang son bae baek heo nam shim"
    " noh roh ha kwak sung cha joo woo min na jin ji chae won chun bang gong hyun ban"
    " xi li wang zhang liu chen zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo"
    " liang zheng xie tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su"
    " jiang cai jia ding wei ye yan pan du dai xia zhong tian ren fan fang shi yao tan"
    " liao zou xiong hao kong bai cui mao qiu qin gu hou shao meng duan lei qian yin chan"
    " wong leung lau cheung ng chow tse"
    " nguyen tran le pham hoang phan vu dang bui ho ngo duong ly"
)
# Generational suffixes: "Jr.", "Sr.", "Jnr", "III". They tell father from son, so
# name_key keeps them (JR_SR says how each is keyed).
SUFFIXES: Final = words("jr sr jnr snr ii iii iv")
JR_SR: Final = {"jnr": "jr", "snr": "sr"}

# Letters after a name, without their dots: degrees, honours, professions, seats
# ("PhD", "Ph.D.", "KC", "MP", "OBE", "Esq."). Any case: "Jane Roe, Phd".
POSTNOMINALS: Final = words(
    "phd dphil mphil dds dmd dvm mba llb llm jd esq qc kc cpa cfa cma acca aca fca"
    " mp mep msp mla mpp mhk obe mbe cbe kbe dbe gbe kcb gcb kcmg gcmg cmg kcvo dcvo cvo"
    " lvo mvo frs frse freng fba fmedsci frcp frcs frsa frgs dso qpm kpm rrc"
)
# Letters after a name that are also names or words ("Jack Ma", "Amadou Ba", "Md." for
# Maryland): only as written in capitals ("Jane Roe, MA", "Mary Roe TD", "M.D.").
POSTNOMINALS_IN_CAPITALS: Final = words("md ma ba bsc msc ac ao am om ch pc cb mc rn td")

# Titles written with a given name: "Dame Ana", "King Rui", "Pope Leo", "Saint Rui".
# One word after one of these is a given name, not a family name.
GIVEN_NAME_TITLES: Final = words(
    "sir dame king queen prince princess emperor empress emir sultan pope saint"
)

# Members' seats written before a name ("Labour MP Ana Lima", "MEP Rui Costa"): titles
# to parse_name only (a word of the entity finder's names otherwise).
MEMBER_OFFICES: Final = words("mp mep msp mla mpp td")

# Nationalities and short forms that may stand before an office as its affiliation
# ("US Defence Secretary", "Indian Prime Minister"). Country names come from
# ``countries.py``.
AFFILIATIONS: Final = words(
    "us u.s u.s.a usa uk u.k eu un nato american british english scottish welsh irish"
    " indian pakistani bangladeshi sri lankan nepali afghan chinese japanese korean"
    " taiwanese vietnamese thai indonesian malaysian filipino singaporean australian"
    " canadian mexican brazilian argentine argentinian chilean colombian venezuelan peruvian"
    " cuban french german italian spanish portuguese dutch belgian swiss austrian swedish"
    " norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian"
    " greek turkish cypriot russian ukrainian belarusian georgian armenian azerbaijani"
    " kazakh uzbek iranian iraqi syrian lebanese israeli palestinian jordanian saudi"
    " emirati qatari kuwaiti bahraini omani yemeni egyptian libyan tunisian algerian"
    " moroccan nigerian ghanaian kenyan ethiopian somali sudanese ugandan tanzanian"
    " rwandan congolese angolan zambian zimbabwean south african new zealand european"
    " african asian arab latin"
)

# Short and older names that news uses for countries, beside the ISO names, with the
# country's ISO 3166-1 code. (England, Scotland, Wales and Northern Ireland are divisions.)
COUNTRY_NAMES_IN_NEWS: Final = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "UK": "GB",
    "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "Russia": "RU", "Turkey": "TR",
    "Palestine": "PS", "Vatican": "VA", "Ivory Coast": "CI", "Czech Republic": "CZ",
    "Burma": "MM", "Holland": "NL", "DR Congo": "CD", "East Timor": "TL", "Swaziland": "SZ",
    "Macedonia": "MK",
}  # fmt: skip
