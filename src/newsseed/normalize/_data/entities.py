"""Words that say what kind of thing a name is, in English news: our own lists.

Words are matched in lower case. A name ending in an organisation word
(``Defence Ministry``) or starting with one before ``of`` (``Department of
Defence``) is an organisation, and likewise for events, places and equipment.
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words

ORG_WORDS: Final = words(
    "department ministry agency council committee commission party bank corporation corp inc"
    " ltd llc plc co company group association organisation organization institute"
    " university college school foundation fund court police service services authority"
    " board office bureau administration forces army navy corps guard parliament congress"
    " senate assembly union alliance coalition network news times post journal herald"
    " tribune telegraph guardian airlines airways motors industries systems technologies labs"
    " partners capital holdings club federation league society trust hospital centre center"
    " exchange reserve secretariat cabinet government command directorate academy"
    " conservatory"
)
# Words that alone, after "the", are a body though they end no body's name: "the House",
# "the Church".
BODY_WORDS: Final = words("house church")
# Names of organisations news uses without an organisation word.
KNOWN_ORGS: Final = words(
    "pentagon kremlin nato un eu who imf wto opec asean brics quad reuters afp ap ani upi"
    " bbc cnn fbi cia nsa doj dod dhs ndrc isro drdo fifa ioc icc gop"
)
KNOWN_ORG_NAMES: Final = ("White House", "Downing Street", "European Union", "United Nations")

EVENT_WORDS: Final = words(
    "meeting meetings summit conference dialogue forum talks games olympics paralympics cup"
    " championship championships war election elections exercise exercises festival expo"
    " tournament convention ceremony visit crisis protests marathon"
)
# Nouns for a body right before its name: "the publishing giant Varnholt", "carmaker Kia".
BODY_NOUNS: Final = words(
    "company companies firm giant publisher retailer carmaker automaker bank broadcaster"
    " network newspaper magazine website app platform startup start-up airline brand label"
    " manufacturer insurer chain conglomerate charity band club"
)
# Words that name a storm before its name: events (``Hurricane Katrina``, ``Tropical Storm
# Allison``), never people.
STORM_WORDS: Final = words("hurricane typhoon cyclone storm")
# Holidays and feasts: events, alone or before a day's word (``Easter Sunday``, ``Christmas
# Eve``), never people (``Merry Christmas``).
HOLIDAYS: Final = words(
    "christmas easter thanksgiving halloween hanukkah chanukah passover ramadan diwali"
    " hogmanay pentecost lent advent epiphany candlemas michaelmas whitsun yom kippur"
    " rosh hashanah eid navratri holi vesak"
)
HOLIDAY_TAILS: Final = words(
    "day eve night morning week weekend sunday monday break holiday holidays season"
)

# The last words of names of laws, prizes, plans and works, which are not bodies: "the
# Marriage Act", "the Nobel Prize".
WORK_WORDS: Final = words(
    "act acts bill bills law laws treaty accord accords agreement charter constitution"
    " declaration doctrine plan plans prize prizes award awards medal trophy goals report"
    " survey index programme program project initiative strategy policy protocol rule rules"
    " amendment code theory telescope mission series show album song book novel film"
    " bible gospel gospels"
)

# The last words of offices that, capitalised and alone, stand for the one who holds them:
# "the President", "Madam Speaker".
OFFICE_HEADS: Final = words(
    "president secretary minister chancellor premier governor senator speaker pope king"
    " queen prince princess emperor empress mayor ambassador chairman chairwoman judge bishop"
    " archbishop sultan emir"
)
HONORIFICS: Final = words("mr mrs ms madam madame mister sir dame")

# What equipment is: "Harpoon anti-ship missiles", "Stryker Infantry Combat Vehicles".
EQUIPMENT_WORDS: Final = words(
    "missile missiles drone drones aircraft airplane airplanes helicopter helicopters howitzer"
    " howitzers vehicle vehicles tank tanks jet jets fighter fighters bomber bombers"
    " submarine submarines frigate frigates destroyer destroyers carrier carriers rifle rifles"
    " launcher launchers radar radars satellite satellites rocket rockets warship warships"
    " interceptor interceptors gunship gunships transporter transporters"
)

PLACE_WORDS: Final = words(
    "city county province state island islands sea ocean river lake mount mountains gulf"
    " bay strait valley desert peninsula region district airport square street road avenue"
    " boulevard lane park bridge station harbour harbor creek canyon cove reef falls trail"
    " coast highway heights plaza lagoon glacier fjord archipelago castle springs palace"
    " cathedral abbey ave blvd rd hwy pkwy"
)
# Words that open a place's name: "Lake Merle", "Mount Kenya", "Cape Cod", "Loch Ness".
PLACE_FIRST_WORDS: Final = words("lake mount mt cape loch isle")
# Lower-case words after a name that make it a place: "the Ria Clara estuary".
PLACE_NOUNS: Final = words(
    "estuary river valley region province district town village city port harbour harbor"
    " island coast border county state capital suburb neighbourhood neighborhood"
)
REGIONS: Final = (
    "Indo-Pacific",
    "Asia-Pacific",
    "Middle East",
    "South Asia",
    "East Asia",
    "Southeast Asia",
    "Central Asia",
    "West Asia",
    "South China Sea",
    "East China Sea",
    "Europe",
    "Asia",
    "Africa",
    "Latin America",
    "North America",
    "South America",
    "Caribbean",
    "Balkans",
    "Caucasus",
    "Arctic",
    "Antarctic",
    "Gulf",
    "Persian Gulf",
    "Sahel",
    "Scandinavia",
    "Pacific",
    "Atlantic",
    "Indian Ocean",
    "Kashmir",
    "Gaza",
    "West Bank",
    "Crimea",
    "Donbas",
)
# Capitals and large cities news datelines name most (our own list).
CITIES: Final = (
    "Washington",
    "New York",
    "Los Angeles",
    "Chicago",
    "Houston",
    "San Francisco",
    "Boston",
    "Miami",
    "Atlanta",
    "Seattle",
    "Detroit",
    "Philadelphia",
    "Dallas",
    "Las Vegas",
    "London",
    "Manchester",
    "Birmingham",
    "Liverpool",
    "Glasgow",
    "Edinburgh",
    "Cardiff",
    "Belfast",
    "Dublin",
    "Paris",
    "Berlin",
    "Frankfurt",
    "Munich",
    "Brussels",
    "Amsterdam",
    "The Hague",
    "Geneva",
    "Zurich",
    "Vienna",
    "Rome",
    "Milan",
    "Madrid",
    "Barcelona",
    "Lisbon",
    "Athens",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Helsinki",
    "Warsaw",
    "Prague",
    "Budapest",
    "Kyiv",
    "Kiev",
    "Moscow",
    "St Petersburg",
    "Istanbul",
    "Ankara",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Jerusalem",
    "Tel Aviv",
    "Cairo",
    "Riyadh",
    "Dubai",
    "Abu Dhabi",
    "Doha",
    "Kabul",
    "Islamabad",
    "Karachi",
    "Lahore",
    "New Delhi",
    "Delhi",
    "Mumbai",
    "Bengaluru",
    "Bangalore",
    "Chennai",
    "Kolkata",
    "Hyderabad",
    "Dhaka",
    "Colombo",
    "Kathmandu",
    "Beijing",
    "Shanghai",
    "Hong Kong",
    "Shenzhen",
    "Taipei",
    "Tokyo",
    "Osaka",
    "Seoul",
    "Pyongyang",
    "Manila",
    "Jakarta",
    "Bangkok",
    "Hanoi",
    "Singapore",
    "Kuala Lumpur",
    "Sydney",
    "Melbourne",
    "Canberra",
    "Auckland",
    "Wellington",
    "Ottawa",
    "Toronto",
    "Montreal",
    "Vancouver",
    "Mexico City",
    "Havana",
    "Caracas",
    "Bogota",
    "Lima",
    "Santiago",
    "Buenos Aires",
    "Brasilia",
    "Rio de Janeiro",
    "Sao Paulo",
    "Lagos",
    "Abuja",
    "Nairobi",
    "Addis Ababa",
    "Johannesburg",
    "Cape Town",
    "Pretoria",
    "Kinshasa",
    "Khartoum",
)
# Groups of people by faith, party or origin, beside the nationalities (plural forms).
GROUPS: Final = words(
    "democrats republicans conservatives liberals socialists communists muslims christians"
    " catholics protestants hindus jews sikhs buddhists kurds palestinians israelis arabs"
    " americans indians britons europeans africans asians latinos"
)
# Capitalised words that open sentences and are not names.
STARTERS: Final = words(
    "the a an and but or so yet for nor if when while after before since as at by in on of"
    " to from with without during through about above below near beyond between among under"
    " over into onto upon this that these those there here then thus also still however"
    " meanwhile moreover additionally furthermore instead otherwise although though because"
    " unless until whether both each every all any some many most much more few several"
    " other another such no not he she it they we i you his her its their our my your him"
    " them me who whom whose which what where why how according speaking talking looking"
    " building asked says said told earlier later today yesterday tomorrow now last next"
    " besides despite following like unlike including against amid across around toward"
    " towards within"
)

# Capitalised words that open "X said" and are not surnames.
NOT_NAMES: Final = words(
    "officials analysts experts critics police investigators witnesses residents sources"
    " authorities observers economists researchers scientists doctors lawyers prosecutors"
    " officers voters supporters opponents leaders members diplomats spokesmen traders"
    " investors executives manufacturers companies banks ministers reports documents"
)  # and the names of the months and weekdays (the entity finder adds them)
