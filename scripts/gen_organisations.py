#!/usr/bin/env python3
"""Regenerate ``src/newsseed/normalize/_data/organisations.py``: legal forms of companies
from cleanco's term table, and a list of well-known organisations of our own.

Sources:

- Legal forms (``Inc``, ``Ltd``, ``GmbH``, ``S.p.A.``...): the term table
  (``cleanco/termdata.py``) of the PyPI package ``cleanco`` 2.3, MIT licence, Copyright
  (c) 2015 Paul Solin, as its wheel ships it. The script reads the wheel itself (the
  table is a Python literal, read with ``ast.literal_eval``, nothing is imported):

      pip download --no-deps cleanco==2.3 -d /tmp/src
      python3 scripts/gen_organisations.py /tmp/src/cleanco-2.3-py3-none-any.whl
      python3 scripts/gen_organisations.py --check /tmp/src/cleanco-2.3-py3-none-any.whl

- Well-known organisations: ``ORGANISATIONS`` below, our own list (newsseed's MIT
  licence), of names news uses without an organisation word: companies, agencies,
  international bodies, universities, sports bodies, news outlets. No open,
  machine-readable list of well-known organisations of a fitting size was found among
  the packages we can use (company and university packages are API clients, or lists of
  tens of thousands of names, most of them unknown to news).

What is written, folded as the entity finder looks names up (lower case, no diacritics,
no dots):

- ``LEGAL_SUFFIXES``: every one-word legal form of cleanco's table (``S.p.A.`` as
  ``spa``), and the first words of its ``Pty Ltd``, ``Pvt Ltd`` and ``Sdn Bhd``.
- ``AMBIGUOUS_LEGAL_SUFFIXES``: those of them that are also English words or that news
  writes for something else (``as``, ``spa``, ``company``, ``eu``, ``uk``): the finder
  should take them as legal forms only as a legal form is written (``AS``, ``SpA``)
  right after a name.
- ``LEGAL_SUFFIX_PHRASES``: cleanco's legal forms of more than one word (``pty ltd``,
  ``sa de cv``, ``gmbh & co kg``).
- ``KNOWN_ORGANISATIONS``: the names of ``ORGANISATIONS``, but the one-word names that
  are English words written in lower case (``lexicon.COMMON_WORDS``: ``apple``,
  ``shell``, ``who``), which are in ``AMBIGUOUS_ORGANISATIONS``: the finder should take
  them as organisations only with more evidence (``Apple Inc``, ``Apple's chief
  executive``).
"""

from __future__ import annotations

import ast
import re
import sys
import zipfile
from pathlib import Path

from _tables import DATA, block, fold, module, run

from newsseed.normalize._data.lexicon import COMMON_WORDS

TARGET = DATA / "organisations.py"
TERMDATA = "cleanco/termdata.py"
# Words of cleanco's legal forms of more than one word, taken as legal forms alone too.
PHRASE_WORDS = ("pty", "pvt", "sdn")
# One-word legal forms that news writes for something else, though they are no
# lower-case English word (lexicon.COMMON_WORDS gives the others).
OTHER_USES = ("eu", "uk", "ok", "ca", "pc", "se", "ss", "et", "ep", "ps", "pp", "eg", "ent")
SUFFIX = re.compile(r"[a-z0-9]+")
PHRASE = re.compile(r"[a-z0-9&]+(?: [a-z0-9&]+)+")

