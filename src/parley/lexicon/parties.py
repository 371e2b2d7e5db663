"""Words that stand for parties: states, demonyms, capitals and metonyms, organizations.

General knowledge any report could need (SCHEMA.md's party codes: ISO 3166-1 alpha-3
for states, short upper-case names for others). Data, not code.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import regex

# code: (names of the state, demonyms, capital, other metonyms)
STATES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "RUS": (("Russia", "Russian Federation"), ("Russian", "Russians"), ("Moscow", "Kremlin", "the Kremlin")),
    "UKR": (("Ukraine",), ("Ukrainian", "Ukrainians"), ("Kyiv", "Kiev")),
    "USA": (("United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"),
            ("American", "Americans"), ("Washington", "White House", "State Department", "Pentagon")),
    "TUR": (("Turkey", "Türkiye", "Turkiye"), ("Turkish", "Turks"), ("Ankara",)),
    "ISR": (("Israel",), ("Israeli", "Israelis"), ("Jerusalem", "Tel Aviv", "Knesset")),
    "QAT": (("Qatar",), ("Qatari", "Qataris"), ("Doha",)),
    "EGY": (("Egypt",), ("Egyptian", "Egyptians"), ("Cairo",)),
    "IRN": (("Iran", "Islamic Republic", "Islamic Republic of Iran"), ("Iranian", "Iranians"), ("Tehran",)),
    "OMN": (("Oman",), ("Omani", "Omanis"), ("Muscat",)),
    "PAK": (("Pakistan",), ("Pakistani", "Pakistanis"), ("Islamabad",)),
    "SAU": (("Saudi Arabia", "Kingdom of Saudi Arabia"), ("Saudi", "Saudis"), ("Riyadh",)),
    "ARE": (("United Arab Emirates", "UAE", "U.A.E.", "Emirates"), ("Emirati", "Emiratis"), ("Abu Dhabi",)),
    "DEU": (("Germany",), ("German", "Germans"), ("Berlin",)),
    "BLR": (("Belarus",), ("Belarusian", "Belarusians", "Belarussian"), ("Minsk",)),
    "POL": (("Poland",), ("Polish", "Poles"), ("Warsaw",)),
    "NOR": (("Norway",), ("Norwegian", "Norwegians"), ("Oslo",)),
    "SVN": (("Slovenia",), ("Slovenian", "Slovene"), ("Ljubljana",)),
    "CHN": (("China", "People's Republic of China"), ("Chinese",), ("Beijing",)),
    "FRA": (("France",), ("French",), ("Paris", "Elysee", "Élysée")),
    "GBR": (("United Kingdom", "Britain", "Great Britain", "UK", "U.K."), ("British", "Briton", "Britons"),
            ("London", "Downing Street")),
    "ARM": (("Armenia",), ("Armenian", "Armenians"), ("Yerevan",)),
    "AZE": (("Azerbaijan",), ("Azerbaijani", "Azerbaijanis", "Azeri"), ("Baku",)),
    "KHM": (("Cambodia",), ("Cambodian", "Cambodians"), ("Phnom Penh",)),
    "THA": (("Thailand",), ("Thai",), ("Bangkok",)),
    "MYS": (("Malaysia",), ("Malaysian", "Malaysians"), ("Kuala Lumpur",)),
    "LBN": (("Lebanon",), ("Lebanese",), ("Beirut",)),
    "SYR": (("Syria",), ("Syrian", "Syrians"), ("Damascus",)),
    "JOR": (("Jordan",), ("Jordanian", "Jordanians"), ("Amman",)),
    "IRQ": (("Iraq",), ("Iraqi", "Iraqis"), ("Baghdad",)),
    "YEM": (("Yemen",), ("Yemeni", "Yemenis"), ("Sanaa",)),
    "IND": (("India",), ("Indian", "Indians"), ("New Delhi",)),
    "CUB": (("Cuba",), ("Cuban", "Cubans"), ("Havana",)),
    "TWN": (("Taiwan",), ("Taiwanese",), ("Taipei",)),
    "PHL": (("Philippines", "the Philippines"), ("Philippine", "Filipino", "Filipinos"), ("Manila",)),
    "CHE": (("Switzerland",), ("Swiss",), ("Bern",)),
    "JPN": (("Japan",), ("Japanese",), ("Tokyo",)),
    "KOR": (("South Korea",), ("South Korean", "South Koreans"), ("Seoul",)),
    "PRK": (("North Korea",), ("North Korean", "North Koreans"), ("Pyongyang",)),
    "VAT": (("Holy See", "Vatican"), ("Vatican",), ("Vatican City",)),
    "HUN": (("Hungary",), ("Hungarian", "Hungarians"), ("Budapest",)),
    "ITA": (("Italy",), ("Italian", "Italians"), ("Rome",)),
    "ESP": (("Spain",), ("Spanish",), ("Madrid",)),
    "CAN": (("Canada",), ("Canadian", "Canadians"), ("Ottawa",)),
    "BRA": (("Brazil",), ("Brazilian", "Brazilians"), ("Brasilia",)),
    "ZAF": (("South Africa",), ("South African", "South Africans"), ("Pretoria",)),
    "FIN": (("Finland",), ("Finnish", "Finns"), ("Helsinki",)),
    "SWE": (("Sweden",), ("Swedish", "Swedes"), ("Stockholm",)),
    "DNK": (("Denmark",), ("Danish", "Danes"), ("Copenhagen",)),
    "NLD": (("Netherlands", "the Netherlands"), ("Dutch",), ("Amsterdam", "The Hague")),
    "BEL": (("Belgium",), ("Belgian", "Belgians"), ()),
    "AUT": (("Austria",), ("Austrian", "Austrians"), ()),
    "EST": (("Estonia",), ("Estonian", "Estonians"), ("Tallinn",)),
    "LVA": (("Latvia",), ("Latvian", "Latvians"), ("Riga",)),
    "LTU": (("Lithuania",), ("Lithuanian", "Lithuanians"), ("Vilnius",)),
    "ROU": (("Romania",), ("Romanian", "Romanians"), ("Bucharest",)),
    "MDA": (("Moldova",), ("Moldovan", "Moldovans"), ("Chisinau",)),
    "GEO": (("Georgia",), ("Georgian", "Georgians"), ("Tbilisi",)),
    "SRB": (("Serbia",), ("Serbian", "Serbs"), ("Belgrade",)),
    "XKX": (("Kosovo",), ("Kosovar", "Kosovars"), ("Pristina",)),
    "KAZ": (("Kazakhstan",), ("Kazakh",), ("Astana",)),
    "AFG": (("Afghanistan",), ("Afghan", "Afghans"), ("Kabul",)),
    "VEN": (("Venezuela",), ("Venezuelan", "Venezuelans"), ("Caracas",)),
    "COL": (("Colombia",), ("Colombian", "Colombians"), ("Bogota",)),
    "MEX": (("Mexico",), ("Mexican", "Mexicans"), ("Mexico City",)),
    "SDN": (("Sudan",), ("Sudanese",), ("Khartoum",)),
    "COD": (("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo"), ("Congolese",), ("Kinshasa",)),
    "RWA": (("Rwanda",), ("Rwandan", "Rwandans"), ("Kigali",)),
    "ETH": (("Ethiopia",), ("Ethiopian", "Ethiopians"), ("Addis Ababa",)),
    "KEN": (("Kenya",), ("Kenyan", "Kenyans"), ("Nairobi",)),
    "LBY": (("Libya",), ("Libyan", "Libyans"), ("Tripoli",)),
    "IDN": (("Indonesia",), ("Indonesian", "Indonesians"), ("Jakarta",)),
    "SGP": (("Singapore",), ("Singaporean",), ()),
    "VNM": (("Vietnam",), ("Vietnamese",), ("Hanoi",)),
    "BHR": (("Bahrain",), ("Bahraini",), ("Manama",)),
    "KWT": (("Kuwait",), ("Kuwaiti",), ()),
    "AUS": (("Australia",), ("Australian", "Australians"), ("Canberra",)),
    "GRC": (("Greece",), ("Greek", "Greeks"), ("Athens",)),
    "CYP": (("Cyprus",), ("Cypriot",), ("Nicosia",)),
    "PSE": (("Palestine", "State of Palestine"), (), ()),
    # more states of the world's talks, mediations and summits
    "UGA": (("Uganda",), ("Ugandan", "Ugandans"), ("Kampala",)),
    "AGO": (("Angola",), ("Angolan", "Angolans"), ("Luanda",)),
    "NGA": (("Nigeria",), ("Nigerian", "Nigerians"), ("Abuja",)),
    "SEN": (("Senegal",), ("Senegalese",), ("Dakar",)),
    "SOM": (("Somalia",), ("Somali", "Somalis"), ("Mogadishu",)),
    "SSD": (("South Sudan",), ("South Sudanese",), ("Juba",)),
    "ERI": (("Eritrea",), ("Eritrean", "Eritreans"), ("Asmara",)),
    "DJI": (("Djibouti",), ("Djiboutian",), ()),
    "TZA": (("Tanzania",), ("Tanzanian", "Tanzanians"), ("Dodoma",)),
    "BDI": (("Burundi",), ("Burundian",), ("Gitega",)),
    "MOZ": (("Mozambique",), ("Mozambican",), ("Maputo",)),
    "ZWE": (("Zimbabwe",), ("Zimbabwean",), ("Harare",)),
    "MLI": (("Mali",), ("Malian", "Malians"), ("Bamako",)),
    "NER": (("Niger",), ("Nigerien",), ("Niamey",)),
    "BFA": (("Burkina Faso",), ("Burkinabe",), ("Ouagadougou",)),
    "DZA": (("Algeria",), ("Algerian", "Algerians"), ("Algiers",)),
    "MAR": (("Morocco",), ("Moroccan", "Moroccans"), ("Rabat",)),
    "TUN": (("Tunisia",), ("Tunisian", "Tunisians"), ("Tunis",)),
    "BGD": (("Bangladesh",), ("Bangladeshi",), ("Dhaka",)),
    "LKA": (("Sri Lanka",), ("Sri Lankan",), ("Colombo",)),
    "MMR": (("Myanmar",), ("Burmese",), ("Naypyidaw",)),
    "NZL": (("New Zealand",), ("New Zealander",), ("Wellington",)),
    "IRL": (("Ireland",), ("Irish",), ("Dublin",)),
    "PRT": (("Portugal",), ("Portuguese",), ("Lisbon",)),
    "CZE": (("Czech Republic", "Czechia"), ("Czech",), ("Prague",)),
    "SVK": (("Slovakia",), ("Slovak", "Slovakian"), ("Bratislava",)),
    "HRV": (("Croatia",), ("Croatian", "Croats"), ("Zagreb",)),
    "BIH": (("Bosnia and Herzegovina", "Bosnia"), ("Bosnian", "Bosnians"), ("Sarajevo",)),
    "MNE": (("Montenegro",), ("Montenegrin",), ("Podgorica",)),
    "MKD": (("North Macedonia",), ("Macedonian",), ("Skopje",)),
    "ALB": (("Albania",), ("Albanian", "Albanians"), ("Tirana",)),
    "BGR": (("Bulgaria",), ("Bulgarian", "Bulgarians"), ()),  # not "Sofia": a given name
    "ISL": (("Iceland",), ("Icelandic",), ("Reykjavik",)),
    "UZB": (("Uzbekistan",), ("Uzbek",), ("Tashkent",)),
    "KGZ": (("Kyrgyzstan",), ("Kyrgyz",), ("Bishkek",)),
    "TJK": (("Tajikistan",), ("Tajik",), ("Dushanbe",)),
    "TKM": (("Turkmenistan",), ("Turkmen",), ("Ashgabat",)),
    "MNG": (("Mongolia",), ("Mongolian",), ("Ulaanbaatar",)),
    "ARG": (("Argentina",), ("Argentine", "Argentinian"), ("Buenos Aires",)),
    "CHL": (("Chile",), ("Chilean", "Chileans"), ()),  # not "Santiago": a given name
    "PER": (("Peru",), ("Peruvian", "Peruvians"), ("Lima",)),
    "ECU": (("Ecuador",), ("Ecuadorian", "Ecuadoreans"), ("Quito",)),
    "BOL": (("Bolivia",), ("Bolivian", "Bolivians"), ()),
    "NIC": (("Nicaragua",), ("Nicaraguan",), ("Managua",)),
    "HTI": (("Haiti",), ("Haitian", "Haitians"), ("Port-au-Prince",)),
    "DOM": (("Dominican Republic",), ("Dominican",), ("Santo Domingo",)),
    "PAN": (("Panama",), ("Panamanian",), ()),
    "GTM": (("Guatemala",), ("Guatemalan",), ()),
    "LAO": (("Laos",), ("Laotian",), ("Vientiane",)),
    "BRN": (("Brunei",), ("Bruneian",), ()),
    # The rest of the UN's member states, so that a report on any process finds its sides.
    # Capitals that are also given names or common words (Victoria, Male, Kingston, Georgetown,
    # San Jose, Praia) are left out, as Sofia and Santiago are above.
    "AND": (("Andorra",), ("Andorran",), ("Andorra la Vella",)),
    "ATG": (("Antigua and Barbuda",), ("Antiguan",), ()),
    "BHS": (("Bahamas", "the Bahamas"), ("Bahamian",), ()),
    "BRB": (("Barbados",), ("Barbadian",), ("Bridgetown",)),
    "BLZ": (("Belize",), ("Belizean",), ("Belmopan",)),
    "BEN": (("Benin",), ("Beninese",), ("Porto-Novo", "Cotonou")),
    "BTN": (("Bhutan",), ("Bhutanese",), ("Thimphu",)),
    "BWA": (("Botswana",), ("Botswanan", "Motswana"), ("Gaborone",)),
    "CPV": (("Cape Verde", "Cabo Verde"), ("Cape Verdean",), ()),
    "CMR": (("Cameroon",), ("Cameroonian", "Cameroonians"), ("Yaounde", "Yaoundé")),
    "CAF": (("Central African Republic",), ("Central African",), ("Bangui",)),
    "TCD": (("Chad",), ("Chadian", "Chadians"), ("N'Djamena", "N’Djamena", "Ndjamena")),
    "COM": (("Comoros",), ("Comorian",), ("Moroni",)),
    "COG": (("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"), (), ("Brazzaville",)),
    "CRI": (("Costa Rica",), ("Costa Rican", "Costa Ricans"), ()),
    "CIV": (("Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"), ("Ivorian", "Ivorians"),
            ("Yamoussoukro", "Abidjan")),
    "DMA": (("Dominica",), (), ("Roseau",)),
    "SLV": (("El Salvador",), ("Salvadoran", "Salvadorans", "Salvadorean"), ("San Salvador",)),
    "GNQ": (("Equatorial Guinea",), ("Equatoguinean",), ("Malabo",)),
    "SWZ": (("Eswatini", "Swaziland"), ("Swazi",), ("Mbabane",)),
    "FJI": (("Fiji",), ("Fijian", "Fijians"), ("Suva",)),
    "GAB": (("Gabon",), ("Gabonese",), ("Libreville",)),
    "GMB": (("Gambia", "the Gambia"), ("Gambian", "Gambians"), ("Banjul",)),
    "GHA": (("Ghana",), ("Ghanaian", "Ghanaians"), ("Accra",)),
    "GRD": (("Grenada",), ("Grenadian",), ()),
    "GIN": (("Guinea",), ("Guinean", "Guineans"), ("Conakry",)),
    "GNB": (("Guinea-Bissau",), ("Bissau-Guinean",), ("Bissau",)),
    "GUY": (("Guyana",), ("Guyanese",), ()),
    "HND": (("Honduras",), ("Honduran", "Hondurans"), ("Tegucigalpa",)),
    "JAM": (("Jamaica",), ("Jamaican", "Jamaicans"), ()),
    "KIR": (("Kiribati",), ("I-Kiribati",), ("Tarawa",)),
    "LSO": (("Lesotho",), ("Basotho",), ("Maseru",)),
    "LBR": (("Liberia",), ("Liberian", "Liberians"), ("Monrovia",)),
    "LIE": (("Liechtenstein",), (), ("Vaduz",)),
    "LUX": (("Luxembourg",), ("Luxembourgish",), ()),
    "MDG": (("Madagascar",), ("Malagasy",), ("Antananarivo",)),
    "MWI": (("Malawi",), ("Malawian", "Malawians"), ("Lilongwe",)),
    "MDV": (("Maldives", "the Maldives"), ("Maldivian",), ()),
    "MLT": (("Malta",), ("Maltese",), ("Valletta",)),
    "MHL": (("Marshall Islands",), ("Marshallese",), ("Majuro",)),
    "MRT": (("Mauritania",), ("Mauritanian", "Mauritanians"), ("Nouakchott",)),
    "MUS": (("Mauritius",), ("Mauritian",), ("Port Louis",)),
    "FSM": (("Micronesia", "Federated States of Micronesia"), ("Micronesian",), ()),
    "MCO": (("Monaco",), ("Monegasque",), ()),
    "NAM": (("Namibia",), ("Namibian", "Namibians"), ("Windhoek",)),
    "NRU": (("Nauru",), ("Nauruan",), ()),
    "NPL": (("Nepal",), ("Nepali", "Nepalese"), ("Kathmandu",)),
    "PLW": (("Palau",), ("Palauan",), ()),
    "PNG": (("Papua New Guinea",), ("Papua New Guinean",), ("Port Moresby",)),
    "PRY": (("Paraguay",), ("Paraguayan", "Paraguayans"), ("Asuncion", "Asunción")),
    "KNA": (("Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"), (), ()),
    "LCA": (("Saint Lucia", "St Lucia", "St. Lucia"), ("Saint Lucian",), ("Castries",)),
    "VCT": (("Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"), (), ()),
    "WSM": (("Samoa",), ("Samoan", "Samoans"), ("Apia",)),
    "SMR": (("San Marino",), ("Sammarinese",), ()),
    "STP": (("Sao Tome and Principe", "São Tomé and Príncipe"), (), ()),
    "SYC": (("Seychelles",), ("Seychellois",), ()),
    "SLE": (("Sierra Leone",), ("Sierra Leonean", "Sierra Leoneans"), ("Freetown",)),
    "SLB": (("Solomon Islands",), (), ("Honiara",)),
    "SUR": (("Suriname",), ("Surinamese",), ("Paramaribo",)),
    "TLS": (("Timor-Leste", "East Timor"), ("Timorese",), ("Dili",)),
    "TGO": (("Togo",), ("Togolese",), ("Lome", "Lomé")),
    "TON": (("Tonga",), ("Tongan", "Tongans"), ("Nuku'alofa",)),
    "TTO": (("Trinidad and Tobago",), ("Trinidadian",), ("Port of Spain",)),
    "TUV": (("Tuvalu",), ("Tuvaluan",), ("Funafuti",)),
    "URY": (("Uruguay",), ("Uruguayan", "Uruguayans"), ("Montevideo",)),
    "VUT": (("Vanuatu",), ("Ni-Vanuatu",), ("Port Vila",)),
    "ZMB": (("Zambia",), ("Zambian", "Zambians"), ("Lusaka",)),
}

# Organizations and armed groups: name or abbreviation -> code.
ORGANIZATIONS: dict[str, str] = {
    "Hamas": "HAMAS", "Fatah": "FATAH", "Palestinian Authority": "PA", "PLO": "PLO",
    "Palestine Liberation Organization": "PLO", "Hezbollah": "HEZBOLLAH", "Houthis": "HOUTHIS",
    "Houthi": "HOUTHIS", "M23": "M23", "Rapid Support Forces": "RSF", "RSF": "RSF",
    "United Nations": "UN", "UN": "UN", "U.N.": "UN", "UN Security Council": "UN", "Security Council": "UN",
    "European Union": "EU", "EU": "EU", "European Commission": "EU", "NATO": "NATO", "Nato": "NATO",
    "International Committee of the Red Cross": "ICRC", "ICRC": "ICRC", "Red Cross": "ICRC",
    "African Union": "AU", "AU": "AU", "International Atomic Energy Agency": "IAEA", "IAEA": "IAEA",
    "OSCE": "OSCE", "ASEAN": "ASEAN", "G7": "G7", "Islamic Jihad": "PIJ",
    "International Monetary Fund": "IMF", "IMF": "IMF", "World Health Organization": "WHO", "WHO": "WHO",
    "World Food Programme": "WFP", "WFP": "WFP", "UNICEF": "UNICEF", "UNHCR": "UNHCR", "UNRWA": "UNRWA",
    "Gulf Cooperation Council": "GCC", "GCC": "GCC", "Organization of Islamic Cooperation": "OIC", "OIC": "OIC",
    # Regional bodies that broker or guarantee talks.
    "Arab League": "LAS", "League of Arab States": "LAS", "Organization of American States": "OAS",
    "OAS": "OAS", "Economic Community of West African States": "ECOWAS", "ECOWAS": "ECOWAS",
    "Intergovernmental Authority on Development": "IGAD", "IGAD": "IGAD",
    "Southern African Development Community": "SADC", "SADC": "SADC", "East African Community": "EAC",
    "EAC": "EAC", "Caribbean Community": "CARICOM", "Alliance of Sahel States": "AES",
    "Confederation of Sahel States": "AES", "AES": "AES", "Association of Southeast Asian Nations": "ASEAN",
    "Pacific Islands Forum": "PIF", "Community of Latin American and Caribbean States": "CELAC", "CELAC": "CELAC",
    "South Asian Association for Regional Cooperation": "SAARC", "SAARC": "SAARC",
    "Economic Community of Central African States": "ECCAS", "ECCAS": "ECCAS", "CARICOM": "CARICOM",
    "Collective Security Treaty Organization": "CSTO", "CSTO": "CSTO",
    "Shanghai Cooperation Organisation": "SCO", "Shanghai Cooperation Organization": "SCO",
    "Council of Europe": "COE", "Commonwealth of Independent States": "CIS",
    "International Criminal Court": "ICC", "International Court of Justice": "ICJ", "ICJ": "ICJ",
    "World Bank": "WB",
    # More bodies of states that mediate or guarantee talks.
    "Commonwealth": "COMMONWEALTH", "Commonwealth of Nations": "COMMONWEALTH",
    "Commonwealth Secretariat": "COMMONWEALTH", "Central American Integration System": "SICA", "SICA": "SICA",
    "Organisation internationale de la Francophonie": "OIF", "International Organisation of La Francophonie": "OIF",
    "Community of Sahel-Saharan States": "CENSAD", "Mercosur": "MERCOSUR", "MERCOSUR": "MERCOSUR",
    "Andean Community": "ANDEAN", "Nordic Council": "NORDIC", "Organisation of Eastern Caribbean States": "OECS",
    "Organization of Eastern Caribbean States": "OECS", "OECS": "OECS", "Indian Ocean Commission": "IOC",
    "International Conference on the Great Lakes Region": "ICGLR", "ICGLR": "ICGLR",
    # UN peacekeeping and political missions act for the UN (SCHEMA.md: UN bodies are `UN`).
    "UNIFIL": "UN", "UNFICYP": "UN", "UNDOF": "UN", "UNMISS": "UN", "MONUSCO": "UN", "MINURSO": "UN",
    "UNSMIL": "UN", "UNAMA": "UN", "UNMIK": "UN",
    # Armed groups and movements that sit at (or are fought over at) peace talks.
    "Taliban": "TALIBAN", "FARC": "FARC", "Revolutionary Armed Forces of Colombia": "FARC",
    "ELN": "ELN", "National Liberation Army": "ELN", "Tigray People's Liberation Front": "TPLF",
    "Tigray People’s Liberation Front": "TPLF", "TPLF": "TPLF", "SPLM-N": "SPLMN",
    "SPLM-IO": "SPLMIO", "Polisario Front": "POLISARIO", "Polisario": "POLISARIO", "PKK": "PKK",
    "Kurdistan Workers' Party": "PKK", "Kurdistan Workers’ Party": "PKK",
    "Syrian Democratic Forces": "SDF", "Hayat Tahrir al-Sham": "HTS", "HTS": "HTS",
    "al-Shabaab": "SHABAAB", "Al-Shabaab": "SHABAAB", "al-Shabab": "SHABAAB", "Al-Shabab": "SHABAAB",
    "Moro Islamic Liberation Front": "MILF", "MILF": "MILF", "Islamic State": "IS", "ISIS": "IS", "ISIL": "IS",
    "al-Qaeda": "AQ", "Al-Qaeda": "AQ", "Ansar Allah": "HOUTHIS", "Kachin Independence Army": "KIA",
    "Arakan Army": "ARAKAN", "National Unity Government": "NUG", "Wagner Group": "WAGNER",
    "Allied Democratic Forces": "ADF", "Popular Front for the Liberation of Palestine": "PFLP",
    "PFLP": "PFLP",
}

# Bodies that act for a state (SCHEMA.md: a state's government, ministries, armed forces
# and envoys all act for the state's code).
STATE_BODIES: dict[str, str] = {
    "Kremlin": "RUS", "Rosatom": "RUS", "GRU": "RUS", "FSB": "RUS", "Duma": "RUS",
    "White House": "USA", "State Department": "USA", "Pentagon": "USA", "EUCOM": "USA", "CIA": "USA",
    "United States European Command": "USA",
    "Treasury": "USA", "Congress": "USA",
    "Verkhovna Rada": "UKR", "SBU": "UKR",
    "IDF": "ISR", "Israel Defense Forces": "ISR", "Mossad": "ISR", "Shin Bet": "ISR", "Knesset": "ISR",
    "IRGC": "IRN", "Revolutionary Guards": "IRN", "Supreme National Security Council": "IRN",
    "Bundestag": "DEU",
    "Sudanese Armed Forces": "SDN", "Tatmadaw": "MMR", "People's Liberation Army": "CHN",
    "People’s Liberation Army": "CHN", "Bundeswehr": "DEU", "Quai d'Orsay": "FRA", "Quai d’Orsay": "FRA",
    "Elysee Palace": "FRA", "Élysée Palace": "FRA", "Zhongnanhai": "CHN",
}

# State names that are also given names: "Chad Hollis", "Jordan Hale" are people, so the
# name is no party when a capitalized word follows it.
GIVEN_NAME_STATES = frozenset({"Chad", "Jordan", "Georgia"})
# Capitalized words after such a name that keep it a state: "Jordan Valley", "Chad Basin".
KEEPS_STATE_AFTER = frozenset({"Valley", "Basin", "River", "Lake", "Government", "Army", "Armed", "Forces", "Ministry",
                        "Foreign", "Defence", "Defense", "Interior", "State", "National", "Republic"})

# Adjectival "U.S.-led", "Turkish-brokered": the first part is the mediator.
# ("Iran-backed", "US-sponsored" say who supports a side, not who mediates.)
MEDIATION_SUFFIXES = ("led", "brokered", "mediated", "hosted", "facilitated")


# Armed movements, political fronts and unrecognized states of the world's peace processes
# (``movements.csv``: code, name, aliases, country, kind, source). SCHEMA.md codes them by
# "the short upper-case name they are known by". ``country`` is the state whose government
# the movement faces: where a report names such a movement, "the government" is that
# state's. It is left empty where that is not one clear state (a movement that governs,
# fights across borders, or is part of a state's forces). Rows come from public sources (a Wikipedia article each, in the ``source``
# column), are general in coverage, and do not override the names above.
MOVEMENTS_PATH = Path(__file__).with_name("movements.csv")
MOVEMENT_COLUMNS = ("code", "name", "aliases", "country", "kind", "source")


def _read_movements() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    with MOVEMENTS_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["code"].strip()
            for name in (row["name"], *row["aliases"].split("|")):
                if name.strip():
                    names.setdefault(name.strip(), code)
            if row["country"].strip():
                countries.setdefault(code, row["country"].strip())
    return names, countries


MOVEMENT_NAMES, MOVEMENT_COUNTRY = _read_movements()
for _name, _code in MOVEMENT_NAMES.items():
    ORGANIZATIONS.setdefault(_name, _code)

# Communities of a divided island or region that are sides of their own: a compound
# demonym beats its first word (a "Turkish Cypriot" side is not Turkey).
ENTITY_DEMONYMS: dict[str, str] = {
    "Turkish Cypriot": "TRNC", "Turkish Cypriots": "TRNC", "Greek Cypriot": "CYP", "Greek Cypriots": "CYP",
    "Somalilander": "SOMALILAND", "Somalilanders": "SOMALILAND",
}
ENTITY_CAPITALS: dict[str, str] = {"Hargeisa": "SOMALILAND"}


# Official names and short forms of states beside those above ("ROK", "DPRK").
OFFICIAL_NAMES: dict[str, tuple[str, ...]] = {
    "KOR": ("Republic of Korea", "ROK"),
    "PRK": ("Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "DPRK"),
}


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {n: code for code, ns in OFFICIAL_NAMES.items() for n in ns}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for code, (ns, ds, cs) in STATES.items():
        for n in ns:
            names[n] = code
        for d in ds:
            demonyms[d] = code
        for c in cs:
            capitals[c.removeprefix("the ")] = code
    demonyms.update(ENTITY_DEMONYMS)
    capitals.update(ENTITY_CAPITALS)
    return names, demonyms, capitals, {**ORGANIZATIONS, **STATE_BODIES}


STATE_NAMES, DEMONYMS, CAPITALS, ORGS = _build()
# "Palestinian" is a people, not one party: leave it to context.
DEMONYMS.pop("Palestinian", None)

# Sides of a negotiation named by a demonym and one of these nouns: "the Ukrainian side".
SIDE_NOUNS = ("side", "delegation", "delegations", "team", "negotiators", "officials", "government",
              "authorities", "forces", "troops", "leadership", "president", "leader", "envoy")


def code_of(word: str) -> str | None:
    """The party code a single name stands for (state, demonym, capital, organization)."""
    w = word.strip()
    for table in (STATE_NAMES, DEMONYMS, ORGS, CAPITALS):
        if w in table:
            return table[w]
    return None


def state_name(code: str) -> str | None:
    entry = STATES.get(code)
    return entry[0][0] if entry else None


def party_name(code: str) -> str:
    """How a party is called for short: the state's name, an organization's code where it is
    one of its names ("EU"), else its first name ("Hamas"); the code itself when unknown."""
    name = state_name(code)
    if name:
        return name
    if code in ORGANIZATIONS:
        return code
    return next((n for n, c in ORGANIZATIONS.items() if c == code), code)


# "the Ruritanian Liberation Front (RLF)": an organization introduced with its short name.
# The name is a run of capitalized words (with of/for/the/and between them) right before the
# bracketed upper-case short name; the short name is the party's code (SCHEMA.md).
_INTRODUCED = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}’'\-]+(?:\s+(?:(?:of|for|the|and|de|du|des|la|in)\s+)*\p{Lu}[\p{L}’'\-]+){1,8})"
    r"(?:\s+\((?P<code>\p{Lu}[\p{Lu}\d\-]{1,9})\)"
    # "the Union of Hill Peoples, UHP, said", "the Union of Hill Peoples, or UHP,": the short name
    # as an apposition, upper case of three letters or more, before a comma or a clause's end
    r"|,\s+(?:or\s+|known\s+as\s+|also\s+known\s+as\s+)?(?P<comma>\p{Lu}[\p{Lu}\-]{2,9})(?=\s*[,;.)]))")


# Short names of this many letters or more may keep only two fewer of the name's initials.
INTRODUCED_LONG = 4
# Head words that make an introduced name a side that can act (a front, a party, a council),
# not a commission, a line on a map, an institute or a company.
PARTY_HEADS = frozenset({"Front", "Movement", "Army", "Party", "Alliance", "Government", "Council", "Forces",
                         "Force", "Organisation", "Organization", "Platform", "Union", "Forum", "Congress",
                         "Coalition", "Brigades", "Command", "League", "Authority", "Avengers", "Revolusi",
                         "Nasional", "Fighters", "Rebels", "Resistance", "Liberation"})


def acting_parties(text: str) -> dict[str, str]:
    """The short and full names of :func:`introduced_parties` whose full name has a party's
    head word ("Front", "Party", "Council"): those a statement's subject can stand for."""
    found = introduced_parties(text)
    fulls = {code for name, code in found.items() if " " in name and PARTY_HEADS & set(name.split())}
    return {name: code for name, code in found.items() if code in fulls}


