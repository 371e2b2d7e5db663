"""News outlets and wire agencies: data for ``clean`` (and, for the outlet's home
government, for ``recognize``).

Names as their own pages print them. Keys are lower case. Nothing here comes from
a particular report: these are sites' domains, the chrome strings every page of a site
carries, and the agencies' own names.
"""

from __future__ import annotations

# Registered domain (without "www.") -> the outlet's name.
SITE_OUTLETS: dict[str, str] = {
    "reuters.com": "Reuters", "apnews.com": "AP News", "abcnews.go.com": "ABC News",
    "abcnews.com": "ABC News", "cnbc.com": "CNBC", "cnn.com": "CNN", "edition.cnn.com": "CNN",
    "aljazeera.com": "Al Jazeera", "npr.org": "NPR", "time.com": "TIME",
    "theguardian.com": "The Guardian", "bbc.com": "BBC", "bbc.co.uk": "BBC",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times", "politico.com": "Politico",
    "politico.eu": "Politico", "axios.com": "Axios", "foreignpolicy.com": "Foreign Policy",
    "chinadaily.com.cn": "China Daily", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua",
    "globaltimes.cn": "Global Times", "tass.com": "TASS", "aa.com.tr": "Anadolu Agency",
    "dailysabah.com": "Daily Sabah", "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post", "timesofisrael.com": "The Times of Israel", "haaretz.com": "Haaretz",
    "france24.com": "France 24", "dw.com": "DW", "euronews.com": "Euronews", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "foxnews.com": "Fox News", "bloomberg.com": "Bloomberg",
    "whitehouse.gov": "The White House", "state.gov": "U.S. Department of State",
    "kremlin.ru": "President of Russia", "president.gov.ua": "President of Ukraine",
    "un.org": "United Nations", "news.un.org": "UN News", "kurdistan24.net": "Kurdistan24",
    "genevasolutions.news": "Geneva Solutions", "prio.org": "PRIO", "arabnews.com": "Arab News",
    "thenationalnews.com": "The National", "straitstimes.com": "The Straits Times",
    "scmp.com": "South China Morning Post", "hindustantimes.com": "Hindustan Times",
    "thehindu.com": "The Hindu", "dawn.com": "Dawn", "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph", "sky.com": "Sky News", "news.sky.com": "Sky News",
}

# Chrome strings that name the site they appear on (lower case, matched as substrings
# of a chrome line). Used only when neither a copyright line nor metadata names it.
CHROME_OUTLETS: dict[str, str] = {
    "china daily information co": "China Daily",
    "chinadaily.com.cn": "China Daily",
    "thomson reuters trust principles": "Reuters",
    "reuters inside track": "Reuters",
    "learn more aboutrefinitiv": "Reuters",
    "learn more about refinitiv": "Reuters",
    "add ap news on google": "AP News",
    "show me more content from time": "TIME",
    "commenting is a benefit of a foreign policy": "Foreign Policy",
    "my fp:": "Foreign Policy",
    "xinhuanet": "Xinhua",
    "bbc is not responsible for the content of external sites": "BBC",
    "the guardian's journalism": "The Guardian",
    "cnbc's": "CNBC",
}

# Outlets whose own government needs no national label in their copy ("Secretary of State
# Ann Varga" in a US outlet). Matched on the outlet's name, case-insensitively.
HOME_PARTY_OF_OUTLET = {
    "cnbc": "USA", "cnn": "USA", "abc news": "USA", "ap": "USA", "associated press": "USA", "npr": "USA",
    "time": "USA", "the white house": "USA", "white house": "USA", "fox news": "USA", "nbc news": "USA",
    "cbs news": "USA", "the new york times": "USA", "the washington post": "USA", "politico": "USA",
    "axios": "USA", "the wall street journal": "USA", "bloomberg": "USA", "ap news": "USA",
    "china daily": "CHN", "xinhua": "CHN", "tass": "RUS", "ria novosti": "RUS", "ukrinform": "UKR",
    "kyiv independent": "UKR", "times of israel": "ISR", "haaretz": "ISR", "anadolu": "TUR",
}

# Wire agencies: any spelling -> the short name records use.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua",
    "tass": "TASS", "ria novosti": "RIA Novosti", "ria": "RIA Novosti", "interfax": "Interfax",
    "ukrinform": "Ukrinform", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
    "efe": "EFE", "dpa": "dpa", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap",
    "pti": "PTI", "ians": "IANS", "wafa": "WAFA", "qna": "QNA", "wam": "WAM", "spa": "SPA",
    "irna": "IRNA", "mena": "MENA", "bernama": "Bernama", "pap": "PAP", "ctk": "CTK",
    "upi": "UPI", "cna": "CNA", "kuna": "KUNA", "bloomberg": "Bloomberg",
}

# Words that mark a title segment as a site or section label rather than headline
# ("... | Explainer News | Al Jazeera", "... - World - Reuters").
SECTION_WORDS = frozenset({
    "news", "world", "explainer", "opinion", "analysis", "features", "feature", "politics",
    "business", "europe", "asia", "africa", "americas", "middle east", "international",
    "live", "latest", "breaking", "top stories", "us", "uk", "home", "video", "videos",
})