# Well-known organisations, by kind: names as news writes them. A name that news writes
# with "The" keeps it when the rest is a common word ("The Guardian"). Clubs and
# universities named after a place are listed by their full name only ("FC Barcelona",
# "Princeton University"): alone, the place's name is mostly the place.
# fmt: off
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "technology companies": (
        "Google", "Alphabet", "Apple", "Microsoft", "Amazon", "Meta", "Facebook",
        "Instagram", "WhatsApp", "YouTube", "Twitter", "Netflix", "Nvidia", "Intel", "AMD",
        "IBM", "Oracle", "Cisco", "Adobe", "Salesforce", "SAP", "Dell", "HP",
        "Hewlett-Packard", "Qualcomm", "Broadcom", "Texas Instruments", "Micron", "TSMC",
        "Samsung", "Samsung Electronics", "LG", "Sony", "Panasonic", "Toshiba", "Hitachi",
        "Fujitsu", "NEC", "Nintendo", "Huawei", "ZTE", "Xiaomi", "Lenovo", "Alibaba",
        "Tencent", "Baidu", "ByteDance", "TikTok", "JD.com", "Pinduoduo", "Temu", "Shein",
        "Infosys", "Wipro", "Tata Consultancy Services", "TCS", "HCL", "Nokia",
        "Ericsson", "Philips", "Siemens", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal",
        "eBay", "Yahoo", "Snapchat", "Pinterest", "Reddit", "LinkedIn", "Zoom", "Slack",
        "Dropbox", "Palantir", "OpenAI", "Anthropic", "DeepMind", "SpaceX", "Tesla",
        "Starlink", "Xerox", "Mozilla", "Wikipedia", "Wikimedia Foundation", "Telegram",
        "Signal", "WeChat", "Vodafone", "Verizon", "AT&T", "T-Mobile", "BT", "Orange",
        "Deutsche Telekom", "Telefonica", "Reliance Jio", "Bharti Airtel", "Airtel",
        "ASML", "Arm", "Foxconn", "Booking.com", "Expedia", "Shopify", "Stripe",
        "Coinbase", "Binance",
    ),
    "other companies": (
        "Boeing", "Airbus", "Lockheed Martin", "Raytheon", "RTX", "Northrop Grumman",
        "General Dynamics", "BAE Systems", "Rolls-Royce", "Thales", "Leonardo", "Saab",
        "Embraer", "Bombardier", "General Electric", "GE", "Honeywell", "3M",
        "Caterpillar", "Toyota", "Honda", "Nissan", "Hyundai", "Kia", "Volkswagen", "BMW",
        "Mercedes-Benz", "Daimler", "Audi", "Porsche", "Ferrari", "Fiat", "Stellantis",
        "Renault", "Peugeot", "Volvo", "Ford", "General Motors", "GM", "Chrysler",
        "Tata Motors", "Mahindra", "Maruti Suzuki", "Suzuki", "BYD", "Geely", "Rivian",
        "ExxonMobil", "Exxon", "Chevron", "Shell", "BP", "TotalEnergies", "Saudi Aramco",
        "Aramco", "Gazprom", "Rosneft", "Lukoil", "Equinor", "Petrobras", "Pemex",
        "Sinopec", "PetroChina", "ONGC", "Reliance Industries", "Adani Group", "Tata Group",
        "Tata Sons", "Walmart", "Costco", "Target", "Tesco", "Sainsbury's", "Carrefour",
        "Aldi", "Lidl", "IKEA", "Nike", "Adidas", "Puma", "Zara", "Inditex", "H&M",
        "Unilever", "Procter & Gamble", "Nestle", "Coca-Cola", "PepsiCo", "McDonald's",
        "Starbucks", "KFC", "Burger King", "Subway", "Pfizer", "Moderna", "BioNTech",
        "AstraZeneca", "Johnson & Johnson", "Novartis", "Roche", "Sanofi", "GSK",
        "GlaxoSmithKline", "Merck", "Bayer", "Novo Nordisk", "Eli Lilly", "AbbVie",
        "Gilead", "Serum Institute of India", "Bharat Biotech", "JPMorgan Chase",
        "JPMorgan", "JP Morgan", "Goldman Sachs", "Morgan Stanley", "Citigroup", "Citi",
        "Bank of America", "Wells Fargo", "HSBC", "Barclays", "Lloyds", "NatWest",
        "Deutsche Bank", "UBS", "Credit Suisse", "BNP Paribas", "Societe Generale",
        "Banco Santander", "ING", "BlackRock", "Vanguard", "Berkshire Hathaway", "Visa",
        "Mastercard", "American Express", "Allianz", "AXA", "Prudential", "Lloyd's of London",
        "Moody's", "Standard & Poor's", "S&P Global", "Fitch", "Fitch Ratings",
        "Nasdaq", "New York Stock Exchange", "NYSE", "London Stock Exchange", "Disney",
        "Walt Disney", "Warner Bros", "Warner Bros Discovery", "Paramount",
        "Universal Pictures", "Sony Pictures", "Comcast", "Emirates", "Qatar Airways",
        "Lufthansa", "Air France", "KLM", "British Airways", "Ryanair", "easyJet",
        "Delta Air Lines", "United Airlines", "American Airlines", "Air India", "IndiGo",
        "Singapore Airlines", "Cathay Pacific", "FedEx", "UPS", "DHL", "Maersk",
        "Wagner Group", "McKinsey", "Deloitte", "PwC", "KPMG", "EY", "Accenture",
    ),
    "agencies and governments": (
        "NASA", "ESA", "ISRO", "JAXA", "Roscosmos", "FBI", "CIA", "NSA", "DEA", "ATF",
        "ICE", "FEMA", "EPA", "FDA", "CDC", "NIH", "FAA", "FCC", "SEC", "FTC", "IRS",
        "USAID", "Pentagon", "White House", "Kremlin", "Downing Street", "Elysee",
        "Federal Reserve", "Fed", "Bank of England", "European Central Bank", "ECB",
        "Reserve Bank of India", "RBI", "People's Bank of China", "Bank of Japan",
        "MI5", "MI6", "GCHQ", "Scotland Yard", "Mossad", "Shin Bet", "FSB", "KGB", "GRU",
        "NHS", "Ofcom", "Ofgem", "DRDO", "NDRC", "CBI", "Interpol", "Europol", "Frontex",
        "National Guard", "Secret Service", "Coast Guard", "Congress", "Senate",
        "Parliament", "Bundestag", "Knesset", "Duma", "Lok Sabha", "Rajya Sabha",
        "Supreme Court", "Vatican", "Holy See",
    ),
    "international bodies": (
        "United Nations", "UN", "UN Security Council", "Security Council",
        "UN General Assembly", "UNESCO", "UNICEF", "UNHCR", "UNDP", "UNEP", "UNRWA",
        "UNCTAD", "UNFPA", "WFP", "World Food Programme", "WHO",
        "World Health Organization", "World Health Organisation", "IAEA", "ILO", "FAO",
        "IMO", "ICAO", "ITU", "WIPO", "WMO", "UN Women", "OHCHR", "IPCC", "UNFCCC",
        "International Monetary Fund", "IMF", "World Bank", "World Trade Organization",
        "World Trade Organisation", "WTO", "OECD", "OPEC", "OPEC+", "NATO", "EU",
        "European Union", "European Commission", "European Parliament",
        "Council of Europe", "European Court of Human Rights", "ASEAN", "African Union",
        "Arab League", "Gulf Cooperation Council", "GCC", "BRICS", "G7", "G20", "SCO",
        "Shanghai Cooperation Organisation", "SAARC", "Quad", "AUKUS", "Commonwealth",
        "OSCE", "International Criminal Court", "ICC", "International Court of Justice",
        "ICJ", "Red Cross", "International Committee of the Red Cross", "ICRC",
        "Red Crescent", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF",
        "Amnesty International", "Human Rights Watch", "Greenpeace", "Oxfam",
        "Save the Children", "Transparency International", "Reporters Without Borders",
        "World Economic Forum", "WEF", "Gates Foundation", "Bill & Melinda Gates Foundation",
        "Asian Development Bank", "ADB", "New Development Bank", "AIIB", "Interpol",
        "Hamas", "Hezbollah", "Taliban", "Islamic State", "ISIS", "Al-Qaeda", "Houthis",
    ),
    "universities": (
        "Harvard", "Harvard University", "Yale", "Yale University",
        "Princeton University", "Stanford", "Stanford University", "MIT",
        "Massachusetts Institute of Technology", "Caltech", "Columbia University",
        "University of Chicago", "University of Pennsylvania", "Cornell",
        "Cornell University", "Johns Hopkins", "Johns Hopkins University",
        "Duke University", "Georgetown University", "New York University", "NYU",
        "UCLA", "UC Berkeley", "University of California",
        "University of Michigan", "Oxford University", "University of Oxford",
        "Cambridge University", "University of Cambridge", "Imperial College London",
        "London School of Economics", "LSE", "University College London", "UCL",
        "King's College London", "University of Edinburgh", "Sorbonne", "Sciences Po",
        "ETH Zurich", "Tsinghua University", "Peking University", "Fudan University",
        "University of Tokyo", "National University of Singapore", "NUS",
        "University of Toronto", "McGill University", "University of Melbourne",
        "University of Sydney", "IIT", "IIT Delhi", "IIT Bombay", "IISc",
        "Indian Institute of Science", "Jawaharlal Nehru University", "JNU",
        "Delhi University", "University of Delhi", "Karolinska Institute",
    ),
    "sports bodies": (
        "FIFA", "UEFA", "IOC", "International Olympic Committee", "NFL", "NBA", "MLB",
        "NHL", "MLS", "WNBA", "NCAA", "BCCI", "ICC", "IPL", "Premier League",
        "Football Association", "FA", "Formula One", "F1", "ATP", "WTA", "World Athletics",
        "WADA", "World Anti-Doping Agency", "World Rugby", "Real Madrid", "FC Barcelona",
        "Manchester United", "Manchester City", "Liverpool FC", "Chelsea FC", "Arsenal",
        "Tottenham Hotspur", "Bayern Munich", "Juventus", "AC Milan", "Inter Milan",
        "Paris Saint-Germain", "PSG", "New York Yankees", "Los Angeles Lakers",
        "Dallas Cowboys",
    ),
    "news outlets": (
        "Reuters", "Associated Press", "AP", "Agence France-Presse", "AFP", "Bloomberg",
        "Bloomberg News", "Dow Jones", "UPI", "ANI", "PTI", "IANS", "Xinhua", "TASS",
        "RIA Novosti", "Interfax", "Kyodo", "Yonhap", "EFE", "ANSA", "DPA", "BBC",
        "BBC News", "CNN", "Fox News", "MSNBC", "CNBC", "NBC", "NBC News", "CBS",
        "CBS News", "ABC News", "NPR", "PBS", "Sky News", "ITV", "Channel 4", "Al Jazeera",
        "Al Arabiya", "RT", "Deutsche Welle", "DW", "France 24", "Euronews", "NHK", "CGTN",
        "New York Times", "Washington Post", "Wall Street Journal", "WSJ", "USA Today",
        "Los Angeles Times", "Chicago Tribune", "Boston Globe", "Politico", "Axios",
        "The Atlantic", "New Yorker", "Time magazine", "Newsweek", "Financial Times",
        "FT", "The Economist", "The Guardian", "The Times", "Sunday Times",
        "Daily Telegraph", "The Telegraph", "The Independent", "Daily Mail", "Daily Mirror",
        "The Sun", "Evening Standard", "Le Monde", "Le Figaro", "Der Spiegel",
        "Die Zeit", "Frankfurter Allgemeine Zeitung", "El Pais", "Corriere della Sera",
        "La Repubblica", "Times of India", "Hindustan Times", "The Hindu",
        "Indian Express", "NDTV", "Dawn", "South China Morning Post", "Global Times",
        "People's Daily", "Japan Times", "Nikkei", "Haaretz", "Times of Israel",
        "Sydney Morning Herald", "ABC", "CBC", "Globe and Mail", "BuzzFeed News",
        "HuffPost", "Vox", "Vice", "The Intercept", "ProPublica", "Wikileaks",
    ),
}
# fmt: on

