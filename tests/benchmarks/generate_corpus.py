"""A seeded generator of realistic benchmark corpora: thousands of sources, as a curator drops them in.

    python tests/benchmarks/generate_corpus.py OUT_DIR N [--seed 1]

writes into OUT_DIR

- ``topics.yml``: 30 topics of UN diplomacy (id, label, description, 4-10 keywords);
- ``speakers.yml``: 50 fictional speakers (48 envoys and ministers of real member states, 2 UN
  officials), each with aliases (surname, "Ambassador Surname", "Ms./Mr. Surname"), role, country;
- N sources ``s000000_<topic>.<ext>``: about 60 % ``.txt`` news articles (wire copy with datelines,
  bylines, timestamps, blog pages with site boilerplate), 20 % ``.md`` (half of them with curator
  front matter) and 20 % ``.html`` saved web pages (metadata, JSON-LD, navigation, cookie banner,
  share buttons, "Most read", footer, scripts; the article in ``<article>``).

Each source has 300-800 words: a headline, a date line or dateline, a lead that says who spoke and
when ("on Tuesday", "yesterday", "on March 14", anchored to the publication date), 2-6 direct quotes
with attributions in varied styles and quotation marks, by 1-3 speakers (some not in speakers.yml,
introduced by name and role), and background paragraphs built from the topic's keywords. Statement
dates cover every month of 2019-2025 (once N >= 84); about one source in twelve reports an event
another source reports too, with the same quotes, as news does. Quotes are built from a small phrase
grammar (sentence frames, alternative wordings, topic phrases), so that, as in real reporting, only
reports of the same statement carry the same words.

The output depends only on N and the seed: every source draws from its own ``random.Random`` seeded
with a string, so the first N sources of a larger corpus are the same files, and no clock, dict or
set order is involved. Standard library only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import time
from pathlib import Path

FIRST_YEAR = 2019
MONTHS_COVERED = 7 * 12  # 2019-01 … 2025-12
MONTH_STEP = 37  # coprime with 84: any 84 consecutive events hit every month once
REREPORT_SHARE = 0.08
MIN_WORDS, MAX_WORDS = 300, 800

# --------------------------------------------------------------------------------------------
# Countries: (name as in the extractor's lexicon, possessive, adjective). Real UN member states.
# --------------------------------------------------------------------------------------------

COUNTRIES = {
    "China": ("China's", "Chinese"),
    "United Kingdom": ("Britain's", "British"),
    "United States": ("the U.S.", "U.S."),
    "Russia": ("Russia's", "Russian"),
    "France": ("France's", "French"),
    "Brazil": ("Brazil's", "Brazilian"),
    "Kenya": ("Kenya's", "Kenyan"),
    "Norway": ("Norway's", "Norwegian"),
    "Ghana": ("Ghana's", "Ghanaian"),
    "Gabon": ("Gabon's", "Gabonese"),
    "Albania": ("Albania's", "Albanian"),
    "Ecuador": ("Ecuador's", "Ecuadorian"),
    "Japan": ("Japan's", "Japanese"),
    "Malta": ("Malta's", "Maltese"),
    "Mozambique": ("Mozambique's", "Mozambican"),
    "Switzerland": ("Switzerland's", "Swiss"),
    "United Arab Emirates": ("the UAE's", "Emirati"),
    "Algeria": ("Algeria's", "Algerian"),
    "Guyana": ("Guyana's", "Guyanese"),
    "Republic of Korea": ("South Korea's", "South Korean"),
    "Sierra Leone": ("Sierra Leone's", "Sierra Leonean"),
    "Slovenia": ("Slovenia's", "Slovenian"),
    "Denmark": ("Denmark's", "Danish"),
    "Greece": ("Greece's", "Greek"),
    "Pakistan": ("Pakistan's", "Pakistani"),
    "Panama": ("Panama's", "Panamanian"),
    "Somalia": ("Somalia's", "Somali"),
    "Germany": ("Germany's", "German"),
    "India": ("India's", "Indian"),
    "Italy": ("Italy's", "Italian"),
    "Spain": ("Spain's", "Spanish"),
    "Canada": ("Canada's", "Canadian"),
    "Australia": ("Australia's", "Australian"),
    "Sweden": ("Sweden's", "Swedish"),
    "Poland": ("Poland's", "Polish"),
    "Ireland": ("Ireland's", "Irish"),
    "Ukraine": ("Ukraine's", "Ukrainian"),
    "Israel": ("Israel's", "Israeli"),
    "Iran": ("Iran's", "Iranian"),
    "Egypt": ("Egypt's", "Egyptian"),
    "Saudi Arabia": ("Saudi Arabia's", "Saudi"),
    "Qatar": ("Qatar's", "Qatari"),
    "Turkey": ("Türkiye's", "Turkish"),
    "Nigeria": ("Nigeria's", "Nigerian"),
    "South Africa": ("South Africa's", "South African"),
    "Mexico": ("Mexico's", "Mexican"),
    "Indonesia": ("Indonesia's", "Indonesian"),
    "Viet Nam": ("Viet Nam's", "Vietnamese"),
    # countries of speakers who are not in speakers.yml
    "Finland": ("Finland's", "Finnish"),
    "Estonia": ("Estonia's", "Estonian"),
    "Belgium": ("Belgium's", "Belgian"),
    "Iraq": ("Iraq's", "Iraqi"),
    "Syria": ("Syria's", "Syrian"),
    "Lebanon": ("Lebanon's", "Lebanese"),
    "Jordan": ("Jordan's", "Jordanian"),
    "Sudan": ("Sudan's", "Sudanese"),
    "South Sudan": ("South Sudan's", "South Sudanese"),
    "Niger": ("Niger's", "Nigerien"),
    "Mali": ("Mali's", "Malian"),
    "Rwanda": ("Rwanda's", "Rwandan"),
    "Uganda": ("Uganda's", "Ugandan"),
    "Tanzania": ("Tanzania's", "Tanzanian"),
    "Venezuela": ("Venezuela's", "Venezuelan"),
    "Cuba": ("Cuba's", "Cuban"),
    "Haiti": ("Haiti's", "Haitian"),
    "Afghanistan": ("Afghanistan's", "Afghan"),
    "Libya": ("Libya's", "Libyan"),
    "Tunisia": ("Tunisia's", "Tunisian"),
    "Morocco": ("Morocco's", "Moroccan"),
    "Yemen": ("Yemen's", "Yemeni"),
    "Armenia": ("Armenia's", "Armenian"),
    "Azerbaijan": ("Azerbaijan's", "Azerbaijani"),
    "Georgia": ("Georgia's", "Georgian"),
    "Kazakhstan": ("Kazakhstan's", "Kazakh"),
    "Bangladesh": ("Bangladesh's", "Bangladeshi"),
    "Argentina": ("Argentina's", "Argentine"),
    "Chile": ("Chile's", "Chilean"),
    "Colombia": ("Colombia's", "Colombian"),
    "Ethiopia": ("Ethiopia's", "Ethiopian"),
    "Senegal": ("Senegal's", "Senegalese"),
    "Belarus": ("Belarus's", "Belarusian"),
    "United Nations": ("the UN's", "UN"),
}

# --------------------------------------------------------------------------------------------
# Speakers. Every name is fictional. (name, surname as written in text, gender, country, kind)
# kind: pr = permanent representative, dpr = deputy, fm = foreign minister, un-hum / un-pol = UN officials
# --------------------------------------------------------------------------------------------

REGISTRY = [
    ("Liu Weiming", "Liu", "m", "China", "pr"),
    ("Harriet Pemberton-Lowe", "Pemberton-Lowe", "f", "United Kingdom", "dpr"),
    ("Caroline Mercer Hayes", "Hayes", "f", "United States", "pr"),
    ("Arkady Voronin", "Voronin", "m", "Russia", "pr"),
    ("Amélie Rousseau-Berthier", "Rousseau-Berthier", "f", "France", "pr"),
    ("Tiago Albuquerque Leme", "Albuquerque Leme", "m", "Brazil", "pr"),
    ("Grace Wanjiru Mwangi", "Mwangi", "f", "Kenya", "pr"),
    ("Sigrid Halvorsen", "Halvorsen", "f", "Norway", "pr"),
    ("Kwabena Asante-Darko", "Asante-Darko", "m", "Ghana", "pr"),
    ("Léonie Mba Obame", "Mba Obame", "f", "Gabon", "dpr"),
    ("Arben Shehu", "Shehu", "m", "Albania", "pr"),
    ("Lucía Cevallos Andrade", "Cevallos", "f", "Ecuador", "pr"),
    ("Kenji Moriyama", "Moriyama", "m", "Japan", "pr"),
    ("Miriam Camilleri", "Camilleri", "f", "Malta", "pr"),
    ("Armando Nhantumbo", "Nhantumbo", "m", "Mozambique", "pr"),
    ("Corinne Aebischer", "Aebischer", "f", "Switzerland", "pr"),
    ("Mariam Al Suwaidi", "Al Suwaidi", "f", "United Arab Emirates", "pr"),
    ("Karim Bensalah", "Bensalah", "m", "Algeria", "pr"),
    ("Devika Ramcharan", "Ramcharan", "f", "Guyana", "dpr"),
    ("Park Jae-won", "Park", "m", "Republic of Korea", "pr"),
    ("Fatmata Kamara-Sesay", "Kamara-Sesay", "f", "Sierra Leone", "pr"),
    ("Matej Kranjc", "Kranjc", "m", "Slovenia", "pr"),
    ("Ida Kjærgaard", "Kjærgaard", "f", "Denmark", "pr"),
    ("Nikos Papadakis", "Papadakis", "m", "Greece", "dpr"),
    ("Ayesha Qureshi", "Qureshi", "f", "Pakistan", "pr"),
    ("Rodrigo Espinosa Vélez", "Espinosa", "m", "Panama", "pr"),
    ("Abdirahman Warsame", "Warsame", "m", "Somalia", "pr"),
    ("Katharina Vogelsang", "Vogelsang", "f", "Germany", "pr"),
    ("Arvind Raghunathan", "Raghunathan", "m", "India", "pr"),
    ("Giulia Ferraresi", "Ferraresi", "f", "Italy", "dpr"),
    ("Javier Olmedo Ruiz", "Olmedo", "m", "Spain", "fm"),
    ("Bronwyn MacLellan", "MacLellan", "f", "Canada", "pr"),
    ("Liam Hargreaves", "Hargreaves", "m", "Australia", "pr"),
    ("Ebba Lindström", "Lindström", "f", "Sweden", "fm"),
    ("Tomasz Wierzbicki", "Wierzbicki", "m", "Poland", "pr"),
    ("Siobhán Keaveney", "Keaveney", "f", "Ireland", "pr"),
    ("Oleksandr Kovalchuk", "Kovalchuk", "m", "Ukraine", "pr"),
    ("Yael Ben-Ami", "Ben-Ami", "f", "Israel", "pr"),
    ("Mehdi Farahani", "Farahani", "m", "Iran", "pr"),
    ("Nadia El-Sherbiny", "El-Sherbiny", "f", "Egypt", "pr"),
    ("Faisal Al-Harbi", "Al-Harbi", "m", "Saudi Arabia", "pr"),
    ("Noor Al-Kuwari", "Al-Kuwari", "f", "Qatar", "dpr"),
    ("Emre Aksoy", "Aksoy", "m", "Turkey", "fm"),
    ("Chiamaka Eze-Nwosu", "Eze-Nwosu", "f", "Nigeria", "pr"),
    ("Thabo Mokoena", "Mokoena", "m", "South Africa", "pr"),
    ("Valeria Cienfuegos", "Cienfuegos", "f", "Mexico", "pr"),
    ("Dewi Anggraini", "Anggraini", "f", "Indonesia", "fm"),
    ("Tran Thi Mai", "Tran", "f", "Viet Nam", "pr"),
    ("Amara Diallo-Benson", "Diallo-Benson", "f", "United Nations", "un-hum"),
    ("Henrik Vestergaard", "Vestergaard", "m", "United Nations", "un-pol"),
]

# Speakers the registry does not know: named in the text by their full name.
UNLISTED = [
    ("Aino Lehtinen", "Lehtinen", "f", "Finland", "pr"),
    ("Mart Kivisild", "Kivisild", "m", "Estonia", "pr"),
    ("Anne-Sophie Verhaegen", "Verhaegen", "f", "Belgium", "dpr"),
    ("Haidar Al-Rubaie", "Al-Rubaie", "m", "Iraq", "pr"),
    ("Bassam Haddad", "Haddad", "m", "Syria", "pr"),
    ("Rima Khoury", "Khoury", "f", "Lebanon", "pr"),
    ("Laith Majali", "Majali", "m", "Jordan", "pr"),
    ("Amna Elfadil", "Elfadil", "f", "Sudan", "pr"),
    ("Deng Mabior", "Mabior", "m", "South Sudan", "pr"),
    ("Aïchatou Garba", "Garba", "f", "Niger", "dpr"),
    ("Moussa Sangaré", "Sangaré", "m", "Mali", "pr"),
    ("Claudine Uwamahoro", "Uwamahoro", "f", "Rwanda", "pr"),
    ("Patrick Ssempala", "Ssempala", "m", "Uganda", "pr"),
    ("Neema Mwakyusa", "Mwakyusa", "f", "Tanzania", "dpr"),
    ("Gustavo Larrazábal", "Larrazábal", "m", "Venezuela", "pr"),
    ("Yanet Cárdenas Rivero", "Cárdenas Rivero", "f", "Cuba", "pr"),
    ("Jean-Robert Pierre-Louis", "Pierre-Louis", "m", "Haiti", "pr"),
    ("Farid Rahimzai", "Rahimzai", "m", "Afghanistan", "pr"),
    ("Salem Elmabrouk", "Elmabrouk", "m", "Libya", "pr"),
    ("Leïla Ben Amor", "Ben Amor", "f", "Tunisia", "pr"),
    ("Youssef Berrada", "Berrada", "m", "Morocco", "pr"),
    ("Abdullah Al-Sanabani", "Al-Sanabani", "m", "Yemen", "pr"),
    ("Anahit Petrosyan", "Petrosyan", "f", "Armenia", "pr"),
    ("Elchin Mammadli", "Mammadli", "m", "Azerbaijan", "pr"),
    ("Nino Beridze", "Beridze", "f", "Georgia", "dpr"),
    ("Aidos Seitkali", "Seitkali", "m", "Kazakhstan", "pr"),
    ("Farhana Chowdhury", "Chowdhury", "f", "Bangladesh", "pr"),
    ("Martina Echeverría", "Echeverría", "f", "Argentina", "pr"),
    ("Ignacio Valdivieso", "Valdivieso", "m", "Chile", "pr"),
    ("Catalina Restrepo Ossa", "Restrepo Ossa", "f", "Colombia", "pr"),
    ("Tewodros Alemayehu", "Alemayehu", "m", "Ethiopia", "pr"),
    ("Aminata Ndiaye-Fall", "Ndiaye-Fall", "f", "Senegal", "pr"),
    ("Dzmitry Karpovich", "Karpovich", "m", "Belarus", "dpr"),
]

UN_ROLES = {
    "un-hum": ("UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
               ["the UN Under-Secretary-General for Humanitarian Affairs", "the UN's emergency relief coordinator",
                "the United Nations humanitarian chief"],
               "Under-Secretary-General", ["the relief chief", "the UN humanitarian chief"]),
    "un-pol": ("UN Under-Secretary-General for Political and Peacebuilding Affairs",
               ["the UN Under-Secretary-General for Political and Peacebuilding Affairs",
                "the UN's political affairs chief"],
               "Under-Secretary-General", ["the political affairs chief", "the UN political chief"]),
}


DISPLAY = {"Turkey": "Türkiye"}  # the lexicon's key → the name the UN uses


class Person:
    __slots__ = ("name", "short", "gender", "country", "kind", "registry")

    def __init__(self, name: str, short: str, gender: str, country: str, kind: str, registry: bool):
        self.name, self.short, self.gender, self.country, self.kind, self.registry = name, short, gender, country, kind, registry

    @property
    def poss(self) -> str:
        return COUNTRIES[self.country][0]

    @property
    def adj(self) -> str:
        return COUNTRIES[self.country][1]

    @property
    def honorific(self) -> str:
        return ("Ms. " if self.gender == "f" else "Mr. ") + self.short

    @property
    def un(self) -> bool:
        return self.kind.startswith("un-")

    def role(self) -> str:
        """The role as speakers.yml gives it."""
        if self.un:
            return UN_ROLES[self.kind][0]
        of = self.country_of()
        return {
            "pr": f"Permanent Representative of {of} to the United Nations",
            "dpr": f"Deputy Permanent Representative of {of} to the United Nations",
            "fm": f"Minister for Foreign Affairs of {of}",
        }[self.kind]

    def aliases(self) -> list[str]:
        if self.un:
            out = [f"{UN_ROLES[self.kind][2]} {self.short}", self.honorific, self.short]
        elif self.kind == "fm":
            out = [f"Foreign Minister {self.short}", self.honorific, self.short]
        else:
            out = [f"Ambassador {self.short}", self.honorific, self.short]
            if self.kind == "pr":
                out.append(f"{self.poss} permanent representative".removeprefix("the "))
        words = self.name.split()
        if len(words) > 2 and " " not in self.short and self.short != words[0]:
            out.insert(0, f"{words[0]} {self.short}")  # "Caroline Hayes" for Caroline Mercer Hayes
        return out

    def appositives(self) -> list[str]:
        """'Kenya's permanent representative to the United Nations': what follows the name after a comma."""
        if self.un:
            return UN_ROLES[self.kind][1]
        p = self.poss
        return {
            "pr": [f"{p} permanent representative to the United Nations", f"{p} ambassador to the UN",
                   f"{p} UN ambassador", f"the permanent representative of {self.country_of()}"],
            "dpr": [f"{p} deputy permanent representative", f"{p} deputy ambassador to the United Nations"],
            "fm": [f"{p} foreign minister", f"the foreign minister of {self.country_of()}"],
        }[self.kind]

    def country_of(self) -> str:
        """'the United Kingdom', 'Türkiye': the country as a sentence names it."""
        c = DISPLAY.get(self.country, self.country)
        return f"the {c}" if c in ("United Kingdom", "United States", "United Arab Emirates", "Republic of Korea") else c

    def title_prefix(self, r: random.Random) -> str:
        """'Kenyan Ambassador': what may stand before the full name."""
        if self.un:
            return "UN " + UN_ROLES[self.kind][2]
        return {
            "pr": r.choice([f"{self.adj} Ambassador", "Ambassador", f"{self.adj} Permanent Representative"]),
            "dpr": f"{self.adj} Deputy Permanent Representative",
            "fm": r.choice([f"{self.adj} Foreign Minister", "Foreign Minister"]),
        }[self.kind]

    def descriptions(self, unique_country: bool) -> list[str]:
        """'the Kenyan envoy': how the text may point back at this person."""
        if self.un:
            return UN_ROLES[self.kind][3]
        if self.kind == "fm":
            return [f"the {self.adj} foreign minister"] if unique_country else ["the foreign minister"]
        if unique_country:
            return [f"the {self.adj} envoy", f"the {self.adj} ambassador"]
        return ["the ambassador", "the envoy"]


