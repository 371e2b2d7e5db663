"""Cities and venues where talks are held, and the words that name a venue. Data, not code.

A curated list rather than a full gazetteer: the library survey found that big city
lists turn ordinary words (March, Vladimir, Carnegie) into places.
"""

from __future__ import annotations

# city: party code of its country
CITIES: dict[str, str] = {
    "Istanbul": "TUR", "Ankara": "TUR", "Antalya": "TUR", "Geneva": "CHE", "Bern": "CHE", "Davos": "CHE",
    "Lausanne": "CHE", "Zurich": "CHE", "Abu Dhabi": "ARE", "Dubai": "ARE", "Riyadh": "SAU", "Jeddah": "SAU",
    "Doha": "QAT", "Cairo": "EGY", "Sharm el-Sheikh": "EGY", "Sharm El-Sheikh": "EGY", "Muscat": "OMN",
    "Vienna": "AUT", "Islamabad": "PAK", "Washington": "USA", "New York": "USA", "Anchorage": "USA",
    "Camp David": "USA", "Palm Beach": "USA", "Miami": "USA", "Moscow": "RUS", "St. Petersburg": "RUS",
    "Sochi": "RUS", "Kyiv": "UKR", "Kiev": "UKR", "Lviv": "UKR", "Minsk": "BLR", "Paris": "FRA",
    "Berlin": "DEU", "Munich": "DEU", "London": "GBR", "Rome": "ITA", "Oslo": "NOR", "Helsinki": "FIN",
    "Stockholm": "SWE", "Copenhagen": "DNK", "Brussels": "BEL", "The Hague": "NLD", "Amsterdam": "NLD",
    "Warsaw": "POL", "Budapest": "HUN", "Beijing": "CHN", "Shanghai": "CHN", "Tehran": "IRN",
    "Jerusalem": "ISR", "Tel Aviv": "ISR", "Beirut": "LBN", "Damascus": "SYR", "Amman": "JOR",
    "Baghdad": "IRQ", "Manama": "BHR", "Kuwait City": "KWT", "Baku": "AZE", "Yerevan": "ARM",
    "Tbilisi": "GEO", "Astana": "KAZ", "Tashkent": "UZB", "Kuala Lumpur": "MYS", "Bangkok": "THA",
    "Phnom Penh": "KHM", "Singapore": "SGP", "Jakarta": "IDN", "Hanoi": "VNM", "Tokyo": "JPN",
    "Seoul": "KOR", "Pyongyang": "PRK", "Taipei": "TWN", "Manila": "PHL", "New Delhi": "IND",
    "Havana": "CUB", "Caracas": "VEN", "Bogota": "COL", "Mexico City": "MEX", "Ottawa": "CAN",
    "Nairobi": "KEN", "Addis Ababa": "ETH", "Kigali": "RWA", "Kinshasa": "COD", "Khartoum": "SDN",
    "Tripoli": "LBY", "Algiers": "DZA", "Rabat": "MAR", "Luanda": "AGO", "Pretoria": "ZAF",
    "Johannesburg": "ZAF", "Dakar": "SEN", "Lagos": "NGA", "Abuja": "NGA", "Vatican City": "VAT",
    "Madrid": "ESP", "Lisbon": "PRT", "Athens": "GRC", "Nicosia": "CYP", "Belgrade": "SRB",
    "Bucharest": "ROU", "Chisinau": "MDA", "Vilnius": "LTU", "Riga": "LVA", "Tallinn": "EST",
    "Alaska": "USA", "Gaza City": "PSE", "Ramallah": "PSE", "Tianjin": "CHN", "Gaza": "PSE",
    # Capitals and cities that have hosted talks elsewhere in the world (common knowledge, not
    # drawn from any report); names that are also given names or common words are left out.
    "Accra": "GHA", "Abidjan": "CIV", "Lome": "TGO", "Lomé": "TGO", "Cotonou": "BEN", "Niamey": "NER",
    "Ouagadougou": "BFA", "Bamako": "MLI", "Nouakchott": "MRT", "Conakry": "GIN", "Freetown": "SLE",
    "Monrovia": "LBR", "Banjul": "GMB", "N'Djamena": "TCD", "N’Djamena": "TCD", "Bangui": "CAF",
    "Yaounde": "CMR", "Yaoundé": "CMR", "Libreville": "GAB", "Malabo": "GNQ", "Brazzaville": "COG",
    "Kampala": "UGA", "Entebbe": "UGA", "Juba": "SSD", "Asmara": "ERI", "Djibouti": "DJI",
    "Mogadishu": "SOM", "Arusha": "TZA",
    "Dar es Salaam": "TZA", "Dodoma": "TZA", "Bujumbura": "BDI", "Gitega": "BDI", "Mombasa": "KEN",
    "Naivasha": "KEN", "Lusaka": "ZMB", "Harare": "ZWE", "Lilongwe": "MWI", "Maputo": "MOZ",
    "Gaborone": "BWA", "Windhoek": "NAM", "Swakopmund": "NAM", "Maseru": "LSO", "Mbabane": "SWZ", "Antananarivo": "MDG",
    "Cape Town": "ZAF", "Durban": "ZAF", "Tunis": "TUN", "Sirte": "LBY",
    "Skhirat": "MAR", "Aqaba": "JOR", "Taif": "SAU", "Sanaa": "YEM",
    "Salalah": "OMN", "Dushanbe": "TJK", "Bishkek": "KGZ", "Ashgabat": "TKM",
    "Ulaanbaatar": "MNG", "Kabul": "AFG", "Kathmandu": "NPL", "Thimphu": "BTN", "Dhaka": "BGD",
    "Colombo": "LKA", "Yangon": "MMR", "Naypyidaw": "MMR", "Vientiane": "LAO", "Dili": "TLS",
    "Port Moresby": "PNG", "Canberra": "AUS", "Wellington": "NZL", "Reykjavik": "ISL", "Dublin": "IRL",
    "Belfast": "GBR", "Luxembourg": "LUX", "Strasbourg": "FRA", "Montreux": "CHE", "Lucerne": "CHE",
    "Bürgenstock": "CHE", "Salzburg": "AUT", "Prague": "CZE", "Bratislava": "SVK", "Ljubljana": "SVN",
    "Zagreb": "HRV", "Sarajevo": "BIH", "Dayton": "USA", "Podgorica": "MNE", "Skopje": "MKD",
    "Tirana": "ALB", "Pristina": "XKX", "Rambouillet": "FRA", "Bonn": "DEU", "Annapolis": "USA",
    "Quito": "ECU", "La Paz": "BOL", "Buenos Aires": "ARG", "Montevideo": "URY", "Asuncion": "PRY",
    "Asunción": "PRY", "Brasilia": "BRA", "Managua": "NIC", "Tegucigalpa": "HND", "San Salvador": "SLV",
    "Guatemala City": "GTM", "Port-au-Prince": "HTI", "Santo Domingo": "DOM",
}