HEADER = """Legal forms of companies, and well-known organisations: generated, do not edit.

Sources: the legal forms are the term table of the PyPI package cleanco {version}
(cleanco/termdata.py; MIT licence, {copyright}); the organisations
are newsseed's own list (MIT licence), in scripts/gen_organisations.py. Regenerated by:

    python3 scripts/gen_organisations.py path/to/cleanco-{version}-py3-none-any.whl

``LEGAL_SUFFIXES`` ({suffixes:,}): cleanco's one-word legal forms, folded without dots
(``spa``, ``gmbh``); ``AMBIGUOUS_LEGAL_SUFFIXES`` ({ambiguous_suffixes:,}) those of them
that are also English words or other abbreviations (``as``, ``eu``), to be taken as
legal forms only when written as one after a name; ``LEGAL_SUFFIX_PHRASES``
({phrases:,}): its legal forms of several words. ``KNOWN_ORGANISATIONS``
({known:,}): names news uses without an organisation word, but the one-word names that
are lower-case English words (``lexicon.COMMON_WORDS``), which are
``AMBIGUOUS_ORGANISATIONS`` ({ambiguous:,}). Entries are folded: lower case, no
diacritics, no dots.

cleanco's licence, as it asks (quoted from its wheel):

{licence}
"""


def read_wheel(path: Path) -> tuple[str, str, list[str]]:
    """cleanco's version, its licence and every legal form of its term table."""
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        found = re.search(r"^Version: (\S+)", wheel.read(metadata).decode(), re.M)
        version = found.group(1) if found else "(unknown version)"
        licence = wheel.read(next(n for n in names if "/LICENSE" in n)).decode("utf-8")
        source = wheel.read(TERMDATA).decode("utf-8")
    terms: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            table = ast.literal_eval(node.value)
            if isinstance(table, dict):
                for forms in table.values():
                    terms.extend(forms)
    return version, licence, terms


