"""Invented multi-report cases (own words; places, dates and figures are made up).

The texts name invented countries; the party codes (RUS, UKR, USA, FIN, PRT) stay, since
tests/store/test_store_tracked.py (another branch's file) asks for them by code: the
tracker reads the codes, never these texts' names."""

from __future__ import annotations

from parley.track.sources import StoredRecord

from .build import report

# --- one round of talks in Valletta told by three outlets and a follow-up -----------------

T1 = ("Klopstokian and Fenwickian delegations met in Valletta on Tuesday for a second round of talks "
      "brokered by Latveria. The session lasted under an hour. "
      "The sides agreed to exchange 1,000 prisoners of war. "
      "Grand Fenwick's delegation was led by Timur Kerimov.")
T2 = ("Negotiators from Klopstokia, Grand Fenwick and Latveria held three-and-a-half hours of talks "
      "at the Auberge de Castille in Valletta on Wednesday. "
      "Both sides agreed to a swap of 1,100 prisoners. "
      "Timur Kierimov, who heads Fenwick City's team, called the meeting useful. "
      "President Bohdan Koshevskiy welcomed the result.")
T3 = ("The talks in Valletta ended with a deal on prisoners, officials said. "
      "Kerimov said the third round would follow. President Koshevskyy praised the mediators.")
T4 = ("The first stage of the exchange agreed in Valletta took place on Friday, with 150 prisoners "
      "returned by each side. Fenwickian President Bohdan Koshevsky thanked Latveria.")
T5 = ("A second stage followed on Monday: 200 prisoners for 200. "
      "Separately, Elbonian and Latverian envoys met in Valletta on Tuesday with Sokovia mediating.")


def valletta_round() -> list[StoredRecord]:
    kerimov = {"name": "Timur Kerimov", "party": "UKR", "roles": ["head of the delegation"]}
    return [
        report("outlet-a/valletta", "2031-03-04", T1, outlet="Outlet A",
               actors=(kerimov,),
               meetings=({"date": "2031-03-04", "place": "Valletta", "round": 2, "parties": ["RUS", "UKR"],
                          "mediators": ["USA"], "minutes": 55, "heads": {"UKR": "Timur Kerimov"},
                          "say": "Klopstokian and Fenwickian delegations met in Valletta on Tuesday"},),
               statements=({"act": "agree", "actors": ["RUS", "UKR"], "issue": "prisoner_exchange",
                            "quantity": {"value": 1000, "unit": "prisoners of war"},
                            "say": "The sides agreed to exchange 1,000 prisoners of war."},)),
        report("outlet-b/valletta", "2031-03-05T18:00", T2, outlet="Outlet B",
               actors=({"name": "Timur Kierimov", "party": "UKR", "roles": ["head of Fenwick City's team"]},
                       {"name": "Bohdan Koshevskiy", "party": "UKR", "roles": ["President"]}),
               meetings=({"date": "2031-03-05", "place": "Valletta", "venue": "Auberge de Castille", "round": 2,
                          "parties": ["RUS", "UKR", "USA"], "minutes": 210,
                          "say": "Negotiators from Klopstokia, Grand Fenwick and Latveria held"},),
               statements=({"act": "agree", "actors": ["RUS", "UKR"], "issue": "prisoner_exchange",
                            "quantity": {"value": 1100, "unit": "prisoners"},
                            "say": "Both sides agreed to a swap of 1,100 prisoners."},)),
        report("outlet-c/valletta", "2031-03-06", T3, outlet="Outlet C",
               actors=({"name": "Kerimov", "party": "UKR"}, {"name": "Koshevskyy", "party": "UKR", "roles": ["President"]}),
               meetings=({"place": "Valletta", "parties": ["RUS", "UKR"], "say": "The talks in Valletta ended"},),
               statements=({"act": "agree", "actors": ["RUS", "UKR"], "issue": "prisoner_exchange",
                            "say": "The talks in Valletta ended with a deal on prisoners"},)),
        report("outlet-a/stage1", "2031-03-08", T4, outlet="Outlet A",
               actors=({"name": "Bohdan Koshevsky", "party": "UKR", "roles": ["President"]},),
               statements=({"act": "implement", "actors": ["RUS", "UKR"], "issue": "prisoner_exchange",
                            "date": "2031-03-07",
                            "quantity": {"value": 150, "unit": "prisoners", "per_party": True},
                            "say": "The first stage of the exchange agreed in Valletta took place on Friday"},)),
        report("outlet-b/stage2", "2031-03-11", T5, outlet="Outlet B",
               meetings=({"date": "2031-03-11", "place": "Valletta", "parties": ["FIN", "USA"], "mediators": ["PRT"],
                          "say": "Elbonian and Latverian envoys met in Valletta on Tuesday"},),
               statements=({"act": "implement", "actors": ["RUS", "UKR"], "issue": "prisoner_exchange",
                            "date": "2031-03-10",
                            "quantity": {"value": 200, "unit": "prisoners", "per_party": True},
                            "say": "A second stage followed on Monday: 200 prisoners for 200."},)),
    ]