def introduced_parties(text: str) -> dict[str, str]:
    """Short names a report introduces for organizations: {"RLF": "RLF", "Ruritanian
    Liberation Front": "RLF"}. A short name that is already a known party word keeps the
    lexicon's code (the report's "(UN)" is the UN); a name that is a state's is no party
    of its own; the initials must fit the name (most of the short name's letters start
    the name's words), so that "(AFP)" after a sentence is no organization."""
    return dict(_introduced_parties(text))  # a fresh dict: callers may add to theirs


@lru_cache(maxsize=4)
def _introduced_parties(text: str) -> tuple[tuple[str, str], ...]:
    """:func:`introduced_parties` as (name, code) pairs in order, kept for the last reports
    (sides and people ask for the same report's, issue 8)."""
    out: dict[str, str] = {}
    for m in _INTRODUCED.finditer(text):
        name, short = m.group("name"), m.group("code") or m.group("comma")
        if m.group("comma") and code_of(short) is not None:
            continue  # "the Ministry of Finance, IMF, ...": a known party's name is a list's next item
        capitals = [w for w in name.split() if w[0].isupper()]
        letters = [ch for ch in short if ch.isalpha()]
        if not letters:
            continue

        def fits(ws: list[str], letters: list[str] = letters) -> bool:
            initials = "".join(w[0] for w in ws)
            # a short name of four letters or more may come from the name in another language
            # ("Front for Change in Ruritania (FACR)" keeps 2 of 4 initials): two may miss
            misses = 2 if len(letters) >= INTRODUCED_LONG else 1
            return sum(1 for ch in letters if ch in initials) >= max(2, len(letters) - misses)

        # the name runs from the first word whose initial starts the short name; else, for a
        # short name in another word order ("Coastal Liberation Front (FLC)"), from the first
        # word that leaves no more words than the short name has letters
        first = next((i for i, w in enumerate(capitals) if w[0] == short[0]), None)
        start = max(0, len(capitals) - len(letters))
        if fits(capitals[start:]) and all(w[0] in letters for w in capitals[start:]) \
                and (first is None or start < first):
            words = capitals[start:]  # every word's initial is in the short name
        elif first is not None and fits(capitals[first:]):
            words = capitals[first:]
        elif len(letters) >= 3 and len(tail := [w for w in regex.split(r"\s+(?:and|the|in)\s+", name)[-1].split()
                                                 if w[0].isupper()]) >= 3 \
                and tail[-1] in PARTY_HEADS and tail[0] != "The" \
                and sum(1 for ch in set(letters) if ch in "".join(w[0] for w in tail)) >= 2:
            # a movement's short name from its own language ("Upland People's Army (TPRU)"): the
            # name (after its last "and"/"the"/"in") ends in a party's head word, shares two initials
            words = tail
        else:
            continue
        full = name[name.index(words[0]):]
        if full in STATE_NAMES:
            continue
        # the short name the report gives is the party's code (SCHEMA.md), also where the
        # table files the full name under another short name; a state's body keeps the state
        by_full = code_of(full)
        code = code_of(short) or (by_full if by_full in STATES else None) or short
        out.setdefault(short, code)
        out.setdefault(full, code)
    return tuple(out.items())