def generate(path: Path) -> str:
    version, licence, terms = read_wheel(path)
    found = re.search(r"^Copyright .*?(?= <|$)", licence, re.M)
    copyright_line = found.group(0) if found else "see its LICENSE file"
    suffixes: set[str] = set(PHRASE_WORDS)
    phrases: set[str] = set()
    for term in terms:
        folded = fold(term.replace("&", " & ").replace("/", ""))
        if SUFFIX.fullmatch(folded):
            suffixes.add(folded)
        elif PHRASE.fullmatch(folded):  # not the Cyrillic ones, nor a mis-encoded Czech one
            phrases.add(folded)
    ambiguous_suffixes = {s for s in suffixes if s in COMMON_WORDS or s in OTHER_USES}
    names = {fold(name) for kind in ORGANISATIONS.values() for name in kind}
    ambiguous = {n for n in names if " " not in n and n in COMMON_WORDS}
    known = names - ambiguous
    header = HEADER.format(
        version=version,
        copyright=copyright_line,
        licence="\n".join(f"    {line}".rstrip() for line in licence.strip().splitlines()),
        suffixes=len(suffixes),
        ambiguous_suffixes=len(ambiguous_suffixes),
        phrases=len(phrases),
        known=len(known),
        ambiguous=len(ambiguous),
    )
    return module(
        header,
        [
            block("LEGAL_SUFFIXES", "Legal forms of companies, one word each.", suffixes),
            block(
                "AMBIGUOUS_LEGAL_SUFFIXES",
                "Legal forms that are also English words or other abbreviations.",
                ambiguous_suffixes,
            ),
            block(
                "LEGAL_SUFFIX_PHRASES",
                "Legal forms of several words.",
                phrases,
                separator="|",
            ),
            block(
                "KNOWN_ORGANISATIONS",
                "Well-known organisations (one-word names that are English words aside).",
                known,
                separator="|",
            ),
            block(
                "AMBIGUOUS_ORGANISATIONS",
                "Well-known organisations whose one-word names are English words too.",
                ambiguous,
            ),
        ],
    )


def main(argv: list[str]) -> int:
    source = ("wheel", "cleanco's wheel, as pip downloads it")
    return run(argv, doc=__doc__, target=TARGET, generate=generate, source=source)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