SPEAKERS = [Person(*row, registry=True) for row in REGISTRY]
OTHERS = [Person(*row, registry=False) for row in UNLISTED]

# --------------------------------------------------------------------------------------------
# Topics: the registry entry, and the words an article about it is written with.
#   hl: headline phrases; subj: noun phrases; act: verb phrases; ask: what speakers call for;
#   ppl: who is affected; claim: indirect speech (past tense); fact: background sentences.
# --------------------------------------------------------------------------------------------

TOPICS = [
    dict(id="ukraine", label="War in Ukraine",
         description="The war in Ukraine and its political, military and humanitarian consequences, including attacks on energy infrastructure and Black Sea shipping.",
         keywords=["Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "Odesa", "Donetsk", "Zaporizhzhia", "Black Sea", "Russian Federation"],
         hl=["the war in Ukraine", "strikes on Ukraine's power grid", "Black Sea shipping"],
         subj=["the war in Ukraine", "the strikes on Ukraine's energy grid", "the fighting around Kharkiv", "the situation in the Black Sea"],
         act=["end the war in Ukraine", "stop the attacks on power stations in Ukraine", "return to negotiations on Ukraine", "keep the Black Sea open to grain shipments"],
         ask=["a just and lasting peace in Ukraine", "an end to strikes on Ukrainian cities", "safe passage for grain ships in the Black Sea"],
         ppl=["the people of Ukraine", "families in Kharkiv", "Ukrainian civilians"],
         claim=["the strikes on power stations had left millions of Ukrainians without heating",
                "there could be no military solution to the war in Ukraine",
                "grain from Ukraine and the Black Sea region was vital for food prices far beyond Europe",
                "every step that widened the war in Ukraine made a negotiated settlement harder"],
         fact=["Strikes on power stations and substations have repeatedly left Kyiv, Kharkiv and Odesa without electricity for hours at a time.",
               "Millions of Ukrainians have fled abroad, and millions more are displaced inside the country.",
               "Grain exports through the Black Sea remain vital for importing countries in Africa and the Middle East.",
               "Fighting along the front line in the Donetsk region has left entire towns in ruins.",
               "The Council has met dozens of times on Ukraine without agreeing on a resolution on the war itself.",
               "Energy workers in Zaporizhzhia and other frontline regions have kept repairing the grid under fire.",
               "The Russian Federation and Ukraine continue to trade accusations over attacks on ports and railways."]),
    dict(id="gaza", label="Gaza and the Israeli-Palestinian conflict",
         description="Hostilities in and around Gaza, the wider Israeli-Palestinian conflict and the search for a two-State solution.",
         keywords=["Gaza", "Palestinian", "Palestine", "Israel", "Israeli", "West Bank", "Rafah", "two-State solution", "UNRWA", "hostages"],
         hl=["Gaza", "the crossings into Gaza", "a two-State solution"],
         subj=["the catastrophe in Gaza", "the violence in the West Bank", "the situation at the Rafah crossing", "the fate of the hostages"],
         act=["open every crossing into Gaza", "secure the release of all hostages", "revive a credible path to a two-State solution", "protect UNRWA's work in Gaza"],
         ask=["a lasting ceasefire in Gaza", "the release of all hostages", "unimpeded aid deliveries into Gaza"],
         ppl=["the people of Gaza", "Palestinian and Israeli families", "the families of the hostages"],
         claim=["only a two-State solution could bring lasting security to Israelis and Palestinians alike",
                "aid trucks were still queuing for days at the crossings into Gaza",
                "settlement expansion in the West Bank was eroding the prospect of a Palestinian State",
                "the hostages had to be released without conditions"],
         fact=["Aid convoys have waited for days at the Rafah and Kerem Shalom crossings while inspections slowed deliveries.",
               "UNRWA runs schools, clinics and shelters for hundreds of thousands of displaced Palestinians in Gaza.",
               "Most of the population of Gaza has been displaced at least once since the fighting began.",
               "Violence by settlers and military raids in the West Bank have also increased.",
               "Negotiations on a truce and the release of hostages have been mediated by Egypt, Qatar and the United States.",
               "Several Council drafts on Gaza have failed because of vetoes or a lack of votes.",
               "International support for a two-State solution remains broad, but talks have been frozen for years."]),
    dict(id="humanitarian", label="Humanitarian aid and access",
         description="Delivery of and funding for humanitarian relief, and access for aid workers to people in need.",
         keywords=["humanitarian", "humanitarian access", "aid", "aid convoy", "relief", "appeal", "aid workers", "OCHA", "funding gap"],
         hl=["humanitarian access", "the aid funding gap", "aid convoys"],
         subj=["the humanitarian funding gap", "the obstacles facing aid convoys", "the safety of aid workers", "this year's humanitarian appeal"],
         act=["fund the humanitarian appeal in full", "let aid convoys through without delay", "protect aid workers", "guarantee safe humanitarian access"],
         ask=["unhindered humanitarian access", "full funding for the humanitarian appeal", "guarantees for the safety of aid workers"],
         ppl=["families who depend on relief", "people in need of humanitarian assistance", "aid workers on the front lines"],
         claim=["the global humanitarian appeal was less than half funded",
                "aid convoys had been delayed or turned back at checkpoints",
                "relief agencies were being forced to cut rations",
                "attacks on aid workers had reached a record level"],
         fact=["The global humanitarian appeal for the year remains less than half funded.",
               "Relief agencies have warned that they may have to cut food rations within weeks.",
               "OCHA says aid convoys are regularly delayed at checkpoints or turned back.",
               "More aid workers were killed last year than in any year on record.",
               "Pooled emergency funds have been used to keep the most critical programmes running.",
               "Donors have been asked to make funding more flexible so that agencies can respond quickly.",
               "Access negotiations with armed groups often take weeks for a single convoy."]),
    dict(id="civilians", label="Protection of civilians",
         description="The protection of civilians and civilian objects in armed conflict under international humanitarian law.",
         keywords=["civilians", "civilian", "protection of civilians", "civilian infrastructure", "international humanitarian law", "casualties", "hospitals", "schools"],
         hl=["the protection of civilians", "attacks on hospitals", "civilian casualties"],
         subj=["the protection of civilians", "attacks on hospitals and schools", "the rising civilian death toll", "the use of explosive weapons in towns"],
         act=["protect civilians in armed conflict", "stop attacks on hospitals and schools", "respect international humanitarian law", "spare civilian infrastructure"],
         ask=["respect for international humanitarian law", "accountability for attacks on civilians", "an end to attacks on hospitals"],
         ppl=["civilians caught in the fighting", "patients and medical staff", "children in conflict zones"],
         claim=["attacks on civilian infrastructure were a violation of international humanitarian law",
                "hospitals and schools must never become targets",
                "civilians were paying the highest price of the conflict",
                "the use of explosive weapons in populated areas had to stop"],
         fact=["Civilian casualties in armed conflicts have risen sharply in recent years.",
               "Attacks on hospitals, schools and water systems are prohibited under international humanitarian law.",
               "The Council adopted its first resolution on the protection of civilians in 1999.",
               "Explosive weapons used in towns and cities cause most civilian deaths in today's wars.",
               "Medical workers in several conflicts have been detained or killed while treating patients.",
               "Damage to civilian infrastructure often leaves entire communities without water or power."]),
    dict(id="ceasefire", label="Ceasefires and truces",
         description="Calls for, negotiation of and violations of ceasefires, truces, humanitarian pauses and cessations of hostilities.",
         keywords=["ceasefire", "cease-fire", "truce", "humanitarian pause", "cessation of hostilities", "armistice", "guns fall silent"],
         hl=["a ceasefire", "the fragile truce", "a humanitarian pause"],
         subj=["the fragile truce", "repeated ceasefire violations", "the talks on a cessation of hostilities", "the humanitarian pause"],
         act=["agree on a ceasefire", "respect the truce", "turn the humanitarian pause into a lasting ceasefire", "let the guns fall silent"],
         ask=["an immediate cessation of hostilities", "a monitored ceasefire", "a durable truce"],
         ppl=["families waiting for the guns to fall silent", "communities along the front line", "civilians who have lived through every broken truce"],
         claim=["a ceasefire that nobody monitored would not survive its first week",
                "each humanitarian pause had been used to regroup rather than to talk",
                "the parties had to honour the truce they had signed",
                "any agreement needed an independent mechanism to report violations"],
         fact=["The truce agreed earlier has been violated repeatedly, according to monitors.",
               "Humanitarian pauses have allowed some families to flee and some aid to enter, but only for hours at a time.",
               "Mediators have proposed a mechanism to monitor the cessation of hostilities.",
               "Previous ceasefires collapsed within days when fighting resumed around key towns.",
               "Talks on a lasting truce have stalled over the sequencing of security guarantees."]),
    dict(id="sovereignty", label="Sovereignty and territorial integrity",
         description="Respect for state sovereignty, territorial integrity, host-state consent and non-interference under the UN Charter.",
         keywords=["sovereignty", "sovereign", "territorial integrity", "non-interference", "internal affairs", "host-state consent", "UN Charter"],
         hl=["sovereignty", "territorial integrity", "non-interference"],
         subj=["respect for sovereignty", "the principle of territorial integrity", "interference in internal affairs", "the principles of the UN Charter"],
         act=["respect the sovereignty and territorial integrity of every state", "uphold the principles of the UN Charter", "refrain from interfering in internal affairs"],
         ask=["respect for the UN Charter", "full respect for territorial integrity", "an end to interference in internal affairs"],
         ppl=["small states", "countries that rely on international law for their security", "the peoples of the region"],
         claim=["respect for sovereignty and territorial integrity was not negotiable",
                "no mandate could succeed without host-state consent",
                "interference in the internal affairs of states only deepened crises",
                "the UN Charter applied equally to all Member States"],
         fact=["The UN Charter commits Member States to respect the sovereignty and territorial integrity of others.",
               "Disputes over borders and host-state consent have shaped several mandate negotiations this year.",
               "Many developing countries have warned against using humanitarian arguments to justify interference in internal affairs.",
               "The principle of non-interference is invoked often in Council debates, with very different conclusions.",
               "Smaller states argue that a world without respect for territorial integrity would leave them most exposed."]),
    dict(id="security-council", label="The Security Council itself",
         description="The Security Council's own functioning: meetings, votes, vetoes, unity, working methods, legitimacy and reform.",
         keywords=["Security Council", "Council reform", "veto", "permanent members", "elected members", "working methods", "Council unity", "legitimacy"],
         hl=["Security Council reform", "the veto", "the Council's working methods"],
         subj=["the reform of the Security Council", "the use of the veto", "the Council's working methods", "the Council's legitimacy"],
         act=["reform the Security Council", "restrain the use of the veto", "make the Council more representative", "restore the unity of the Council"],
         ask=["an expanded and more representative Security Council", "restraint in the use of the veto", "more transparent working methods"],
         ppl=["the elected members", "the regions without a permanent seat", "the wider UN membership"],
         claim=["a Council that excluded Africa and Latin America from its permanent seats could not claim to speak for the world",
                "the veto had too often paralysed the Council",
                "elected members deserved a fair share of the penholding",
                "the Council's credibility depended on its unity"],
         fact=["Intergovernmental negotiations on Council reform have continued for more than fifteen years without agreement.",
               "Since 2022 the General Assembly has met automatically whenever a veto is cast in the Council.",
               "Elected members have pressed for a fairer share of the drafting of resolutions.",
               "The Council's working methods are set out in a note by its president, updated from time to time.",
               "Proposals for reform range from new permanent seats to longer terms for elected members."]),
    dict(id="peacekeeping", label="Peacekeeping and peace operations",
         description="UN peacekeeping missions and peace support operations: mandates, financing, safety of peacekeepers and drawdown.",
         keywords=["peacekeeping", "peacekeepers", "peace operations", "blue helmets", "mandate", "troop-contributing countries", "MINUSCA", "MONUSCO", "drawdown"],
         hl=["peacekeeping", "the safety of peacekeepers", "the mission's mandate"],
         subj=["the safety of peacekeepers", "the mission's drawdown", "the renewal of the mandate", "the financing of peace operations"],
         act=["renew the mission's mandate", "protect the peacekeepers who serve under the UN flag", "give peace operations predictable funding", "plan the drawdown responsibly"],
         ask=["a realistic mandate", "better protection for peacekeepers", "predictable financing for peace operations"],
         ppl=["the peacekeepers", "troop-contributing countries", "communities who rely on the blue helmets"],
         claim=["peacekeepers were being sent into ever more dangerous places without the tools they needed",
                "a rushed drawdown could undo years of progress",
                "troop-contributing countries should have a greater say when mandates were drafted",
                "no mandate could succeed without adequate resources"],
         fact=["MINUSCA and MONUSCO remain among the largest peacekeeping missions the UN has deployed.",
               "Roadside bombs and drones have made routine patrols more dangerous for peacekeepers.",
               "The mission's mandate is due for renewal before the end of the month.",
               "Troop-contributing countries have asked for faster casualty evacuation and better intelligence.",
               "Several host governments have asked for peacekeepers to leave, and drawdowns are under way.",
               "Peacekeeping budgets are negotiated each June in the General Assembly's Fifth Committee."]),
    dict(id="nuclear", label="Nuclear safety and non-proliferation",
         description="Nuclear weapons, non-proliferation and disarmament, and the safety of nuclear facilities in conflict zones.",
         keywords=["nuclear", "non-proliferation", "IAEA", "International Atomic Energy Agency", "nuclear power plant", "NPT", "nuclear safety", "enrichment"],
         hl=["nuclear safety", "non-proliferation", "the nuclear power plant"],
         subj=["the safety of the nuclear power plant", "the future of the NPT", "the risk of nuclear escalation", "uranium enrichment"],
         act=["strengthen the non-proliferation regime", "support the IAEA's work", "keep nuclear facilities out of the fighting", "return to nuclear arms control"],
         ask=["full cooperation with the IAEA", "a protection zone around the nuclear power plant", "renewed commitment to the NPT"],
         ppl=["the people living near the plant", "future generations", "the non-nuclear-weapon states"],
         claim=["nuclear safety concerned the common interests of all countries",
                "the non-proliferation regime was under greater strain than at any time in decades",
                "nuclear power plants must never become targets of military action",
                "the IAEA had to be given full access"],
         fact=["IAEA experts have been present at the nuclear power plant on a rotating basis.",
               "Repeated losses of external power have raised fears of a nuclear accident.",
               "The last two NPT review conferences ended without a consensus outcome.",
               "Enrichment levels reported by the International Atomic Energy Agency have raised concern among Council members.",
               "Arms control treaties between the largest nuclear powers have lapsed or been suspended.",
               "Nuclear safety experts have called for a protection zone around the site."]),
    dict(id="climate", label="Climate change and security",
         description="Climate change as a driver of conflict, displacement and humanitarian need, and the Council's role in addressing it.",
         keywords=["climate", "climate change", "climate security", "drought", "floods", "adaptation", "emissions", "climate finance"],
         hl=["climate security", "climate finance", "drought and conflict"],
         subj=["climate change", "the link between climate and conflict", "the drought in the region", "the gap in climate finance"],
         act=["deliver the climate finance that was promised", "help vulnerable countries adapt to climate change", "cut emissions faster", "treat climate risk as a security risk"],
         ask=["more money for adaptation", "faster cuts in emissions", "a seat at the table for climate-vulnerable countries"],
         ppl=["small island states", "herders and farmers", "climate-vulnerable communities"],
         claim=["climate change was first and foremost a development issue",
                "drought and floods were already shaping the conflicts on the Council's agenda",
                "developed countries had to honour their commitments on climate finance",
                "adaptation funding had to be delivered faster and with fewer conditions"],
         fact=["Five consecutive failed rainy seasons have wiped out livestock herds across the region.",
               "Flash floods have destroyed crops and displaced tens of thousands of people.",
               "Small island states have warned that rising seas threaten their very existence.",
               "Climate finance pledged by developed countries has repeatedly fallen short of the target.",
               "Some Council members want a regular report on climate security risks; others say the issue belongs elsewhere.",
               "Competition over water and grazing land has deepened tensions between farmers and herders."]),
    dict(id="sanctions", label="Sanctions",
         description="Security Council sanctions regimes and unilateral sanctions, including their humanitarian exemptions and impact.",
         keywords=["sanctions", "sanctions regime", "humanitarian exemption", "asset freeze", "arms embargo", "unilateral coercive measures", "panel of experts"],
         hl=["sanctions", "the arms embargo", "humanitarian exemptions"],
         subj=["the sanctions regime", "the humanitarian impact of sanctions", "the arms embargo", "unilateral coercive measures"],
         act=["review every sanctions regime regularly", "make the humanitarian exemption work in practice", "lift unilateral coercive measures", "enforce the arms embargo"],
         ask=["a review of the sanctions regime", "clear humanitarian exemptions", "an end to unilateral coercive measures"],
         ppl=["ordinary people in sanctioned countries", "patients who cannot get medicine", "aid agencies working under sanctions"],
         claim=["sanctions were a tool, not a punishment",
                "banks still hesitated to process payments for humanitarian organisations",
                "unilateral coercive measures had no basis in international law",
                "the arms embargo was being violated openly"],
         fact=["The Council adopted a standing humanitarian exemption across its sanctions regimes in December 2022.",
               "A panel of experts monitors the arms embargo and reports to the sanctions committee twice a year.",
               "Asset freezes and travel bans remain the most common measures in Council sanctions regimes.",
               "Aid agencies say banks often refuse transfers to sanctioned territories out of caution.",
               "Several countries have called unilateral coercive measures a form of collective punishment."]),
    dict(id="korean-peninsula", label="Korean Peninsula",
         description="Tensions on the Korean Peninsula, including the DPRK's missile programme and efforts toward dialogue.",
         keywords=["Korean Peninsula", "DPRK", "Democratic People's Republic of Korea", "North Korea", "Pyongyang", "ballistic missile", "missile launches"],
         hl=["the Korean Peninsula", "DPRK missile launches", "dialogue with Pyongyang"],
         subj=["the situation on the Korean Peninsula", "the latest ballistic missile launches", "dialogue with Pyongyang"],
         act=["return to dialogue on the Korean Peninsula", "halt the missile launches", "ease tensions on the Peninsula", "implement the Council's resolutions on the DPRK"],
         ask=["a return to talks with Pyongyang", "an end to ballistic missile launches", "full implementation of the resolutions on the DPRK"],
         ppl=["the people of the Peninsula", "ordinary people in the DPRK", "the countries of the region"],
         claim=["dialogue remained the only realistic path to peace on the Korean Peninsula",
                "each missile launch was a violation of the Council's resolutions",
                "pressure alone had not brought a solution any closer",
                "the humanitarian situation in the DPRK deserved attention"],
         fact=["Pyongyang has carried out a series of ballistic missile launches in recent weeks.",
               "The DPRK is subject to Council sanctions adopted after its nuclear tests.",
               "Council members remain divided over how to respond to the missile launches.",
               "The mandate of the panel of experts on North Korea was not renewed in 2024.",
               "Talks on denuclearization of the Korean Peninsula have been stalled since 2019."]),
    dict(id="sudan", label="War in Sudan",
         description="The war in Sudan between the Sudanese Armed Forces and the Rapid Support Forces, and its humanitarian toll.",
         keywords=["Sudan", "Sudanese", "Darfur", "El Fasher", "Khartoum", "Rapid Support Forces", "Port Sudan"],
         hl=["the war in Sudan", "the siege of El Fasher", "Darfur"],
         subj=["the war in Sudan", "the siege of El Fasher", "the violence in Darfur", "the famine in Sudan"],
         act=["end the war in Sudan", "lift the siege of El Fasher", "open routes for aid into Darfur", "stop the flow of weapons into Sudan"],
         ask=["a ceasefire in Sudan", "safe routes for aid into Darfur", "an end to the siege of El Fasher"],
         ppl=["the people of Sudan", "families in Darfur", "Sudanese refugees"],
         claim=["the war in Sudan had created the largest displacement crisis in the world",
                "famine had taken hold in parts of Darfur",
                "the flow of weapons into Sudan was fuelling the fighting",
                "the warring parties were ignoring their commitments"],
         fact=["The war between the Sudanese Armed Forces and the Rapid Support Forces began in April 2023.",
               "More than ten million people have been displaced inside Sudan and across its borders.",
               "Famine has been confirmed in camps for displaced people in Darfur.",
               "El Fasher has been under siege for months, cutting it off from aid.",
               "Aid agencies have moved supplies through Port Sudan and the Adre crossing from Chad.",
               "Fighting has destroyed much of Khartoum's infrastructure."]),
    dict(id="syria", label="Syria",
         description="The conflict and political transition in Syria, cross-border aid and the political process.",
         keywords=["Syria", "Syrian", "Damascus", "Idlib", "Aleppo", "cross-border aid", "Bab al-Hawa", "resolution 2254"],
         hl=["Syria", "cross-border aid to Syria", "the Syrian political process"],
         subj=["the crisis in Syria", "cross-border aid into north-west Syria", "the political process in Syria", "the return of Syrian refugees"],
         act=["keep the Bab al-Hawa crossing open", "advance a Syrian-led political process", "rebuild Syria's infrastructure", "create conditions for refugees to return to Syria"],
         ask=["sustained cross-border aid", "an inclusive Syrian-led political process", "early recovery projects in Syria"],
         ppl=["the Syrian people", "families in Idlib", "Syrian refugees"],
         claim=["a political solution in line with resolution 2254 was the only way out of the crisis",
                "cross-border aid remained a lifeline for millions in north-west Syria",
                "early recovery projects were needed so that refugees could return",
                "Syria's sovereignty had to be respected"],
         fact=["Cross-border aid through Bab al-Hawa has been a lifeline for north-west Syria for years.",
               "The earthquake of February 2023 devastated Aleppo and Idlib.",
               "Resolution 2254 sets out a roadmap for a political transition in Syria.",
               "More than half of Syria's pre-war population has been displaced.",
               "Donors remain divided over funding reconstruction in Damascus-held areas."]),
    dict(id="afghanistan", label="Afghanistan",
         description="Afghanistan under Taliban rule: women's rights, humanitarian needs, the economy and engagement with the de facto authorities.",
         keywords=["Afghanistan", "Afghan", "Kabul", "Taliban", "de facto authorities", "UNAMA", "girls' education"],
         hl=["Afghanistan", "Afghan women's rights", "engagement with the Taliban"],
         subj=["the situation in Afghanistan", "the ban on girls' education", "the restrictions on Afghan women", "engagement with the de facto authorities"],
         act=["lift the ban on girls' education in Afghanistan", "let Afghan women work and study", "support the Afghan economy", "keep engaging with the de facto authorities"],
         ask=["the reopening of secondary schools for girls", "the return of Afghan women to work", "humanitarian support for Afghanistan"],
         ppl=["Afghan women and girls", "the Afghan people", "families in Kabul"],
         claim=["the exclusion of women from public life was holding Afghanistan back",
                "the Afghan economy was on the brink of collapse",
                "engagement with the de facto authorities had to be principled",
                "girls' education was not a concession but a right"],
         fact=["Girls in Afghanistan have been barred from secondary school since 2021.",
               "The Taliban authorities have also barred Afghan women from working for UN agencies.",
               "UNAMA's mandate includes monitoring human rights and supporting engagement.",
               "More than half of Afghans need humanitarian assistance, according to the UN.",
               "Frozen central bank reserves and sanctions have left the Afghan economy fragile."]),
    dict(id="yemen", label="Yemen and the Red Sea",
         description="The conflict in Yemen, the peace process and attacks on shipping in the Red Sea.",
         keywords=["Yemen", "Yemeni", "Houthis", "Ansar Allah", "Hodeidah", "Sana'a", "Red Sea", "Bab el-Mandeb"],
         hl=["Yemen", "attacks on Red Sea shipping", "the Yemen peace process"],
         subj=["the conflict in Yemen", "the attacks on shipping in the Red Sea", "the Yemen peace process", "the detained UN staff in Yemen"],
         act=["stop the attacks on shipping in the Red Sea", "revive the Yemen peace process", "release the detained UN staff in Yemen", "keep the port of Hodeidah open"],
         ask=["freedom of navigation in the Red Sea", "a nationwide ceasefire in Yemen", "the release of detained aid workers"],
         ppl=["the Yemeni people", "seafarers in the Red Sea", "families in Hodeidah"],
         claim=["attacks on merchant ships in the Red Sea threatened global trade",
                "the Yemen peace process had to be revived",
                "the detention of UN staff by the Houthis was unacceptable",
                "the port of Hodeidah was vital for imports of food and fuel"],
         fact=["Houthi attacks on merchant ships have forced many shipping lines to avoid the Red Sea.",
               "Yemen imports most of its food and fuel through the port of Hodeidah.",
               "A truce brokered in 2022 largely held, but a wider peace deal has not been signed.",
               "Dozens of UN and NGO staff have been detained in areas controlled by Ansar Allah.",
               "Insurance costs for ships passing the Bab el-Mandeb strait have risen sharply."]),
    dict(id="sahel", label="The Sahel and West Africa",
         description="Insecurity, military transitions and humanitarian needs in the Sahel and West Africa.",
         keywords=["Sahel", "Mali", "Burkina Faso", "Niger", "ECOWAS", "Lake Chad", "military transition", "West Africa"],
         hl=["the Sahel", "security in West Africa", "the Lake Chad basin"],
         subj=["the crisis in the Sahel", "the violence in the Lake Chad basin", "the military transitions in West Africa", "insecurity in the Sahel"],
         act=["support the countries of the Sahel", "restore constitutional order in West Africa", "work with ECOWAS on security", "invest in the Lake Chad basin"],
         ask=["support for the countries of the Sahel", "a timetable for the military transitions", "more investment in the Lake Chad basin"],
         ppl=["the people of the Sahel", "communities in the Lake Chad basin", "young people in West Africa"],
         claim=["the Sahel could not be left to face terrorism alone",
                "security responses had to go hand in hand with development",
                "ECOWAS had a central role in restoring constitutional order",
                "the crisis in the Sahel was spreading towards the coastal states"],
         fact=["Armed groups have expanded their reach across Mali, Burkina Faso and Niger.",
               "The UN mission in Mali completed its withdrawal at the end of 2023.",
               "ECOWAS has struggled to agree on a response to the military transitions.",
               "Millions of people in the Lake Chad basin depend on food aid.",
               "Violence in the Sahel has forced thousands of schools to close."]),
    dict(id="counter-terrorism", label="Counter-terrorism",
         description="Terrorist threats, the financing of terrorism and international cooperation to counter terrorism and violent extremism.",
         keywords=["terrorism", "terrorist", "counter-terrorism", "ISIL", "Al-Shabaab", "violent extremism", "foreign terrorist fighters"],
         hl=["counter-terrorism", "the terrorist threat", "violent extremism"],
         subj=["the terrorist threat", "the financing of terrorism", "violent extremism online", "the return of foreign terrorist fighters"],
         act=["cut off the financing of terrorism", "counter violent extremism online", "repatriate foreign terrorist fighters and their families", "share intelligence on terrorist networks"],
         ask=["closer cooperation against terrorism", "an end to the financing of terrorist groups", "the repatriation of foreign terrorist fighters"],
         ppl=["the victims of terrorism", "young people targeted by extremist propaganda", "communities living under the threat of attack"],
         claim=["terrorism could not be defeated by military means alone",
                "terrorist groups were exploiting new technologies to recruit and raise money",
                "there could be no double standards in the fight against terrorism",
                "the camps in north-east Syria were a breeding ground for violent extremism"],
         fact=["ISIL affiliates remain active in parts of Africa and the Middle East.",
               "Al-Shabaab continues to carry out attacks in Somalia despite military pressure.",
               "Thousands of foreign terrorist fighters and their families remain in camps in north-east Syria.",
               "Terrorist groups increasingly use cryptocurrencies and online platforms to raise funds.",
               "The Counter-Terrorism Committee reviews how states implement Council resolutions on terrorism."]),
    dict(id="women-peace-security", label="Women, peace and security",
         description="Women's participation in peace processes and the protection of women and girls in conflict.",
         keywords=["women, peace and security", "women's participation", "gender equality", "sexual violence in conflict", "women peacebuilders", "resolution 1325"],
         hl=["women, peace and security", "women's participation in peace talks", "sexual violence in conflict"],
         subj=["women's participation in peace processes", "sexual violence in conflict", "the women, peace and security agenda", "the safety of women peacebuilders"],
         act=["bring women to the negotiating table", "end sexual violence in conflict", "protect women peacebuilders", "fund women's organisations"],
         ask=["the full participation of women in peace processes", "justice for survivors of sexual violence", "funding for women's organisations"],
         ppl=["women peacebuilders", "survivors of sexual violence", "women and girls in conflict zones"],
         claim=["peace agreements lasted longer when women took part in negotiating them",
                "sexual violence was still being used as a weapon of war",
                "women peacebuilders faced reprisals for their work",
                "the women, peace and security agenda had to be implemented and not only celebrated"],
         fact=["Resolution 1325, adopted in 2000, set out the women, peace and security agenda.",
               "Women remain a small minority of negotiators in peace processes.",
               "Reports of sexual violence in conflict have risen in several countries on the Council's agenda.",
               "Women peacebuilders who briefed the Council have faced threats and reprisals.",
               "Funding for women's organisations in conflict settings remains a tiny share of aid."]),
    dict(id="children-armed-conflict", label="Children and armed conflict",
         description="Grave violations against children in armed conflict, including killing, maiming, recruitment and attacks on schools.",
         keywords=["children", "child soldiers", "grave violations", "recruitment of children", "children and armed conflict", "maiming"],
         hl=["children in armed conflict", "child soldiers", "grave violations against children"],
         subj=["grave violations against children", "the recruitment of child soldiers", "attacks on schools", "the killing and maiming of children"],
         act=["protect children from the fighting", "release every child held by armed groups", "keep schools safe", "end the recruitment of children"],
         ask=["the release of all children held by armed groups", "an end to the recruitment of children", "safe schools"],
         ppl=["children caught in conflict", "former child soldiers", "families who have lost children"],
         claim=["the number of grave violations against children had reached a record",
                "children were being recruited by armed groups at a younger age",
                "schools had to remain places of safety",
                "every child released from an armed group needed support to return to school"],
         fact=["The annual report on children and armed conflict verified a record number of grave violations.",
               "Armed groups continue to recruit children in several conflicts on the Council's agenda.",
               "Attacks on schools have kept millions of children out of education.",
               "Programmes to reintegrate former child soldiers are chronically underfunded.",
               "The killing and maiming of children by explosive weapons has increased."]),
    dict(id="refugees", label="Refugees and displacement",
         description="Refugees, internally displaced people and the countries that host them.",
         keywords=["refugees", "refugee", "displaced", "displacement", "UNHCR", "asylum", "host countries", "returns"],
         hl=["refugees", "displacement", "support for host countries"],
         subj=["the displacement crisis", "the needs of refugees", "the burden on host countries", "voluntary returns"],
         act=["share responsibility for refugees", "support the countries that host refugees", "create conditions for safe and voluntary returns", "protect the right to seek asylum"],
         ask=["fair sharing of responsibility for refugees", "more support for host countries", "safe and voluntary returns"],
         ppl=["refugees and displaced people", "host communities", "families forced from their homes"],
         claim=["the number of people forced from their homes had never been higher",
                "host countries could not carry the burden alone",
                "returns had to be safe, voluntary and dignified",
                "funding for refugee operations was falling while needs were rising"],
         fact=["UNHCR estimates that more than one hundred million people are forcibly displaced worldwide.",
               "Most refugees are hosted by low- and middle-income countries near the crises they fled.",
               "Funding for refugee operations has fallen even as displacement has grown.",
               "Several host countries have tightened asylum rules in the past year.",
               "Returns of refugees remain limited because of insecurity at home."]),
    dict(id="food-security", label="Food security and famine",
         description="Conflict-driven hunger, famine risk, food prices and the use of starvation as a weapon of war.",
         keywords=["food security", "food insecurity", "famine", "hunger", "starvation", "malnutrition", "food prices", "World Food Programme"],
         hl=["famine risk", "hunger and conflict", "food security"],
         subj=["the risk of famine", "conflict-driven hunger", "rising food prices", "the use of starvation as a weapon of war"],
         act=["prevent famine", "keep food supplies moving", "fund the World Food Programme", "end the use of starvation as a weapon of war"],
         ask=["urgent action to prevent famine", "funding for food assistance", "an end to the use of starvation as a weapon"],
         ppl=["families facing famine", "malnourished children", "farmers who cannot reach their fields"],
         claim=["conflict was the main driver of hunger in the world",
                "famine was a political failure and not a natural disaster",
                "the World Food Programme had been forced to cut rations",
                "starvation was being used as a weapon of war"],
         fact=["The World Food Programme has cut rations in several operations because of funding shortfalls.",
               "Famine conditions have been confirmed in parts of more than one country this year.",
               "Food insecurity has risen sharply where fighting has cut farmers off from their fields.",
               "Resolution 2417 condemns the starvation of civilians as a method of warfare.",
               "High food prices have pushed millions more people into hunger."]),
    dict(id="sustainable-development", label="Sustainable development and financing",
         description="The Sustainable Development Goals, debt, development financing and reform of the international financial architecture.",
         keywords=["Sustainable Development Goals", "SDGs", "development", "debt relief", "financing for development", "international financial architecture", "2030 Agenda"],
         hl=["the Sustainable Development Goals", "debt relief", "financing for development"],
         subj=["the Sustainable Development Goals", "the debt crisis in developing countries", "financing for development", "the reform of the international financial architecture"],
         act=["get the SDGs back on track", "relieve the debt burden of developing countries", "reform the international financial architecture", "deliver financing for development"],
         ask=["debt relief for the poorest countries", "reform of the international financial architecture", "more financing for development"],
         ppl=["developing countries", "the poorest countries", "young people in the global South"],
         claim=["most of the Sustainable Development Goals were off track",
                "developing countries were spending more on debt service than on health or education",
                "the international financial architecture no longer reflected today's world",
                "peace and development went hand in hand"],
         fact=["Only a small share of the SDG targets are on track to be met by 2030.",
               "Many developing countries now spend more on debt service than on health.",
               "Proposals to reform the international financial architecture include new rules on debt relief.",
               "Official development assistance has fallen in real terms in several donor countries.",
               "The 2030 Agenda was adopted by all Member States in 2015."]),
    dict(id="human-rights", label="Human rights",
         description="Human rights violations, accountability and the work of UN human rights mechanisms.",
         keywords=["human rights", "Human Rights Council", "accountability", "impunity", "arbitrary detention", "freedom of expression", "rule of law"],
         hl=["human rights", "accountability", "arbitrary detention"],
         subj=["human rights violations", "the fight against impunity", "arbitrary detention", "freedom of expression"],
         act=["hold those responsible to account", "release everyone arbitrarily detained", "protect human rights defenders", "end impunity"],
         ask=["accountability for human rights violations", "the release of political prisoners", "an end to impunity"],
         ppl=["human rights defenders", "journalists and activists", "victims of abuses"],
         claim=["there could be no lasting peace without accountability",
                "human rights defenders were facing reprisals for their work",
                "the Human Rights Council was being used for political purposes",
                "impunity for serious violations encouraged further abuses"],
         fact=["The Human Rights Council meets in Geneva three times a year.",
               "Independent investigators have documented arbitrary detention and torture.",
               "Journalists and activists have been detained in growing numbers, according to rights groups.",
               "Accountability mechanisms have been set up to collect evidence of serious crimes.",
               "Several states reject country-specific human rights resolutions as politicised."]),
    dict(id="haiti", label="Haiti",
         description="Gang violence, the security support mission and the political transition in Haiti.",
         keywords=["Haiti", "Haitian", "Port-au-Prince", "gangs", "gang violence", "Multinational Security Support mission", "BINUH"],
         hl=["Haiti", "gang violence in Haiti", "the security mission in Haiti"],
         subj=["the crisis in Haiti", "gang violence in Port-au-Prince", "the security support mission in Haiti", "the political transition in Haiti"],
         act=["restore security in Haiti", "fund the security support mission", "stop the flow of arms to Haitian gangs", "support a Haitian-led political transition"],
         ask=["more support for the security mission in Haiti", "an end to arms trafficking to the gangs", "elections in Haiti"],
         ppl=["the Haitian people", "families in Port-au-Prince", "Haitians displaced by gang violence"],
         claim=["gangs controlled most of Port-au-Prince",
                "the security support mission lacked funding and personnel",
                "arms trafficking to the gangs had to stop",
                "only a Haitian-led process could restore democratic institutions"],
         fact=["Gangs control most of Port-au-Prince and the main roads out of the capital.",
               "The Multinational Security Support mission has struggled with funding and personnel.",
               "Hundreds of thousands of Haitians have been displaced by gang violence.",
               "BINUH, the UN political office, supports the political transition.",
               "Most weapons used by the gangs are trafficked into Haiti from abroad."]),
    dict(id="myanmar", label="Myanmar",
         description="The crisis in Myanmar since the military takeover, and the situation of the Rohingya.",
         keywords=["Myanmar", "Rohingya", "Rakhine", "military takeover", "ASEAN five-point consensus", "Cox's Bazar"],
         hl=["Myanmar", "the Rohingya", "the crisis in Rakhine"],
         subj=["the crisis in Myanmar", "the plight of the Rohingya", "the fighting in Rakhine", "the ASEAN five-point consensus"],
         act=["end the violence in Myanmar", "create conditions for the return of the Rohingya", "implement the ASEAN five-point consensus", "release political detainees in Myanmar"],
         ask=["an end to air strikes in Myanmar", "safe return for the Rohingya", "humanitarian access in Rakhine"],
         ppl=["the people of Myanmar", "Rohingya refugees", "families in Rakhine"],
         claim=["the crisis in Myanmar had spread to almost every part of the country",
                "the Rohingya refugees in Cox's Bazar could not be forgotten",
                "the ASEAN five-point consensus remained the basis for a solution",
                "air strikes on villages had to stop"],
         fact=["Fighting has spread across Myanmar since the military takeover of February 2021.",
               "Nearly a million Rohingya refugees live in camps around Cox's Bazar in Bangladesh.",
               "ASEAN's five-point consensus has made little progress.",
               "Renewed fighting in Rakhine has displaced tens of thousands of people.",
               "Air strikes on villages have killed civilians in several regions."]),
    dict(id="cyber-technology", label="Cybersecurity and emerging technologies",
         description="Cyber threats, artificial intelligence and other emerging technologies in international peace and security.",
         keywords=["cyber", "cybersecurity", "artificial intelligence", "AI", "ransomware", "emerging technologies", "autonomous weapons"],
         hl=["artificial intelligence", "cyber threats", "emerging technologies"],
         subj=["the military use of artificial intelligence", "ransomware attacks on hospitals", "the governance of emerging technologies", "autonomous weapons"],
         act=["set rules for the military use of artificial intelligence", "protect critical infrastructure from cyber attacks", "keep humans in control of the use of force", "close the digital divide"],
         ask=["global rules on artificial intelligence", "a ban on fully autonomous weapons", "cooperation against ransomware"],
         ppl=["hospitals hit by ransomware", "developing countries left behind by the digital divide", "future generations"],
         claim=["artificial intelligence was changing warfare faster than the rules that govern it",
                "ransomware attacks on hospitals and power grids were a threat to international security",
                "humans had to stay in control of decisions on the use of force",
                "the digital divide risked becoming an AI divide"],
         fact=["Ransomware attacks have disrupted hospitals and public services in dozens of countries.",
               "The General Assembly adopted its first resolution on artificial intelligence in 2024.",
               "Talks on lethal autonomous weapons continue in Geneva without agreement.",
               "An open-ended working group is discussing norms for state behaviour in cyberspace.",
               "Emerging technologies are increasingly used in armed conflicts, from drones to AI-assisted targeting."]),
    dict(id="disarmament", label="Arms control and small arms",
         description="Conventional arms control, small arms and light weapons, landmines and the arms trade.",
         keywords=["small arms", "light weapons", "arms trade", "landmines", "cluster munitions", "arms control", "disarmament"],
         hl=["small arms", "landmines", "the arms trade"],
         subj=["the illicit trade in small arms", "landmines and unexploded ordnance", "the arms trade", "the erosion of arms control"],
         act=["stop the illicit flow of small arms", "clear landmines", "strengthen arms control", "make the arms trade more transparent"],
         ask=["stronger controls on the arms trade", "more money for mine clearance", "a return to arms control"],
         ppl=["communities living with landmines", "victims of armed violence", "children who find unexploded ordnance"],
         claim=["small arms and light weapons killed more people than any other weapon",
                "landmines would threaten civilians for decades after the fighting stopped",
                "the erosion of arms control made the world more dangerous",
                "the arms trade needed more transparency"],
         fact=["Small arms and light weapons are involved in most violent deaths worldwide.",
               "Landmines and unexploded ordnance kill or injure thousands of people each year.",
               "The Arms Trade Treaty regulates the international trade in conventional arms.",
               "Several states have withdrawn from conventions banning landmines and cluster munitions.",
               "Mine clearance programmes are underfunded in many post-conflict countries."]),
    dict(id="maritime-security", label="Maritime security",
         description="Piracy, freedom of navigation and the law of the sea.",
         keywords=["maritime security", "piracy", "freedom of navigation", "UNCLOS", "law of the sea", "Gulf of Guinea", "shipping lanes"],
         hl=["maritime security", "piracy", "freedom of navigation"],
         subj=["maritime security", "piracy in the Gulf of Guinea", "freedom of navigation", "the law of the sea"],
         act=["protect freedom of navigation", "fight piracy in the Gulf of Guinea", "respect the law of the sea", "keep shipping lanes safe"],
         ask=["respect for UNCLOS", "joint patrols against piracy", "safe shipping lanes"],
         ppl=["seafarers", "coastal communities", "fishing communities"],
         claim=["freedom of navigation was essential for the global economy",
                "piracy in the Gulf of Guinea had fallen but not disappeared",
                "UNCLOS set out the legal framework for all activities at sea",
                "coastal states needed help to police their waters"],
         fact=["Most of the world's trade by volume travels by sea.",
               "Piracy in the Gulf of Guinea has declined since its peak but remains a risk.",
               "UNCLOS sets out the rights and duties of states in the world's oceans.",
               "Disputes over maritime boundaries have raised tensions in several regions.",
               "Regional navies have stepped up joint patrols along major shipping lanes."]),
    dict(id="great-lakes", label="Eastern DRC and the Great Lakes",
         description="Armed conflict in the eastern Democratic Republic of the Congo and regional tensions in the Great Lakes.",
         keywords=["Democratic Republic of the Congo", "DRC", "Congolese", "North Kivu", "Goma", "M23", "Great Lakes"],
         hl=["eastern DRC", "the fighting around Goma", "the Great Lakes"],
         subj=["the fighting in eastern DRC", "the M23 offensive", "the situation around Goma", "tensions in the Great Lakes region"],
         act=["end the M23 offensive", "protect civilians around Goma", "revive the regional peace processes for the Great Lakes", "stop the exploitation of minerals that finances armed groups"],
         ask=["the withdrawal of the M23 from the areas it has seized", "a political solution in eastern DRC", "an end to support for armed groups"],
         ppl=["the Congolese people", "families displaced around Goma", "communities in North Kivu"],
         claim=["the M23 offensive had displaced hundreds of thousands of people",
                "the illegal exploitation of minerals was financing armed groups in eastern DRC",
                "the regional peace processes offered the best hope for a solution",
                "the sovereignty of the DRC had to be respected"],
         fact=["The M23 armed group has seized large areas of North Kivu.",
               "Camps around Goma shelter hundreds of thousands of displaced people.",
               "MONUSCO has begun to withdraw from some provinces of the DRC.",
               "Regional peace processes led by Angola and Kenya have sought to ease tensions in the Great Lakes.",
               "Trade in minerals from eastern DRC has long financed armed groups."]),
]

# topics an article about the first one often touches too
RELATED = {
    "ukraine": ["humanitarian", "civilians", "nuclear", "sovereignty", "food-security"],
    "gaza": ["humanitarian", "civilians", "ceasefire", "security-council"],
    "humanitarian": ["food-security", "civilians", "refugees"],
    "civilians": ["humanitarian", "children-armed-conflict"],
    "ceasefire": ["humanitarian", "civilians"],
    "sovereignty": ["security-council", "peacekeeping"],
    "security-council": ["sovereignty", "sanctions"],
    "peacekeeping": ["civilians", "great-lakes", "sahel", "sovereignty"],
    "nuclear": ["korean-peninsula", "disarmament", "ukraine"],
    "climate": ["food-security", "refugees", "sustainable-development"],
    "sanctions": ["humanitarian", "korean-peninsula", "security-council"],
    "korean-peninsula": ["nuclear", "sanctions"],
    "sudan": ["humanitarian", "food-security", "refugees", "ceasefire", "civilians"],
    "syria": ["humanitarian", "refugees", "counter-terrorism"],
    "afghanistan": ["women-peace-security", "humanitarian", "human-rights"],
    "yemen": ["maritime-security", "humanitarian", "ceasefire"],
    "sahel": ["counter-terrorism", "climate", "peacekeeping"],
    "counter-terrorism": ["sahel", "syria", "cyber-technology"],
    "women-peace-security": ["human-rights", "civilians"],
    "children-armed-conflict": ["civilians", "human-rights"],
    "refugees": ["humanitarian", "climate"],
    "food-security": ["humanitarian", "climate", "ukraine"],
    "sustainable-development": ["climate", "food-security"],
    "human-rights": ["women-peace-security", "security-council"],
    "haiti": ["humanitarian", "disarmament"],
    "myanmar": ["refugees", "human-rights"],
    "cyber-technology": ["disarmament", "counter-terrorism"],
    "disarmament": ["nuclear", "civilians"],
    "maritime-security": ["yemen", "sovereignty"],
    "great-lakes": ["peacekeeping", "civilians", "sovereignty"],
}

TOPIC_WEIGHTS = {"ukraine": 4, "gaza": 4, "humanitarian": 3, "security-council": 2, "sudan": 2, "civilians": 2, "climate": 2}

# --------------------------------------------------------------------------------------------
# What speakers say: sentence frames filled from phrase pools, so that two speeches rarely share a
# sentence (as in real reporting, where only reports of the same statement carry the same words).
#   {We}/{we}: the speaker's voice ("We", "My delegation" … / "we", "it"); {v:call}: a verb agreeing
#   with it; {our}: its possessive; the other slots come from the topic or the pools below.
#   '|' marks where a writer may break the quotation for its attribution ("The tools exist," he said,
#   "but …"); elsewhere it is read as ", ".
# --------------------------------------------------------------------------------------------

FRAMES = [
    "{We} {v:call} on {parties} to {act}|{coda}.",
    "{We} {v:remain} {concerned} about {subj}|and {we} {v:urge} {parties} to {act}.",
    "{Urgency}|and {ppl} [cannot wait any longer/need help now/should not be made to wait for another meeting].",
    "{Ppl} {suffered}|and they deserve [more than statements of concern/action rather than words/better] from [this chamber/this Council/all of us].",
    "There is no [military/lasting military/purely military] solution to {subj}|and {we} {v:urge} {parties} to [choose the path of dialogue/return to the negotiating table/give diplomacy a real chance].",
    "{We} {v:have} said it [before/many times/in this chamber before] and {we} will say it again: the only [way forward/realistic option/path to peace] is to {act}.",
    "It is [time/high time/long past time] for {parties} to {act}|[not next year, but now/not tomorrow, but today/before the next crisis is upon us].",
    "What is needed [now/today/at this point] is not another [resolution/statement/round of consultations] but the political will to {act}.",
    "[Let me be clear/Make no mistake/I want to be very clear]|what is happening [with/around/in relation to] {subj} is [a test of our collective credibility/a test for this Council/not a distant problem for any of us].",
    "{We} {v:support} [every effort/all efforts/any serious initiative] to {act}|and {we} {v:stand} ready to work with [all members of the Council/every delegation/the countries of the region].",
    "History will judge {parties} not by what was said about {subj} but by what was done for {ppl}.",
    "{Subj} cannot be [addressed/solved/managed] by one country alone|it requires {cooperation}.",
    "{We} {v:have} heard [many/countless/too many] promises about {subj}|but {ppl} have seen [very few/hardly any/almost no] results.",
    "Those responsible for {violations} [linked to {subj}/in the context of {subj}] must be held [accountable/to account/responsible]|whoever [and wherever they are/they are/they may be].",
    "{We} {v:owe} it to {ppl} to {act} {coda}.",
    "Nobody {here} can say that they were not warned about {subj}|least of all {parties}.",
    "{We} {v:welcome} {progress} on {subj}|but [nobody should/we must not/no one here should] mistake a pause for a [solution/settlement/lasting peace].",
    "The path ahead on {subj} is [difficult/long/uncertain]|but it is the only path that leads to a [lasting/durable/just] solution for {ppl}.",
    "Double standards on {subj} only [weaken/erode/undermine] the authority of this Council and the trust that {ppl} place in it.",
    "If this Council fails to {act}|it will be back in this chamber [in six months/next year/before long] [discussing/facing/debating] an even [worse/graver/more dangerous] [situation/crisis].",
    "The figures [we heard today/in the latest report/presented to this Council] on {subj} are not [statistics/abstractions/just numbers]|they are {ppl} whose lives have been [turned upside down/shattered/put on hold].",
    "Our message to {parties} is [simple/clear/unambiguous]: {act} {coda}.",
    "{We} {v:are} ready to do {our} part [on {subj}/to {act}/in tackling {subj}]|and {we} {v:expect} [others/every other delegation/our partners] to do theirs.",
    "Words of concern are no longer enough when it comes to {subj}|and {ppl} {suffered}.",
    "Time is running out to {act}|and {we} {v:urge} {parties} to use [it/the time that remains/this opportunity] well.",
    "It would be a [grave/serious/historic] mistake for {parties} to look away from {subj} {moment}.",
    "A lasting answer to {subj} cannot be imposed from outside|it has to be [built/owned/sustained] by {ppl} themselves.",
    "[Honesty requires us to admit it/We have to be honest/Let us be frank]|the current approach to {subj} is [not working/failing/falling short] [and {ppl} know it/and everyone here knows it/and it is time to change it].",
    "{Moment} this Council has an opportunity to {act}|and it [should not/must not/cannot afford to] waste it.",
    "What is at stake [here/today/in this debate] is not only {subj}|but [the principles on which this Organization was founded/the credibility of this Council/the future of {ppl}].",
    "{We} {v:call} for {ask}|and {we} {v:call} for it {coda}.",
    "Nothing short of {ask} will [change/improve/transform] the situation for {ppl}.",
    "For {ppl}|{ask} is not an abstract demand, it is a matter of [survival/life and death/dignity].",
    "How many more [briefings/meetings/reports] like this one will it take before this Council decides to {act}?",
    "The international community has the [tools/means/instruments] to {act}|what has been missing is the [will/courage/unity] to use them.",
    "{We} {v:reject} [any/every] attempt to use {subj} as a [pretext/justification/excuse] for [interfering/meddling] in the internal affairs of [sovereign states/other countries/Member States].",
    "{Urgency}. {We} {v:urge} {parties} to {act} {coda}.",
    "{We} {v:reiterate} {our} call for {ask}|and {we} {v:urge} {parties} to {act}.",
    "{We} {v:are} {concerned} by the reports [we have heard/presented today/from the ground] about {subj}|and {we} {v:call} for [an independent/an impartial/a thorough] investigation.",
    "{We} {v:commend} {helpers}|who continue to work under [extremely difficult/dangerous/impossible] conditions [to help {ppl}/despite {subj}].",
    "{We} {v:thank} the briefers for their {account} of {subj}.",
    "{Urgency}|and the longer {subj} is left [unresolved/unaddressed/to fester], the harder it will be to [reverse/repair/undo].",
    "{Ppl} are watching what this Council [does/decides/will do] about {subj}|and they will [remember/not forget/judge] whether it acted.",
    "{We} {v:do} not believe that [isolation/pressure/condemnation] alone will {act}.",
    "Any solution to {subj} must put {ppl} at its [centre/heart]|and it must be [owned by/agreed with/led by] [the countries of the region/those who will live with it].",
]

NUMBER_FRAMES = [
    "More than {big} people [have been forced from their homes/have fled/have been displaced] [since {month}/this year/in recent months] because of {subj}|and [most of them/the majority/many of them] are [women and children/children/elderly people].",
    "Only {pct} per cent of the money needed [this year/for {subj}/for the response] has been [received/disbursed/pledged]|and {ppl} are paying the price.",
    "In the past {few} weeks alone {small} attacks [linked to {subj}/against {ppl}] have been [recorded/documented/reported]|and [not one of them/none of them/hardly any of them] has been [investigated/prosecuted/acknowledged].",
    "Some {big} people [now depend on/are in urgent need of/rely on] [assistance/food aid/emergency relief] because of {subj}|a number that has [doubled/tripled/risen sharply] since {month}.",
    "{Small} violations [linked to {subj}/of the commitments on {subj}] have been [counted/documented/verified] since {month}|and each one of them was [preventable/avoidable/a choice].",
    "Behind the figure of {big} [displaced/affected/uprooted] people are {ppl}|each with a [name and a story/family and a future/life that matters].",
]

VOICES = [("We", "we", "our", False), ("We", "we", "our", False), ("My delegation", "it", "its", True),
          ("My government", "it", "its", True), ("My country", "it", "its", True), ("Our country", "it", "its", True)]
IRREGULAR = {"have": "has", "are": "is", "do": "does"}
POOLS = {
    "parties": ["all parties", "the parties to the conflict", "all sides", "those with influence over the parties",
                "every member of this Council", "all Member States", "the international community",
                "the parties and their backers", "everyone around this table"],
    "coda": ["without further delay", "before it is too late", "as a matter of urgency", "in good faith",
             "while there is still time", "without preconditions", "now rather than later", "without hesitation"],
    "Urgency": ["The situation is deteriorating by the day", "Time is running out", "The window for diplomacy is closing fast",
                "Every day of delay costs lives", "The warning signs are there for all to see", "We have been here before",
                "The facts on the ground speak for themselves", "The stakes could not be higher",
                "The humanitarian situation is getting worse by the hour", "The trend is unmistakable"],
    "concerned": ["deeply concerned", "alarmed", "gravely concerned", "profoundly troubled", "extremely worried"],
    "suffered": ["have waited long enough", "have already paid too high a price", "are looking to this Council for answers",
                 "have heard enough promises", "have endured more than anyone should"],
    "violations": ["these attacks", "the violations described today", "crimes against civilians", "these abuses",
                   "the killing of aid workers", "attacks on hospitals"],
    "cooperation": ["sustained cooperation and genuine dialogue", "the full support of the region",
                    "patience, resources and political courage", "a coordinated response from the whole UN system"],
    "progress": ["the progress made so far", "the steps taken in recent weeks", "the latest commitments by the parties",
                 "the agreement reached last month"],
    "here": ["in this chamber", "around this table", "in this Council", "in New York or elsewhere", "among us"],
    "moment": ["at this critical moment", "now", "at this stage", "when so much is at stake", "after everything we have heard today"],
    "Moment": ["Today", "This month", "At this meeting", "Right now", "This year"],
    "account": ["sobering account", "candid assessment", "detailed briefing", "clear-eyed analysis", "frank update"],
    "helpers": ["the humanitarian workers on the ground", "the UN country team", "the mediators from the region",
                "the peacekeepers", "the civil society organizations that briefed us", "the staff of the UN agencies"],
}


OPENERS = ["Mr. President, ", "Colleagues, ", "Frankly, ", "Once again, ", "In all honesty, ", "Let me stress this: ",
           "As I said at the outset, ", "At the same time, ", "Above all, ", "In our view, ", "Simply put, ",
           "Let me be very clear: ", "Madam President, ", "First, ", "Second, ", "Finally, ", "Allow me to add that ",
           "It bears repeating that "]
# first words an opener may lowercase ("Frankly, we …"); any other first word is a name and keeps its capital
LOWER_AFTER_OPENER = {"We", "My", "Our", "The", "There", "It", "What", "Let", "History", "Those", "Nobody", "Double",
                      "If", "Words", "Time", "Peace", "Honesty", "Today", "Nothing", "How", "Any", "Every", "Only",
                      "In", "Some", "More", "Behind", "This", "At", "Right", "Small", "Young", "Families", "Children"}


def speak(frame: str, topic: dict, r: random.Random) -> str:
    """One sentence of a speech: a frame in one voice, its slots filled, now and then an opener."""
    We, we, our, singular = r.choice(VOICES)
    frame = re.sub(r"\[([^\]]+)\]", lambda m: r.choice(m.group(1).split("/")), frame)  # a writer's wording
    out = frame.replace("{We}", We).replace("{we}", we).replace("{our}", our)
    out = re.sub(r"\{v:(\w+)\}", lambda m: (IRREGULAR.get(m.group(1), m.group(1) + "s") if singular else m.group(1)), out)
    for key, pool in POOLS.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", r.choice(pool), 1)
    out = fill(out, topic, r)
    first = out.split(" ", 1)[0]
    if r.random() < 0.45 and not out.endswith("?") and first != "I":
        out = r.choice(OPENERS) + (first.lower() if first in LOWER_AFTER_OPENER else first) + out[len(first):]
    return out


GENERIC_CLAIMS = [
    "dialogue and diplomacy remained the only way forward",
    "the Council had to speak with one voice",
    "the international community should step up its support",
    "unilateral measures would only deepen mistrust",
    "the parties had to honour the commitments they had already made",
    "regional organizations should be given a greater role",
    "the root causes of the crisis had to be addressed",
    "accountability was essential for any lasting settlement",
]

GENERIC_FACTS = [
    "The meeting was requested by several Council members after a sharp deterioration in recent weeks.",
    "Council members have struggled to agree on a common text.",
    "A draft resolution circulated by the penholders is still under negotiation.",
    "The Secretary-General is due to report to the Council on the situation within three months.",
    "Several members also raised the issue in closed consultations that followed the open session.",
    "The Council last adopted a product on the issue several months ago.",
    "Representatives of civil society also briefed the members.",
    "Diplomats expect negotiations on the text to continue at expert level.",
    "The debate drew more than sixty speakers, many of them from outside the Council.",
    "Members remained divided on how the Council should respond.",
    "The issue has been on the Council's agenda for years.",
    "Regional organizations have offered to help mediate between the parties.",
]

CLOSINGS = [
    "Council members are expected to continue consultations on a draft text in the coming days.",
    "The meeting ended without a formal outcome.",
    "Negotiations on a draft resolution are set to continue at expert level.",
    "No vote is scheduled, and consultations are continuing.",
    "The Council is expected to return to the issue before the end of the month.",
    "Diplomats said they hoped to agree on a press statement later in the week.",
    "The debate was continuing late into the evening.",
]

VENUES = [
    ("a Security Council briefing", "UNITED NATIONS", "UN Security Council, New York"),
    ("the Security Council", "UNITED NATIONS", "UN Security Council, New York"),
    ("an open debate of the Security Council", "NEW YORK", "UN Security Council, New York"),
    ("a Security Council meeting", "UNITED NATIONS", "UN Security Council, New York"),
    ("the General Assembly", "UNITED NATIONS", "UN General Assembly, New York"),
    ("reporters at UN headquarters", "NEW YORK", "UN Headquarters, New York"),
    ("a press conference in Geneva", "GENEVA", "Palais des Nations, Geneva"),
    ("the Human Rights Council in Geneva", "GENEVA", "Human Rights Council, Geneva"),
    ("an Arria-formula meeting of Council members", "UNITED NATIONS", "UN Headquarters, New York"),
    ("a high-level meeting in Vienna", "VIENNA", "Vienna International Centre"),
    ("a ministerial meeting in Addis Ababa", "ADDIS ABABA", "African Union headquarters, Addis Ababa"),
    ("diplomats and academics in Nairobi", "NAIROBI", "UN Office at Nairobi"),
]

PUBLISHERS = [
    ("The Meridian Dispatch", "meridian-dispatch.example"),
    ("UN Desk Weekly", "un-desk-weekly.example"),
    ("Nordic Policy Wire", "nordic-policy-wire.example"),
    ("Civic Watch Collective", "civicwatch.example"),
    ("Global Affairs Monitor", "globalaffairsmonitor.example"),
    ("The Harbourside Herald", "harbourside-herald.example"),
    ("East Africa Ledger", "eastafricaledger.example"),
    ("Pacific Rim Observer", "pacificrim-observer.example"),
    ("The Andean Courier", "andeancourier.example"),
    ("Levant Review", "levantreview.example"),
    ("Diplomatic Briefing Daily", "dipbriefing.example"),
    ("The Continental Post", "continentalpost.example"),
    ("Baltic Morning", "balticmorning.example"),
    ("Gulf Current", "gulfcurrent.example"),
    ("Sahel Tribune", "saheltribune.example"),
    ("The Lakeside Gazette", "lakesidegazette.example"),
]
WIRES = ["Xinhua", "Nordic Policy Wire", "Eurasia Press Agency", "Pan-African News Service"]

AUTHORS = [
    "Tomasz Wielgosz", "Amina Yusuf", "Clara Bergström", "Daniel Okonkwo", "Hélène Marchetti", "Rahul Menon",
    "Sofia Lindqvist", "Mateo Ibarra", "Ngozi Adeyemi", "Kaito Nakamura", "Lena Hoffmann", "Omar Haddadi",
    "Priya Sharma", "Jonas Eriksen", "Marta Zielińska", "Samuel Mensah", "Isabel Fonseca", "Yusuf Demir",
]

MOST_READ = [
    "Grain prices ease as shipping insurance costs fall", "Forecasters warn of early summer heatwave",
    "Recount ordered in closely fought provincial election", "Central bank holds rates for third month",
    "Five things to know about the new aid budget", "Port strike ends after three weeks of talks",
    "Why a tiny island nation is suing over sea levels", "Train line reopens after flood repairs",
    "Explainer: how the General Assembly elects Council members", "City council approves new housing plan",
    "Drought pushes water prices to record high", "Opinion: the quiet return of cold war diplomacy",
]

NAV_SECTIONS = ["World", "Africa", "Americas", "Asia", "Europe", "Middle East", "Climate", "Opinion", "Podcasts", "Newsletters"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(template: str, topic: dict, r: random.Random) -> str:
    out = template
    for key in ("subj", "act", "ask", "ppl"):
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", r.choice(topic[key]), 1)
        big = "{" + key.capitalize() + "}"
        while big in out:
            out = out.replace(big, cap(r.choice(topic[key])), 1)
    if "{" in out:
        out = (out.replace("{big}", f"{r.randrange(20, 950) * 1000:,}")
               .replace("{pct}", str(r.randrange(12, 48)))
               .replace("{few}", r.choice(["two", "three", "four", "six"]))
               .replace("{small}", str(r.randrange(11, 240)))
               .replace("{Small}", str(r.randrange(11, 240)).capitalize())
               .replace("{month}", r.choice(MONTH_NAMES)))
    return out


WORD = re.compile(r"[^\W\d_][\w'’-]*")


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def day_month_year(d: dt.date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def month_day_year(d: dt.date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")[:70].rstrip("-")


def yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_list(values: list[str]) -> str:
    return "[" + ", ".join(v if re.fullmatch(r"[A-Za-z][\w .\-]*", v) else yaml_str(v) for v in values) + "]"


# --------------------------------------------------------------------------------------------
# Events: what was said, by whom, when. A source reports one event; some events are reported twice.
# --------------------------------------------------------------------------------------------

TOPIC_POOL = [t for t in TOPICS for _ in range(TOPIC_WEIGHTS.get(t["id"], 1))]
TOPIC_BY_ID = {t["id"]: t for t in TOPICS}


class Quote:
    __slots__ = ("speaker", "sentences", "head", "tail")

    def __init__(self, speaker: int, sentences: list[str], head: str | None, tail: str | None):
        self.speaker, self.sentences, self.head, self.tail = speaker, sentences, head, tail

    def text(self) -> str:
        return " ".join(self.sentences)


def make_quote(r: random.Random, topic: dict, speaker: int, used: list[str]) -> Quote:
    """A quotation of one to three sentences; `used` keeps one event's speakers from repeating a frame."""
    def pick(pool: list[str]) -> str:
        frame = r.choice([f for f in pool if f not in used] or pool)
        used.append(frame)
        return speak(frame, topic, r)

    first = pick(NUMBER_FRAMES if r.random() < 0.1 else FRAMES)
    head = tail = None
    if "|" in first:
        head, tail = first.split("|", 1)
        first = head + ", " + tail
    sentences = [first]
    for _ in range(r.choices([0, 1, 2], weights=[25, 55, 20])[0]):
        sentences.append(pick(FRAMES).replace("|", ", "))
    return Quote(speaker, sentences, head, tail)


def month_of_event(e: int) -> tuple[int, int]:
    m = (e * MONTH_STEP) % MONTHS_COVERED
    return FIRST_YEAR + m // 12, m % 12 + 1


def make_event(e: int, seed: int) -> dict:
    r = random.Random(f"{seed}:event:{e}")
    topic = r.choice(TOPIC_POOL)
    related = RELATED[topic["id"]]
    extra = [TOPIC_BY_ID[t] for t in r.sample(related, min(len(related), r.choice([0, 1, 1, 2])))]
    year, month = month_of_event(e)
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    said = dt.date(year, month, r.randint(1, last_day))
    if said.weekday() >= 5 and r.random() < 0.85:  # the Council rarely meets at weekends
        friday = said - dt.timedelta(days=said.weekday() - 4)
        monday = said + dt.timedelta(days=7 - said.weekday())
        said = friday if friday.month == month else monday if monday.month == month else said
    n_speakers = r.choices([1, 2, 3], weights=[40, 40, 20])[0]
    people: list[Person] = []
    countries: list[str] = []
    while len(people) < n_speakers:
        pool = OTHERS if r.random() < (0.15 if not people else 0.3) else SPEAKERS
        p = r.choice(pool)
        if p not in people and (p.un or p.country not in countries):
            people.append(p)
            countries.append(p.country)
    counts = [r.randint(1, 3)] + [r.randint(1, 2) for _ in people[1:]]
    while sum(counts) > 6:
        counts[counts.index(max(counts))] -= 1
    if sum(counts) < 2:
        counts[0] = 2
    used: list[str] = []
    quotes = [make_quote(r, topic, si, used) for si, n in enumerate(counts) for _ in range(n)]
    order = [q for q in quotes if q.speaker == 0][:1]
    rest = [q for q in quotes if q not in order]
    if len(people) > 1 and r.random() < 0.35:  # point and counterpoint
        by_speaker = [[q for q in rest if q.speaker == s] for s in range(len(people))]
        while any(by_speaker):
            for s in list(range(1, len(people))) + [0]:
                if by_speaker[s]:
                    order.append(by_speaker[s].pop(0))
    else:
        order += sorted(rest, key=lambda q: q.speaker if q.speaker else 0 if r.random() < 0.5 else 9)
    venue = r.choice(VENUES)
    return dict(topic=topic, extra=extra, said=said, people=people, quotes=order, venue=venue,
                claims=[fill(r.choice(topic["claim"] + GENERIC_CLAIMS), topic, r) for _ in people])


# --------------------------------------------------------------------------------------------
# Writing one article
# --------------------------------------------------------------------------------------------

QUOTE_MARKS = {"straight": ('"', '"'), "curly": ("“", "”"), "guillemets": ("«", "»")}
SAY_AFTER = ["said", "said", "said", "said", "told reporters", "told the Council", "added", "warned", "stressed", "noted"]
SAY_BEFORE = ["added", "said", "warned", "told the meeting", "stressed", "continued"]


class Writer:
    """Writes one event as one outlet reports it: paragraphs, with who was named last kept track of."""

    def __init__(self, event: dict, r: random.Random):
        self.e, self.r = event, r
        self.people: list[Person] = event["people"]
        self.topic = event["topic"]
        self.introduced = [False] * len(self.people)
        self.last: int | None = None  # who the text named last (for "she said")
        self.marks = r.choices(["straight", "curly", "guillemets"], weights=[55, 38, 7])[0]
        countries = [p.country for p in self.people]
        self.unique_country = [countries.count(p.country) == 1 and not p.un for p in self.people]
        self.used_claims: list[str] = list(event["claims"])
        self.used_facts: list[str] = []
        self.used_forms: list[int] = []

    # ---- names --------------------------------------------------------------------------------

    def pron(self, s: int) -> str:
        return "she" if self.people[s].gender == "f" else "he"

    def poss(self, s: int) -> str:
        return "her" if self.people[s].gender == "f" else "his"

    def short(self, s: int) -> str:
        p = self.people[s]
        if p.registry and self.r.random() < 0.15:
            return p.honorific
        return p.short

    def intro(self, s: int) -> str:
        """The first mention: full name with role, in one of the ways the press writes it."""
        p, r = self.people[s], self.r
        self.introduced[s] = True
        form = r.random()
        if form < 0.45:
            return f"{p.name}, {r.choice(p.appositives())},"
        if form < 0.75 and not p.un:
            role = {"pr": r.choice(["ambassador", "ambassador to the United Nations", "permanent representative"]),
                    "dpr": "deputy permanent representative", "fm": "foreign minister"}[p.kind]
            return f"{p.poss} {role}, {p.name},"
        if not p.registry:
            # the text gives an unlisted speaker's country only in an apposition set off by commas
            return f"{p.name}, {r.choice(p.appositives())},"
        return f"{p.title_prefix(r)} {p.name}"

    def ref(self, s: int) -> str:
        """A later mention: pronoun when the text was just about them, else a name or description."""
        r = self.r
        if self.last == s and r.random() < 0.55:
            return self.pron(s)
        if self.last == s and r.random() < 0.3:
            return r.choice(self.people[s].descriptions(self.unique_country[s]))
        if self.unique_country[s] and r.random() < 0.15:
            return r.choice(self.people[s].descriptions(True))
        return self.short(s)

    # ---- pieces -------------------------------------------------------------------------------

    def claim(self, s: int | None = None) -> str:
        """Something said, in indirect speech; no claim twice in one article."""
        pool = self.topic["claim"] + [c for t in self.e["extra"] for c in t["claim"][:2]] + GENERIC_CLAIMS
        fresh = [c for c in pool if c not in self.used_claims] or pool
        c = self.r.choice(fresh)
        self.used_claims.append(c)
        return fill(c, self.topic, self.r)

    def quote_paragraph(self, quote: Quote, next_same: Quote | None) -> tuple[str, bool, bool]:
        """(paragraph, uses context, merged the next quote). Context: a pronoun or description
        that only the paragraph before explains."""
        r, s = self.r, quote.speaker
        o, c = QUOTE_MARKS[self.marks]
        text = quote.text()
        ends_q = text.endswith("?")
        body = text[:-1] if text[-1] in ".?" else text
        p = self.people[s]
        if not self.introduced[s]:
            self.introduced[s] = True
            self.last = s
            apposition = r.choice(p.appositives())
            if ends_q:
                return f"{o}{text}{c} asked {p.name}, {apposition}.", False, False
            if self.marks == "guillemets":
                return f"{o}{body}{c}, said {p.name}, {apposition}.", False, False
            return f"{o}{body},{c} said {p.name}, {apposition}.", False, False
        style = r.choices(["after", "verb_first", "dash", "before", "interrupted", "two", "tail"],
                          weights=[34, 8, 7 if self.marks == "straight" else 14, 14, 16 if quote.head else 0,
                                   12 if next_same else 0, 9])[0]
        context = self.last == s
        who = self.ref(s)
        uses_context = who in ("he", "she") or (who.startswith("the ") and not self.unique_country[s])
        comma_out = self.marks == "guillemets"

        def after(b: str, verb: str) -> str:
            if ends_q:
                return f"{o}{text}{c} {who} asked."
            return (f"{o}{b}{c}, {who} {verb}." if comma_out else f"{o}{b},{c} {who} {verb}.")

        merged = False
        if ends_q and style in ("dash", "before", "interrupted", "two", "tail"):
            style = "after"
        if style == "after":
            para = after(body, r.choice(SAY_AFTER))
        elif style == "verb_first":
            who = self.short(s)
            uses_context = False
            para = f"{o}{body}{c}, said {who}." if comma_out else f"{o}{body},{c} said {who}."
        elif style == "dash":
            who = self.short(s) if who in ("he", "she") and r.random() < 0.5 else who
            uses_context = who in ("he", "she") or (who.startswith("the ") and not self.unique_country[s])
            dash = r.choice(["–", "—"])
            if r.random() < 0.6:
                para = f"{o}{body}{c}, {dash} said {who}."
            else:
                para = f"{o}{body}{c}, {dash} {who} {r.choice(['added', 'noted', 'stressed'])}."
        elif style == "before":
            lead = cap(who)
            para = f"{lead} {r.choice(SAY_BEFORE)}: {o}{text}{c}"
        elif style == "interrupted":
            rest = quote.sentences[1:]
            tail = quote.tail + ((" " + " ".join(rest)) if rest else "")
            para = (f"{o}{quote.head}{c}, {who} said, {o}{tail}{c}" if comma_out
                    else f"{o}{quote.head},{c} {who} {r.choice(['said', 'said', 'warned', 'added'])}, {o}{tail}{c}")
        elif style == "two":
            first = after(body, "said")
            para = f"{first} {o}{next_same.text()}{c}"
            merged = True
        else:  # tail: the attribution goes on with what else was said
            extra = r.choice([f", adding that {self.claim(s)}", f", pointing to {r.choice(self.topic['subj'])}",
                              f", as {self.poss(s)} delegation called for {r.choice(self.topic['ask'])}"])
            para = (f"{o}{body}{c}, {who} said{extra}." if comma_out else f"{o}{body},{c} {who} said{extra}.")
        if not context and who in ("he", "she"):
            raise AssertionError("pronoun without context")  # ref() only gives one when the text was just about them
        self.last = s
        return para, uses_context, merged

    PARAPHRASES = 10

    def paraphrase(self, s: int) -> tuple[str, bool]:
        """Reported speech about speaker s, right after something s said; each form once per article."""
        r, t = self.r, self.topic
        who = self.ref(s)
        uses_context = who in ("he", "she") or (who.startswith("the ") and not self.unique_country[s])
        named = who if who not in ("he", "she") else self.people[s].short
        forms = [f for f in range(self.PARAPHRASES) if f not in self.used_forms] or list(range(self.PARAPHRASES))
        form = r.choice(forms)
        self.used_forms.append(form)
        if form == 0:
            para = f"{cap(who)} said {self.claim(s)}, and urged the Council to {r.choice(t['act'])}."
        elif form == 1:
            para = f"{cap(who)} also called for {r.choice(t['ask'])}, arguing that {self.claim(s)}."
        elif form == 2:
            para = f"According to {named}, {self.claim(s)}."
            uses_context = named.startswith("the ") and not self.unique_country[s]
        elif form == 3:
            para = (f"{cap(who)} said {self.poss(s)} government stood ready to help {r.choice(t['act'])}, "
                    f"and stressed that {self.claim(s)}.")
        elif form == 4:
            para = f"{cap(who)} noted that {self.claim(s)}. {cap(self.pron(s))} also warned that {self.claim(s)}."
        elif form == 5:
            para = (f"Turning to {r.choice(t['subj'])}, {who} said {self.claim(s)}. "
                    f"{cap(self.pron(s))} called on members to {r.choice(t['act'])}.")
        elif form == 6:
            para = (f"{cap(who)} described {r.choice(t['subj'])} as "
                    f"{r.choice(['deeply worrying', 'a test for the whole Organization', 'unacceptable', 'a warning the Council could not ignore'])}, "
                    f"and recalled that {self.claim(s)}.")
        elif form == 7:
            para = f"In {self.poss(s)} statement, {named} expressed concern about {r.choice(t['subj'])} and said {self.claim(s)}."
            uses_context = named.startswith("the ") and not self.unique_country[s]
        elif form == 8:
            para = (f"{cap(who)} welcomed the efforts of regional partners but cautioned that {self.claim(s)}. "
                    f"Without {r.choice(t['ask'])}, {self.pron(s)} said, progress would remain out of reach.")
        else:
            para = f"{cap(who)} recalled that {self.claim(s)}, and pressed for {r.choice(t['ask'])}."
        self.last = s
        return para, uses_context

    def introduction(self, s: int, prev: int) -> str:
        """A further speaker's first appearance: full name and role, then what they said in substance."""
        r = self.r
        intro = self.intro(s)
        claim = self.e["claims"][s]
        form = r.randrange(4)
        if form == 0:
            para = f"{cap(intro)} {r.choice(['took a different view, arguing', 'countered', 'said', 'argued'])} that {claim}."
        elif form == 1:
            para = f"Speaking after {self.people[prev].short}, {intro} said {claim}."
        elif form == 2 and not intro.endswith(","):
            para = f"{cap(intro)}, who also addressed the meeting, said {claim}."
        else:
            para = (f"{cap(intro)} {r.choice(['warned', 'said', 'told the meeting'])} that {claim}, "
                    f"and called for {r.choice(self.topic['ask'])}.")
        self.last = s
        return para

    def lead(self, when: str) -> tuple[str, bool]:
        """The opening: who spoke, where and when. Returns (paragraph, whether it names the primary speaker)."""
        r, p, t = self.r, self.people[0], self.topic
        venue = self.e["venue"][0]
        claim = self.e["claims"][0]
        audience = r.choice(["all parties", "the Security Council", "the international community", "Council members"])
        # "on Tuesday" where a bare weekday would not read well
        on_when = when if not when.split()[0] in WEEKDAYS else "on " + when
        if p.registry and not p.un and p.kind != "fm" and r.random() < 0.15:
            # wire copy: "A Chinese envoy on Tuesday urged …"; the name comes with the first quote
            article = "An" if p.adj[0] in "AEIOU" else "A"
            return f"{article} {p.adj} envoy {on_when} urged {audience} to {r.choice(t['act'])}, saying that {claim}.", False
        intro = self.intro(0)
        form = r.randrange(5)
        if form == 0:
            para = f"{cap(intro)} told {venue} {when} that {claim}."
        elif form == 1:
            para = f"{cap(intro)} {on_when} urged {audience} to {r.choice(t['act'])}, saying {claim}."
        elif form == 2:
            para = f"{cap(intro)} called {on_when} for {r.choice(t['ask'])}, warning that {claim}."
        elif form == 3:
            para = f"{cap(on_when)}, {intro} told {venue} that {claim}."
        else:
            para = (f"{cap(intro)} said {on_when} that {claim}, as "
                    f"{r.choice(['the Council met to discuss', 'members met to take stock of', 'diplomats gathered to discuss'])} "
                    f"{r.choice(t['subj'])}.")
        self.last = 0
        return para, True

    def background(self) -> str | None:
        """A paragraph of context from the topics' facts; None once they are all used."""
        r = self.r
        topical = [f for f in self.topic["fact"] + [f for t in self.e["extra"] for f in t["fact"][:3]]
                   if f not in self.used_facts]
        generic = [f for f in GENERIC_FACTS if f not in self.used_facts]
        if not topical and not generic:
            return None
        # mostly about the subject, now and then a sentence about the Council's business
        picked = r.sample(topical, min(len(topical), r.choice([1, 2, 2, 3])))
        if generic and (len(picked) < 2 or r.random() < 0.3):
            picked += r.sample(generic, min(len(generic), 1 if picked else 2))
        self.used_facts.extend(picked)
        return " ".join(picked)

    def headline(self) -> str:
        r, p, t = self.r, self.people[0], self.topic
        hl = r.choice(t["hl"])
        ask = r.choice(t["ask"])
        if p.un:
            options = [f"UN official warns over {hl}", f"{p.short} urges Council to act on {hl}",
                       f"UN calls for {ask}", f"Top UN official sounds alarm on {hl}"]
        else:
            options = [f"{p.adj} envoy urges {ask}", f"{p.country_of()} calls for {ask} at UN",
                       f"{p.adj} envoy warns Security Council over {hl}", f"{p.short} calls on Council to {r.choice(t['act'])}",
                       f"{p.country_of()} presses UN on {hl}"]
            if len(self.people) > 1 and not self.people[1].un:
                options.append(f"{p.adj} and {self.people[1].adj} diplomats at odds over {hl}")
        title = cap(r.choice(options))
        title = title.replace("The U.S. envoy", "U.S. envoy")
        return title


def when_expression(r: random.Random, said: dt.date) -> tuple[str, dt.date, str]:
    """(words for when it was said, publication date, kind of expression)."""
    kind = r.choices(["weekday", "yesterday", "today", "last", "partial", "full", "month"],
                     weights=[52, 13, 5, 5, 15, 8, 2])[0]
    wd = WEEKDAYS[said.weekday()]
    if kind == "weekday":
        offset = r.choices([0, 1, 2, 3, 4, 5, 6], weights=[20, 50, 12, 6, 5, 4, 3])[0]
        words = r.choice([f"on {wd}", f"on {wd}", wd]) if offset else f"on {wd}"
    elif kind == "yesterday":
        offset, words = 1, "yesterday"
    elif kind == "today":
        offset, words = 0, r.choice(["today", "earlier today"])
    elif kind == "last":
        offset, words = r.randint(2, 7), f"last {wd}"
    elif kind == "partial":
        offset = r.randint(0, 12)
        words = r.choice([f"on {MONTH_NAMES[said.month - 1]} {said.day}", f"on {said.day} {MONTH_NAMES[said.month - 1]}",
                          f"on {AP_MONTHS[said.month - 1]} {said.day}"])
    elif kind == "full":
        offset = r.randint(0, 40)
        words = r.choice([f"on {day_month_year(said)}", f"on {month_day_year(said)}"])
    else:
        offset = r.randint(5, 40)
        words = f"in {MONTH_NAMES[said.month - 1]} {said.year}"
    return words, said + dt.timedelta(days=offset), kind


class Article:
    """One report: headline, paragraphs (with a flag for those only the one before explains), truth."""

    def __init__(self, event: dict, r: random.Random):
        self.w = w = Writer(event, r)
        self.r = r
        self.event = event
        self.when, self.published, self.when_kind = when_expression(r, event["said"])
        self.headline = w.headline()
        lead, named = w.lead(self.when)
        self.lead = lead
        body: list[tuple[str, bool, str, int]] = []  # (text, needs the paragraph before, role, speaker)
        quotes = event["quotes"]
        if not named:  # a wire lead names nobody: the first quote names the speaker
            w.introduced[0] = False
        i = 0
        while i < len(quotes):
            q = quotes[i]
            s = q.speaker
            if not w.introduced[s] and s > 0 and r.random() < 0.7:
                prev = w.last if w.last is not None else 0
                body.append((w.introduction(s, prev), False, "intro", s))
            nxt = quotes[i + 1] if i + 1 < len(quotes) and quotes[i + 1].speaker == s else None
            para, ctx, merged = w.quote_paragraph(q, nxt)
            body.append((para, ctx, "quote", s))
            i += 2 if merged else 1
            if r.random() < 0.3:
                text, ctx = w.paraphrase(s)
                body.append((text, ctx, "paraphrase", s))
        self.closing = r.choice(CLOSINGS)
        # the article's length: reported speech and background fill it to a target
        n_quotes, n_people = len(quotes), len(self.w.people)
        low = MIN_WORDS + 20 + 35 * (n_quotes - 2) + 30 * (n_people - 1)
        target = r.randint(low, min(MAX_WORDS - 30, low + 180 + 40 * n_quotes))

        counted: dict[str, int] = {}

        def words(text: str) -> int:
            if text not in counted:
                counted[text] = word_count(text)
            return counted[text]

        def size() -> int:
            return sum(words(x) for x in [self.headline, lead, self.closing] + [b[0] for b in body])

        background_goal = int(target * r.uniform(0.15, 0.4))
        cap_paraphrases = n_quotes + 1
        while (size() + background_goal < target and sum(b[2] == "paraphrase" for b in body) < cap_paraphrases
               or size() + background_goal < MIN_WORDS + 10):
            # reported speech goes right after a quotation of the same speaker: who the text
            # was about stays the same for the paragraphs that follow
            k = r.choice([j for j, b in enumerate(body) if b[2] == "quote"])
            s = body[k][3]
            w.last = s
            text, ctx = w.paraphrase(s)
            body.insert(k + 1, (text, ctx, "paraphrase", s))
        extra: list[str] = []
        while size() + sum(words(x) for x in extra) < target and len(extra) < 6:
            x = w.background()
            if x is None:
                break
            extra.append(x)
        while extra and size() + sum(words(x) for x in extra) > MAX_WORDS - 10:
            extra.pop()
        while size() + sum(words(x) for x in extra) < MIN_WORDS + 10 and len(body) < 30:
            k = r.choice([j for j, b in enumerate(body) if b[2] == "quote"])
            w.last = body[k][3]
            text, ctx = w.paraphrase(body[k][3])
            body.insert(k + 1, (text, ctx, "paraphrase", body[k][3]))
        while size() + sum(words(x) for x in extra) > MAX_WORDS - 10 and any(b[2] == "paraphrase" for b in body):
            body.pop(max(k for k, b in enumerate(body) if b[2] == "paraphrase"))
        self.body = body
        slots = [k for k in range(len(body) + 1) if k == len(body) or not body[k][1]]
        # background comes in one or two blocks, mostly after the opening quotes
        blocks = sorted(r.sample(slots, min(len(slots), 2 if len(extra) > 2 else 1)))
        placed: dict[int, list[str]] = {}
        for n, x in enumerate(extra):
            placed.setdefault(blocks[0] if n < (len(extra) + 1) // 2 or len(blocks) == 1 else blocks[-1], []).append(x)
        paragraphs: list[tuple[str, str]] = [(lead, "lead")]
        for k in range(len(body) + 1):
            for x in placed.get(k, []):
                paragraphs.append((x, "background"))
            if k < len(body):
                paragraphs.append((body[k][0], body[k][2]))
        paragraphs.append((self.closing, "closing"))
        if w.marks != "straight":
            self.headline = self.headline.replace("'", "’")
            paragraphs = [(t.replace("'", "’"), role) for t, role in paragraphs]
        self.paragraphs = paragraphs

    def truth(self) -> dict:
        people = self.event["people"]
        quotes = []
        for q in self.event["quotes"]:
            quotes.append({"speaker": people[q.speaker].name, "text": q.text()})
        return dict(said=self.event["said"], when=self.when, when_kind=self.when_kind, published=self.published,
                    speakers=[p.name for p in people], quotes=quotes,
                    topics=[self.event["topic"]["id"]] + [t["id"] for t in self.event["extra"]])


# --------------------------------------------------------------------------------------------
# Formats: the same article as scraped text, Markdown, or a saved web page
# --------------------------------------------------------------------------------------------

def url_for(domain: str, published: dt.date, headline: str) -> str:
    return f"https://{domain}/world/{published.year}/{published.month:02d}/{published.day:02d}/{slugify(headline)}"


def render_txt(a: Article, r: random.Random, publisher: tuple[str, str]) -> str:
    pub = a.published
    name, domain = publisher
    style = r.choices(["xinhua", "dateline", "byline", "published", "timestamp", "tass", "blog", "nodate", "front"],
                      weights=[12, 20, 18, 12, 12, 6, 12, 2, 6])[0]
    city = a.event["venue"][1]
    paras = [t for t, _ in a.paragraphs]
    lines: list[str] = []
    sep = "\n\n"
    if style == "xinhua":
        said = a.event["said"]
        lines = [a.headline, f"Source: Xinhua| {pub.isoformat()} {r.randrange(6, 23):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}|Editor: {r.choice(['huaxia', 'Zhang Yuan', 'Liu Xin'])}"]
        paras[0] = f"{city}, {MONTH_NAMES[said.month - 1]} {said.day} (Xinhua) -- {paras[0]}"
        if r.random() < 0.5:
            paras[-1] += " ■"
    elif style == "dateline":
        wire = r.choice(WIRES[1:] + [name])
        date = r.choice([f"{AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}", day_month_year(pub)])
        agency = f" ({wire})" if r.random() < 0.5 else ""
        lines = [a.headline]
        if r.random() < 0.4:
            lines.append(f"By {r.choice(AUTHORS)}")
        paras[0] = f"{city}, {date}{agency} {r.choice(['—', '–', '--'])} {paras[0]}"
    elif style == "byline":
        author = r.choice(AUTHORS + ["Staff Reporter", "our UN correspondent"])
        lines = [a.headline, f"By {author} | {WEEKDAYS[pub.weekday()]} {day_month_year(pub)}"
                 if r.random() < 0.6 else f"By {author} · {day_month_year(pub)}"]
        paras[0] = f"{city} — {paras[0]}" if r.random() < 0.5 else paras[0]
    elif style == "published":
        lines = [a.headline, f"Published {day_month_year(pub)}"]
        if r.random() < 0.4:
            lines.append(f"Updated: {day_month_year(pub + dt.timedelta(days=1))}")
    elif style == "timestamp":
        hour = r.randrange(1, 13)
        lines = [a.headline, f"{month_day_year(pub)}, {hour}:{r.randrange(60):02d} {r.choice(['AM', 'PM'])} GMT"]
        paras[0] = f"{city} — {paras[0]}" if r.random() < 0.6 else paras[0]
    elif style == "tass":
        lines = [a.headline, f"{pub.day} {MONTH_NAMES[pub.month - 1].upper()} {pub.year}, {r.randrange(24):02d}:{r.randrange(60):02d}"]
        paras[0] = f"{city}, {MONTH_NAMES[pub.month - 1]} {pub.day}. /Eurasia Press Agency/. {paras[0]}"
    elif style == "blog":
        lines = ["top of page", "Skip to content", "Home", "About", "Our Work", "Blog", "Contact", "Donate", "Log In",
                 a.headline, "Writer's picture", f"{name} Editorial Team",
                 f"{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year} · {r.randrange(2, 7)} min read"]
        sep = "\n"
        if r.random() < 0.5:
            upd = pub + dt.timedelta(days=1)
            lines.append(f"Updated: {SHORT_MONTHS[upd.month - 1]} {upd.day}, {upd.year}")
    elif style == "nodate":
        lines = [a.headline]
    else:  # a curator added only the publication date, as in the dev corpus
        lines = ["---", f"published: {pub.isoformat()}", "---", a.headline]
    # site boilerplate mid-article and after it
    if len(paras) > 4 and r.random() < 0.25:
        k = r.randrange(2, len(paras) - 1)
        paras.insert(k, "Advertisement" if r.random() < 0.6 else "Share this:\nFacebook\nX (Twitter)\nLinkedIn\nEmail")
    tail: list[str] = []
    if style == "blog" or r.random() < 0.3:
        topic = a.event["topic"]
        if r.random() < 0.5:
            tail.append(" ".join("#" + re.sub(r"\W", "", w.title()) for w in ["United Nations"] + topic["keywords"][:2]))
        tail += ["Share this:", "Facebook", "X (Twitter)", "LinkedIn", "Email"]
        tail += ["Related articles"] + r.sample(MOST_READ, 3)
        tail += ["Comments", f"{r.randrange(0, 40)} comments" if r.random() < 0.5 else "Write a comment...",
                 f"© {pub.year} {name}. All rights reserved."]
    head = "\n".join(lines)
    body = sep.join(paras)
    out = head + ("\n" if style == "blog" else "\n\n") + body
    if tail:
        out += ("\n" if style == "blog" else "\n\n") + "\n".join(tail)
    return out + "\n"


def render_md(a: Article, r: random.Random, publisher: tuple[str, str], front: bool) -> str:
    pub = a.published
    name, domain = publisher
    out: list[str] = []
    truth_date = None
    if front:
        event = a.event
        said = event["said"]
        fm = [("title", yaml_str(a.headline))]
        if r.random() < 0.8:
            precision = r.choices(["day", "month", "year"], weights=[70, 20, 10])[0]
            value = said.isoformat() if precision == "day" else f"{said.year}-{said.month:02d}" if precision == "month" else str(said.year)
            fm.append(("date", value))
            truth_date = (value, precision)
        fm.append(("published", pub.isoformat()))
        url = url_for(domain, pub, a.headline)
        if r.random() < 0.9:
            fm.append(("url", url))
        fm.append(("publisher", yaml_str(name)))
        people = [p.name for p in event["people"]]
        fm.append(("speakers", yaml_list(people)))
        topics = [event["topic"]["id"]] + [t["id"] for t in event["extra"]]
        fm.append(("topics", yaml_list(topics[: r.randint(1, len(topics))])))
        if r.random() < 0.3:
            fm.append(("venue", yaml_str(event["venue"][2])))
        out += ["---"] + [f"{k}: {v}" for k, v in fm] + ["---", ""]
    a.curator_date = truth_date
    out += [f"# {a.headline}", ""]
    meta = r.choice([f"*{name} — {day_month_year(pub)}*", f"Published: {pub.isoformat()}",
                     f"_By {r.choice(AUTHORS)}, {name}, {month_day_year(pub)}_"])
    out += [meta, ""]
    key_points_at = r.randrange(3, len(a.paragraphs)) if r.random() < 0.25 and len(a.paragraphs) > 4 else -1
    bolded = False
    for k, (text, role) in enumerate(a.paragraphs):
        if k == key_points_at:
            out += ["## Key points", ""]
            for p in a.event["people"]:
                out.append(f"- {p.country if not p.un else 'United Nations'}: {cap(r.choice(a.event['topic']['ask']))}")
            out.append("")
        if role == "background" and r.random() < 0.2:
            for kw in a.event["topic"]["keywords"]:
                m = re.search(rf"(?<![\w-]){re.escape(kw)}(?![\w-])", text)
                if m:
                    text = f"{text[:m.start()]}[{kw}](https://{domain}/tag/{slugify(kw)}){text[m.end():]}"
                    break
        if role in ("intro", "lead") and not bolded and r.random() < 0.3:
            for p in a.event["people"]:
                if p.name in text:
                    text = text.replace(p.name, f"**{p.name}**", 1)
                    bolded = True
                    break
        if role == "quote" and r.random() < 0.12:
            text = "> " + text
        out += [text, ""]
    if r.random() < 0.5:
        out += [f"*Reporting by {r.choice(AUTHORS)}. Read our [earlier coverage](https://{domain}/tag/{a.event['topic']['id']}).*", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_html(a: Article, r: random.Random, publisher: tuple[str, str]) -> str:
    pub = a.published
    name, domain = publisher
    e = html.escape
    url = url_for(domain, pub, a.headline)
    author = r.choice(AUTHORS)
    hour, minute = r.randrange(5, 22), r.randrange(60)
    stamp = f"{pub.isoformat()}T{hour:02d}:{minute:02d}:00Z"
    modified = f"{(pub + dt.timedelta(days=1)).isoformat()}T07:{minute:02d}:00Z"
    section = r.choice(NAV_SECTIONS[:6])
    topic = a.event["topic"]
    standfirst = cap(r.choice(topic["claim"])) + "."
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.headline,
        "datePublished": stamp,
        "dateModified": modified,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": name,
                      "logo": {"@type": "ImageObject", "url": f"https://{domain}/logo.png"}},
        "articleSection": section,
        "keywords": topic["keywords"][:4],
    }
    ld_text = json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
    nav = "\n".join(f'      <li><a href="/{slugify(s)}">{e(s)}</a></li>' for s in NAV_SECTIONS)
    body: list[str] = []
    ad_at = r.randrange(2, max(3, len(a.paragraphs) - 1))
    for k, (text, role) in enumerate(a.paragraphs):
        if k == ad_at:
            body.append('    <div class="ad-slot" data-slot="mid-article">Advertisement</div>')
        body.append(f"    <p>{e(text, quote=False)}</p>")
    most_read = "\n".join(f'    <li><a href="/{section.lower()}/{slugify(h)}">{e(h)}</a></li>' for h in r.sample(MOST_READ, 4))
    tags = " ".join(f'<a href="/tag/{slugify(k)}">{e(k)}</a>' for k in topic["keywords"][:3])
    js_id = f"G-{r.randrange(16**7):07X}"
    asset = f"{r.randrange(16**6):06x}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a.headline)} | {e(name)}</title>
<meta name="description" content="{e(standfirst)}">
<meta name="author" content="{e(author)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a.headline)}">
<meta property="og:site_name" content="{e(name)}">
<meta property="og:url" content="{e(url)}">
<meta property="article:published_time" content="{stamp}">
<meta property="article:modified_time" content="{modified}">
<meta property="article:section" content="{e(section)}">
<link rel="stylesheet" href="/assets/css/main.{asset}.css">
<link rel="canonical" href="{e(url)}">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag("js", new Date());
  gtag("config", "{js_id}", {{"anonymize_ip": true, "page_type": "article"}});
</script>
<script type="application/ld+json">
{ld_text}
</script>
</head>
<body class="article-page">

<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies to personalise content, measure traffic and improve your experience. By clicking Accept all you agree to our use of cookies.</p>
  <button class="btn btn-primary" id="cookie-accept">Accept all</button>
  <button class="btn btn-secondary" id="cookie-manage">Manage preferences</button>
  <a href="/privacy">Privacy policy</a>
</div>

<header class="site-header">
  <a class="logo" href="/">{e(name)}</a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
{nav}
      <li class="cta"><a href="/subscribe">Subscribe</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>

<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{slugify(section)}">{e(section)}</a></nav>

<article class="story">
  <h1>{e(a.headline)}</h1>
  <p class="standfirst">{e(standfirst)}</p>
  <div class="byline">By <a href="/authors/{slugify(author)}">{e(author)}</a> &middot; <time datetime="{stamp}">{day_month_year(pub)}</time></div>

  <ul class="share-buttons">
    <li><a class="share-facebook" href="#">Share on Facebook</a></li>
    <li><a class="share-x" href="#">Share on X</a></li>
    <li><a class="share-linkedin" href="#">Share on LinkedIn</a></li>
    <li><a class="share-email" href="#">Email</a></li>
    <li><button class="copy-link">Copy link</button></li>
  </ul>

  <div class="story-body">
{chr(10).join(body)}
  </div>

  <ul class="share-buttons share-bottom">
    <li><a class="share-facebook" href="#">Share on Facebook</a></li>
    <li><a class="share-x" href="#">Share on X</a></li>
    <li><a class="share-email" href="#">Email</a></li>
  </ul>
  <div class="tags">Topics: {tags}</div>
</article>

<aside class="most-read">
  <h2>Most read</h2>
  <ol>
{most_read}
  </ol>
</aside>

<section class="newsletter">
  <h2>Get the {e(section)} briefing</h2>
  <p>Our correspondents' pick of the week, every Friday in your inbox.</p>
  <form action="/newsletters/signup"><input type="email" placeholder="Your email"><button>Sign up</button></form>
</section>
</main>

<footer class="site-footer">
  <ul>
    <li><a href="/about">About us</a></li>
    <li><a href="/contact">Contact</a></li>
    <li><a href="/terms">Terms of use</a></li>
    <li><a href="/privacy">Privacy policy</a></li>
    <li><a href="/cookies">Cookie settings</a></li>
  </ul>
  <p>&copy; {pub.year} {e(name)}. All rights reserved.</p>
</footer>

<script src="/assets/js/vendor.{asset}.js" defer></script>
<script>
  document.getElementById("cookie-accept").addEventListener("click", function () {{
    document.cookie = "consent=all; max-age=31536000; path=/";
    document.getElementById("cookie-banner").style.display = "none";
  }});
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

KIND_BLOCK = ["txt"] * 6 + ["md-front", "md"] + ["html"] * 2  # per block of ten: 60 / 20 / 20


def kind_of(i: int, seed: int) -> str:
    block = list(KIND_BLOCK)
    random.Random(f"{seed}:kinds:{i // 10}").shuffle(block)
    return block[i % 10]


def event_of(i: int, seed: int) -> int:
    r = random.Random(f"{seed}:report:{i}")
    if i > 0 and r.random() < REREPORT_SHARE:
        return i - r.randint(1, min(i, 30))
    return i


def source(i: int, seed: int) -> tuple[str, str, dict]:
    """(file name, content, what a perfect extractor would find) for source i."""
    kind = kind_of(i, seed)
    e = event_of(i, seed)
    event = make_event(e, seed)
    r = random.Random(f"{seed}:source:{i}")
    article = Article(event, r)
    publisher = r.choice(PUBLISHERS)
    article.curator_date = None
    if kind == "txt":
        content, ext = render_txt(article, r, publisher), "txt"
    elif kind.startswith("md"):
        content, ext = render_md(article, r, publisher, kind == "md-front"), "md"
    else:
        content, ext = render_html(article, r, publisher), "html"
    truth = article.truth()
    truth.update(kind=kind, event=e, curator_date=article.curator_date,
                 words=word_count(" ".join([article.headline] + [t for t, _ in article.paragraphs])))
    return f"s{i:06d}_{event['topic']['id']}.{ext}", content, truth


def topics_yml() -> str:
    out = ["# A generated benchmark corpus: topics of UN diplomacy.", ""]
    for t in TOPICS:
        out += [f"- id: {t['id']}", f"  label: {yaml_str(t['label'])}", f"  description: {yaml_str(t['description'])}",
                f"  keywords: {yaml_list(t['keywords'])}", ""]
    return "\n".join(out)


def speakers_yml() -> str:
    out = ["# A generated benchmark corpus: every speaker here is fictional.", ""]
    for p in SPEAKERS:
        out += [f"- name: {p.name}", f"  aliases: {yaml_list(p.aliases())}", f"  role: {yaml_str(p.role())}",
                f"  country: {DISPLAY.get(p.country, p.country)}", ""]
    return "\n".join(out)


SOURCE_NAME = re.compile(r"s\d{6}_[a-z0-9-]+\.(?:txt|md|html)")


def generate(out_dir: Path, n: int, seed: int) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "topics.yml").write_text(topics_yml(), encoding="utf-8", newline="\n")
    (out_dir / "speakers.yml").write_text(speakers_yml(), encoding="utf-8", newline="\n")
    written: list[str] = []
    stats = {"txt": 0, "md": 0, "md-front": 0, "html": 0, "min_words": None, "max_words": None}
    for i in range(n):
        name, content, truth = source(i, seed)
        (out_dir / name).write_text(content, encoding="utf-8", newline="\n")
        written.append(name)
        stats[truth["kind"]] += 1
        words = truth["words"]
        stats["min_words"] = words if stats["min_words"] is None else min(stats["min_words"], words)
        stats["max_words"] = words if stats["max_words"] is None else max(stats["max_words"], words)
    # a smaller corpus written over a larger one: remove the generated sources it no longer has
    keep = set(written)
    for path in sorted(out_dir.iterdir()):
        if SOURCE_NAME.fullmatch(path.name) and path.name not in keep and path.is_file():
            path.unlink()
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the corpus into (created if missing)")
    parser.add_argument("n", type=int, help="how many sources")
    parser.add_argument("--seed", type=int, default=1, help="the same N and seed give byte-identical files (default 1)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be 0 or more")
    start = time.perf_counter()
    stats = generate(args.out_dir, args.n, args.seed)
    took = time.perf_counter() - start
    print(f"{args.n} sources in {args.out_dir}: {stats['txt']} .txt, {stats['md'] + stats['md-front']} .md "
          f"({stats['md-front']} with front matter), {stats['html']} .html; "
          f"{stats['min_words']}-{stats['max_words']} words each; {took:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
