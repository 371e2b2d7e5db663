"""Titles, roles and name particles: how news introduces people. Data, not code."""

from __future__ import annotations

from parley.lexicon.places import CONTESTED_REGIONS, OTHER_REGIONS, WATERWAYS

# Words that head a role ("Foreign Minister", "Kremlin spokesman", "special envoy").
ROLE_HEADS = frozenset({"president", "presidents", "vice-president", "premier", "minister", "ministers",
                        "secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                        "envoy", "negotiator", "ambassador", "chancellor", "king", "queen", "emir", "sheikh",
                        "prince", "crown", "chief", "head", "director", "director-general", "commander",
                        "general", "marshal", "admiral", "colonel", "leader", "chairman", "chairwoman",
                        "chair", "speaker", "mayor", "governor", "gov.", "gov", "senator", "representative",
                        "rep.", "sen.", "congressman", "congresswoman", "lawmaker", "official", "officer", "diplomat",
                        "deputy", "undersecretary", "under-secretary", "commissioner", "counselor",
                        "counsellor", "ceo", "publisher", "editor", "reporter", "journalist", "correspondent",
                        "host", "anchor", "analyst", "lawyer", "attorney", "critic", "activist", "researcher",
                        "professor", "fellow", "economist", "strategist", "marine", "soldier", "pope",
                        "cardinal", "archbishop", "patriarch", "mediator", "coordinator", "rapporteur",
                        "ombudsman", "prosecutor", "judge", "justice", "founder", "owner", "son-in-law",
                        "daughter", "son", "wife", "husband", "brother", "sister", "father", "mother",
                        # what reports call people who hold no office
                        "assassin", "hitman", "spy", "agent", "operative", "businessman", "businesswoman",
                        "tycoon", "oligarch", "billionaire", "hacker", "artist", "star", "staffer", "associate",
                        "politician", "defender", "personality", "dealer", "co-founder", "cofounder",
                        "whistleblower", "employee", "nominee", "mate", "dissident", "blogger", "militant",
                        "cleric", "ayatollah", "amir", "executive",
                        # heads of a body and clergy (round 7)
                        "convenor", "convener", "moderator", "whip", "bishop", "monsignor", "nuncio", "imam",
                        "mufti", "legislator", "scientist", "trader",
                        # plurals and hyphenated titles
                        "envoys", "aides", "advisers", "advisors", "negotiators", "officials", "diplomats",
                        "secretary-general", "under-secretary-general", "commander-in-chief", "attorney-general",
                        "governor-general",
                        # heads of talks and of movements' bodies ("the UN co-chair, X", "its
                        # vice-chairman X", "politburo member X", "his Bordurian counterpart X")
                        "co-chair", "co-chairman", "co-chairwoman", "vice-chair", "vice-chairman",
                        "vice-chairwoman", "facilitator", "counterpart", "member"})

# Words that modify a role head ("presidential aide", "special envoy", "Foreign Minister").
ROLE_MODIFIERS = frozenset({"presidential", "special", "foreign", "defense", "defence", "interior", "prime",
                            "vice", "deputy", "senior", "top", "chief", "national", "security", "peace",
                            "state", "former", "acting", "interim", "first", "second", "executive", "general",
                            "director-general", "assistant", "principal", "military", "intelligence",
                            "economic", "finance", "treasury", "trade", "energy", "justice", "health",
                            "humanitarian", "political", "field", "supreme", "high", "lead", "main",
                            "personal", "press", "communications", "city", "regional", "local", "federal",
                            "commodities", "strategy", "global", "managing"})

# Honorifics dropped from a name ("Mr. Novak").
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
                        "Madam", "Mme", "Messrs"})

# Hyphenated titles: "Secretary-General Ann Varga".
HYPHEN_TITLES = frozenset({"Secretary-General", "Director-General", "Vice-President", "Under-Secretary",
                           "Commander-in-Chief", "Attorney-General", "Governor-General"})