_GOVERNMENT_OF = regex.compile(
    r"\b(?:[Gg]overnment|[Gg]overnments) of (?:the )?(?:Republic of (?:the )?)?(?P<a>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})"
    r"|(?P<b>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})(?:[’']s)? (?:\p{Ll}+ )?government\b")


_HOSTED_AFTER = regex.compile(r",?\s+(?:which|that)\s+(?:had\s+|has\s+)?(?:hosted|hosts|is\s+hosting|was\s+hosting|will\s+host)\b")
_OPPOSITION_OF = regex.compile(r"(?P<who>\p{Lu}[\p{L}\-]+(?:[’']s)?)\s+(?:main\s+|largest\s+|chief\s+)?opposition\b")
_POSSESSIVE_S = regex.compile(r"[’']s$")
_LONGER_NAME_BEFORE = regex.compile(r"(?<![\w.’'\-])(?P<w>\p{Lu}[\p{L}’'\-]*)\s$")
_NO_NAME_WORDS = frozenset({"The", "A", "An", "In", "At", "On", "By", "For", "And", "But", "With"})


def _inside_longer_name(text: str, start: int) -> bool:
    m = _LONGER_NAME_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = regex.sub(r"[’']s$", "", m.group("w"))
    return word not in _NO_NAME_WORDS and code_of(word) is None