# party code: its capital, for "in the Bordurian capital" (common knowledge; only capitals CITIES holds)
CAPITALS: dict[str, str] = {
    "TUR": "Ankara", "CHE": "Bern", "ARE": "Abu Dhabi", "SAU": "Riyadh", "QAT": "Doha", "EGY": "Cairo",
    "OMN": "Muscat", "AUT": "Vienna", "PAK": "Islamabad", "USA": "Washington", "RUS": "Moscow", "UKR": "Kyiv",
    "BLR": "Minsk", "FRA": "Paris", "DEU": "Berlin", "GBR": "London", "ITA": "Rome", "NOR": "Oslo",
    "FIN": "Helsinki", "SWE": "Stockholm", "DNK": "Copenhagen", "BEL": "Brussels", "NLD": "Amsterdam",
    "POL": "Warsaw", "HUN": "Budapest", "CHN": "Beijing", "IRN": "Tehran", "LBN": "Beirut", "SYR": "Damascus",
    "JOR": "Amman", "IRQ": "Baghdad", "BHR": "Manama", "KWT": "Kuwait City", "AZE": "Baku", "ARM": "Yerevan",
    "GEO": "Tbilisi", "KAZ": "Astana", "UZB": "Tashkent", "MYS": "Kuala Lumpur", "THA": "Bangkok",
    "KHM": "Phnom Penh", "SGP": "Singapore", "IDN": "Jakarta", "VNM": "Hanoi", "JPN": "Tokyo", "KOR": "Seoul",
    "PRK": "Pyongyang", "TWN": "Taipei", "PHL": "Manila", "IND": "New Delhi", "CUB": "Havana", "VEN": "Caracas",
    "COL": "Bogota", "MEX": "Mexico City", "CAN": "Ottawa", "KEN": "Nairobi", "ETH": "Addis Ababa",
    "RWA": "Kigali", "COD": "Kinshasa", "SDN": "Khartoum", "LBY": "Tripoli", "DZA": "Algiers", "MAR": "Rabat",
    "AGO": "Luanda", "ZAF": "Pretoria", "SEN": "Dakar", "NGA": "Abuja", "ESP": "Madrid", "PRT": "Lisbon",
    "GRC": "Athens", "CYP": "Nicosia", "SRB": "Belgrade", "ROU": "Bucharest", "MDA": "Chisinau",
    "LTU": "Vilnius", "LVA": "Riga", "EST": "Tallinn", "GHA": "Accra", "TGO": "Lome", "NER": "Niamey",
    "BFA": "Ouagadougou", "MLI": "Bamako", "MRT": "Nouakchott", "GIN": "Conakry", "SLE": "Freetown",
    "LBR": "Monrovia", "GMB": "Banjul", "TCD": "N'Djamena", "CAF": "Bangui", "CMR": "Yaounde",
    "GAB": "Libreville", "GNQ": "Malabo", "COG": "Brazzaville", "UGA": "Kampala", "SSD": "Juba",
    "ERI": "Asmara", "DJI": "Djibouti", "SOM": "Mogadishu", "TZA": "Dodoma", "BDI": "Gitega", "ZMB": "Lusaka",
    "ZWE": "Harare", "MWI": "Lilongwe", "MOZ": "Maputo", "BWA": "Gaborone", "NAM": "Windhoek", "LSO": "Maseru",
    "MDG": "Antananarivo", "TUN": "Tunis", "YEM": "Sanaa", "TJK": "Dushanbe", "KGZ": "Bishkek",
    "TKM": "Ashgabat", "MNG": "Ulaanbaatar", "AFG": "Kabul", "NPL": "Kathmandu", "BTN": "Thimphu",
    "BGD": "Dhaka", "MMR": "Naypyidaw", "LAO": "Vientiane", "TLS": "Dili", "PNG": "Port Moresby",
    "AUS": "Canberra", "NZL": "Wellington", "ISL": "Reykjavik", "IRL": "Dublin", "LUX": "Luxembourg",
    "CZE": "Prague", "SVK": "Bratislava", "SVN": "Ljubljana", "HRV": "Zagreb", "BIH": "Sarajevo",
    "MNE": "Podgorica", "MKD": "Skopje", "ALB": "Tirana", "XKX": "Pristina", "ECU": "Quito",
    "ARG": "Buenos Aires", "URY": "Montevideo", "PRY": "Asuncion", "BRA": "Brasilia", "NIC": "Managua",
    "HND": "Tegucigalpa", "SLV": "San Salvador", "GTM": "Guatemala City", "HTI": "Port-au-Prince",
    "DOM": "Santo Domingo",
}