# Capitalized title words that may stand right before a name ("President Ann Varga").
CAPITAL_TITLES = frozenset({"President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence",
                            "Secretary", "Spokesman", "Spokeswoman", "Chancellor", "King", "Queen", "Emir",
                            "Sheikh", "Prince", "Crown", "Field", "Marshal", "General", "Gen.", "Gen",
                            "Admiral", "Adm.", "Colonel", "Col.", "Lt.", "Sgt.", "Major", "Maj.", "Speaker",
                            "Mayor", "Governor", "Gov.", "Senator", "Sen.", "Rep.", "Representative",
                            "Ambassador", "Envoy", "Special", "Director", "Chief", "Deputy", "Commander",
                            "Pope", "Cardinal", "Archbishop", "Patriarch", "Chairman", "Chairwoman", "Chair",
                            "Premier", "Sultan", "Interior", "Finance", "Treasury", "State", "Security",
                            "National", "Supreme", "Leader", "Head", "Justice", "Judge", "Attorney", "Acting",
                            "Interim", "Former", "Senior", "Top", "First", "Second", "Executive", "Managing",
                            "Undersecretary", "Under-Secretary", "Commissioner", "City", "Council", "Rabbi",
                            "Imam", "Bishop", "Father", "Sister", "Saint", "Dr.", "Dr", "Mr.", "Mr", "Mrs.",
                            "Mrs", "Ms.", "Ms", "Sir", "Dame"}) | HYPHEN_TITLES

# Particles inside names ("Wadih bin Jamil", "Pieter de Wit", "Omar Al Farsi").
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "Al", "al-", "el", "El", "de", "da", "di", "del",
                            "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "abu", "Abu",
                            "ben", "bar"})

# Capitalized words that are never part of a person's name in news text.
NOT_NAME_WORDS = frozenset({
    # function words, time words, institutions, places, titles
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "By", "For", "From",
    "With", "As", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "Until", "During",
    "Under", "Over", "Among", "Between", "Into", "Through", "Against", "Without", "About", "Around",
    "Despite", "Following", "Meanwhile", "However", "Still", "Yet", "Also", "Both", "Either", "Neither",
    "Some", "Many", "Most", "Several", "Other", "Another", "Each", "Every", "All", "No", "Not", "Only",
    "Even", "Just", "Now", "Then", "There", "Here", "Where", "What", "Which", "Who", "Whom", "Whose", "Why",
    "How", "Our", "Their", "His", "Her", "My", "Your", "We", "They", "He", "She", "You", "I", "Me", "Us",
    "Them", "Today", "Tomorrow", "Yesterday", "Tonight", "Earlier", "Later", "Last", "Next", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ministry", "Department", "Office",
    "Council", "Committee", "Commission", "Agency", "Service", "Services", "Forces", "Force", "Army", "Navy",
    "Guard", "Guards", "Party", "Parliament", "Assembly", "Congress", "Senate", "House", "Court", "Union",
    "Nations", "Republic", "Kingdom", "Federation", "Government", "Administration", "Authority",
    "Authorities", "Bank", "Fund", "Foundation", "Institute", "Center", "Centre", "University", "College",
    "School", "Group", "Company", "Corporation", "Corp", "Inc", "Ltd", "News", "Times", "Post", "Journal",
    "Press", "Network", "Television", "Radio", "Media", "Daily", "Weekly", "Review", "Magazine", "Telegraph",
    "Guardian", "Reuters", "Associated", "Xinhua", "Tass", "Palace", "Hotel", "Hall", "Square", "Street",
    "Avenue", "Road", "Airport", "Strait", "Sea", "Ocean", "Gulf", "River", "Lake", "Mountain", "Mountains",
    "Island", "Islands", "Peninsula", "Coast", "Bay", "Canal", "Corridor", "Region", "Province", "Oblast",
    "Krai", "District", "County", "State", "States", "City", "Plant", "Station", "Base", "Port", "Crossing",
    "Border", "Line", "Front", "Staff", "Of", "Emergency", "North", "South", "East", "West", "Northern",
    "Southern", "Eastern", "Western", "Central", "Middle", "Upper", "Lower", "Greater", "New", "Old", "War",
    "World", "Cold", "Peace", "Security", "Defense", "Defence", "Foreign", "Affairs", "Affair", "Interior",
    "Energy", "Nuclear", "Military", "Intelligence", "National", "International", "Global", "Regional",
    "European", "Islamic", "Arab", "African", "Asian", "American", "Christian", "Muslim", "Jewish",
    "Catholic", "Orthodox", "Sunni", "Shia", "Truth", "Social", "Telegram", "X", "Twitter", "Facebook",
    "Instagram", "YouTube", "TikTok", "WhatsApp", "Signal", "WeChat", "Prize", "Award", "Day", "Week", "Year",
    "Month", "Summit", "Talks", "Conference", "Forum", "Declaration", "Accords", "Accord", "Agreement",
    "Plan", "Deal", "Treaty", "Memorandum", "Protocol", "Framework", "Initiative", "Program", "Programme",
    "Project", "Operation", "Mission", "Oil", "Gas", "Power", "Brent", "WTI", "OPEC", "Dow", "Nasdaq",
    "Index", "Futures", "Crude", "Markets", "Market", "Stock", "Stocks", "President", "Minister", "Secretary",
    "Prime", "Vice", "Chancellor", "Spokesman", "Envoy", "Special", "Ambassador", "General", "Director",
    "Chief", "Deputy", "Leader", "Commander", "Speaker", "Mayor", "Governor", "Senator", "Crown", "Prince",
    "King", "Sheikh", "Emir", "Field", "Marshal",
    # words of military units, ships, movements and organizations
    "Command", "Corps", "Brigade", "Brigades", "Division", "Battalion", "Regiment", "Fleet", "Passage",
    "Very", "Large", "Carriers", "Tankers", "Vessel", "Organization", "Organisation", "Liberation",
    "Movement", "Alliance", "Coalition", "Resistance", "Although", "Though", "Because", "Unless", "Once",
    "Like", "Unlike", "Absent", "Amid", "Upon", "Via", "Whether", "Loading", "Powerful", "Total", "Illegal",
    "Missing", "Joint", "Shoal", "Reef", "Heights", "Circle", "Beach", "Valley", "Fort", "Management",
    "Networks", "Strategy", "Team", "Board", "Platform", "Church", "Bureau", "Intifada",
    "Revolution", "Ages", "Zionist", "Democrats", "Democratic",
    "Republican", "Republicans", "Intermediate", "Embassy", "Regime", "Change", "Families",
    "Behind", "Beyond", "Across", "Inside", "Outside", "Toward", "Towards", "Within", "Near",
    # continents (regions and sea lanes come from lexicon/places.py)
    "Europe", "Asia", "Africa", "Americas", "Eurasia", "Oceania", "Arctic", "Antarctica",
}) | HYPHEN_TITLES | frozenset(word for name in (*CONTESTED_REGIONS, *OTHER_REGIONS, *WATERWAYS)
                                for word in name.split())