def governments_named(text: str) -> set[str]:
    """The states a report names as "the Government of X" / "X's government" / "the Xn
    government", leaving out a government named as the round's host."""
    return set(_governments_named(text))  # a fresh set: callers pop from it


@lru_cache(maxsize=4)
def _governments_named(text: str) -> frozenset[str]:
    named: set[str] = set()
    for m in _GOVERNMENT_OF.finditer(text):
        if _HOSTED_AFTER.match(text, m.end()):
            continue  # "the Ruritanian government, which hosted the round": a host, not a side
        who = m.group("a") or m.group("b")
        words = who.split()
        # the longest name the run ends in: "Equatorial Guinea's" is not "Guinea's"
        state = next((c for i in range(len(words)) if (c := code_of(" ".join(words[i:])))), None)
        if state in STATES:
            named.add(state)
    return frozenset(named)


@lru_cache(maxsize=1)
def _movement_states() -> tuple[tuple[str, str], ...]:
    """(name, state) of every movement the table gives a country that is a state, in the table's order."""
    out = []
    for name, code in MOVEMENT_NAMES.items():
        country = MOVEMENT_COUNTRY.get(code)
        if country and country in STATES:
            out.append((name, country))
    return tuple(out)


def government_state(text: str, local: dict[str, str] | None = None) -> str | None:
    """The state "the government" of a report stands for, if one: the state a movement the
    report names fights or talks with (``movements.csv``), else the one state named as
    "the Government of X" / "X's government" / "the Xn government"; None when two fit.
    ``local``: the sides the report introduces, where the caller has read more of them than
    :func:`introduced_parties` finds (``parley.reader.recognize.sides``)."""
    introduced = local if local is not None else introduced_parties(text)
    found = {MOVEMENT_COUNTRY[c] for c in introduced.values() if c in MOVEMENT_COUNTRY}
    for name, country in _movement_states():
        # the whole name, not the tail of a longer one: "Upland National Liberation Army" is no
        # "National Liberation Army" (a capitalized word before it other than a state's or "The")
        if name in text and any(
                not _inside_longer_name(text, m.start()) for m in regex.finditer(
                    rf"(?<![\w.]){regex.escape(name)}(?![\w])", text)):
            found.add(country)
    found &= set(STATES)
    if len(found) == 1:
        return found.pop()
    if found:
        return None
    named = governments_named(text)
    if named:
        return named.pop() if len(named) == 1 else None
    # "Ruritania's main opposition party" / "the Ruritanian opposition", where the report
    # introduces a side that is neither a state nor an organization: its government is the other side
    movements = [c for c in introduced.values() if c not in STATES and c not in ORGS.values()]
    if movements:
        opposed = {code_of(_POSSESSIVE_S.sub("", m.group("who"))) for m in _OPPOSITION_OF.finditer(text)}
        opposed = {c for c in opposed if c in STATES}
        if len(opposed) == 1:
            return opposed.pop()
    # "talks between Malawi and the Ruritanian Front (RF)": the one state coordinated with a
    # short name the report introduced, where the table knows no country for it
    paired: set[str] = set()
    for name, code in introduced.items():
        if code in STATES:
            continue
        for m in regex.finditer(rf"(?P<x>\p{{Lu}}[\p{{L}}\-]+(?: \p{{Lu}}[\p{{L}}\-]+){{0,2}}) and (?:the )?"
                                rf"{regex.escape(name)}(?!\w)|(?<![\w.]){regex.escape(name)} and "
                                rf"(?P<y>\p{{Lu}}[\p{{L}}\-]+(?: \p{{Lu}}[\p{{L}}\-]+){{0,2}})", text):
            words = (m.group("x") or m.group("y")).split()
            state = next((c for i in range(len(words)) if (c := code_of(" ".join(words[i:])))), None) \
                or next((c for i in range(len(words), 0, -1) if (c := code_of(" ".join(words[:i])))), None)
            if state in STATES:
                paired.add(state)
    return paired.pop() if len(paired) == 1 else None