# Last words of a named building or site where talks sit ("Lakeside Palace", "Palais des Nations").
VENUE_HEADS = frozenset({"Palace", "Palais", "Hotel", "Resort", "Castle", "Villa", "Hall", "Center", "Centre",
                         "House", "Office", "Residence", "Estate", "Club", "Building", "Mansion", "Pavilion",
                         "Embassy", "Consulate", "Base", "Lodge", "Chateau", "Château",
                         # lower case after a capitalized name: "the Lakeside resort", "the Grand hotel"
                         "resort", "hotel", "palace"})

# Well-known venues that do not end in a venue word.
VENUES = ("Oval Office", "White House", "Kremlin", "Mar-a-Lago", "Camp David", "Palais des Nations",
          "Elysee Palace", "Élysée Palace", "Lancaster House", "Downing Street", "Blair House")

# The city a well-known venue stands in: talks held "at the White House" sat in Washington.
VENUE_CITY = {
    "White House": "Washington", "Oval Office": "Washington", "Blair House": "Washington",
    "Kremlin": "Moscow", "Elysee Palace": "Paris", "Élysée Palace": "Paris", "Downing Street": "London",
    "Lancaster House": "London", "Palais des Nations": "Geneva", "Mar-a-Lago": "Palm Beach",
}

# Regions and fronts reports name as places of war or subjects of a deal (general
# knowledge, several conflicts). The contested ones are what territorial demands are
# about (the "territory" issue of lexicon/acts.py); none of them is ever a person's name.
CONTESTED_REGIONS = (
    "Donbas", "Donbass", "Crimea", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kursk", "Golan Heights",
    "Kashmir", "Nagorno-Karabakh", "Karabakh", "Abkhazia", "South Ossetia", "Transnistria", "Western Sahara",
    "Abyei", "Essequibo",
)
OTHER_REGIONS = (
    "Gaza", "Sinai", "Darfur", "Tigray", "Idlib", "Aleppo", "Rafah", "Sahel", "Balkans", "Caucasus",
)
# Sea lanes whose passage is negotiated (the "other" issue: navigation and shipping).
WATERWAYS = ("Hormuz", "Bab el-Mandeb", "Bosporus", "Dardanelles", "Kerch Strait", "Suez Canal", "Malacca")