# Peoples that are not one party but mark a person as not the outlet's own official.
FOREIGN_MARKERS = frozenset({"Palestinian", "Palestinians", "Kurdish", "Kurds", "Chechen", "Gazan", "Tibetan",
                             "Uyghur", "Druze", "Yazidi", "Sahrawi", "Rohingya", "Tamil"})

# Lower-case words after which a capitalized word still starts a name ("said Ann Varga").
# Not "agreed" or "states": verbs of deeds, or nouns, more often than verbs of speech.
SPEECH_VERBS = frozenset({"said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "wrote",
                          "writes", "posted", "declared", "declares", "stated", "noted", "stressed",
                          "stresses", "emphasized", "emphasised", "emphasizes", "explained", "explains",
                          "warned", "warns", "argued", "argues", "insisted", "insists", "claimed", "claims",
                          "asked", "asks", "urged", "urges", "announced", "announces", "acknowledged",
                          "acknowledges", "replied", "replies", "responded", "responds", "recalled",
                          "recalls", "remarked", "remarks", "reiterated", "reiterates", "tweeted",
                          "commented", "confirmed", "confirms", "admitted", "admits", "continued",
                          "continues", "conceded", "concedes", "cautioned", "cautions", "predicted",
                          "predicts", "suggested", "suggests", "described", "describes", "called", "calls",
                          "pointed", "signaled", "signalled", "indicated", "indicates", "maintained",
                          "maintains", "reported", "reports", "observed", "observes", "countered",
                          "declaring", "adding", "writing", "noting", "telling", "calling", "describing",
                          "warning", "insisting", "demanded", "demanding", "vowed", "pledged", "promised",
                          "threatened", "pleaded", "stating", "reaffirmed", "affirmed", "repeated", "asserted",
                          "fumed", "fuming", "restated", "restating", "boasted", "boasting", "quipped", "lamented",
                          "complained", "complaining", "contended", "retorted", "joked", "alleged", "recounted",
                          "testified", "underscored", "underlined", "elaborated", "clarified", "reasoned",
                          "explaining", "arguing", "stressing", "mused", "wondered"})
