"""Throwaway generator for /work/main/ontology/stances.ttl (not part of the repo)."""
import itertools, json

def forms(*lemmas_with_forms):
    out = []
    for f in lemmas_with_forms:
        out.extend(f.split("|"))
    return out

def combos(*parts):
    res = []
    for tup in itertools.product(*parts):
        res.append(" ".join(w for w in tup if w))
    return res

VERB_S = lambda base, s, ed, ing: [base, s, ed, ing]
BE = ["is", "are", "am", "was", "were"]

welcomes = (
    ["welcome", "welcomes", "welcomed", "welcoming"]
    + ["warmly welcome", "warmly welcomes", "warmly welcomed", "greatly welcome", "greatly welcomes"]
    + ["applaud", "applauds", "applauded", "applauding"]
    + ["hail", "hails", "hailed", "hailing"]
    + ["celebrate", "celebrates", "celebrated", "celebrating"]
    + combos(BE, ["pleased with", "pleased by", "pleased to note", "pleased to see", "pleased that",
                  "encouraged by", "heartened by", "delighted with", "delighted by", "delighted that",
                  "gratified by", "happy to note", "glad to see", "glad to note", "satisfied with"])
    + ["pleased with", "pleased to note", "encouraged by", "heartened by"]
    + combos(["note", "notes", "noted", "noting", "take note", "takes note", "took note", "taking note"],
             ["with satisfaction", "with appreciation"])
    + combos(["express", "expresses", "expressed", "expressing"], ["", "its", "my", "our", "their"],
             ["satisfaction with", "satisfaction at"])
)

supports = (
    ["support", "supports", "supported", "supporting"]
    + ["endorse", "endorses", "endorsed", "endorsing"]
    + ["back", "backs", "backed", "backing"]
    + ["advocate", "advocates", "advocated", "advocating"]
    + ["champion", "champions", "championed", "championing"]
    + ["uphold", "upholds", "upheld", "upholding"]
    + combos(["attach", "attaches", "attached", "attaching"],
             ["great importance to", "particular importance to", "the utmost importance to",
              "the greatest importance to", "high importance to", "special importance to",
              "importance to"])
    + combos(["stand", "stands", "stood", "standing"], ["ready to support", "ready to assist", "firmly behind",
                                                         "by", "with"])
    + combos(BE, ["ready to support", "committed to", "fully committed to", "firmly committed to",
                  "in favour of", "in favor of", "a strong supporter of", "a firm supporter of",
                  "a staunch supporter of", "a steadfast supporter of", "a champion of"])
    + combos(["are", "were"], ["strong supporters of", "firm supporters of", "staunch supporters of",
                               "steadfast supporters of", "champions of"])
    + combos(["remain", "remains", "remained", "remaining"], ["committed to", "ready to support", "supportive of"])
    + combos(["reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterate", "reiterates", "reiterated",
              "reiterating"], ["its", "my", "our"], ["support for", "full support for", "strong support for",
                                                     "commitment to"])
    + combos(["express", "expresses", "expressed", "expressing", "pledge", "pledges", "pledged", "pledging"],
             ["", "its", "our"], ["support for", "full support for", "strong support for"])
    + ["in support of", "supportive of", "is supportive of", "are supportive of"]
    # "Pakistan has been a consistent supporter of the objectives of Resolution 1540"
    + combos(["been", "remains", "remain"],  # ("has always been a ..."; "has"/"have" open no trigger: they are everywhere)
             ["a supporter of", "a consistent supporter of", "a strong supporter of", "a firm supporter of",
              "a staunch supporter of", "a steadfast supporter of", "a long-standing supporter of", "a champion of"])
    + combos(BE, ["a consistent supporter of", "a long-standing supporter of"])
    # "Switzerland calls for the implementation of resolution 2601": a call for an instrument is support for it
    + combos(["call", "calls", "called", "calling"], ["for the", "for the full", "for the effective", "for the full and effective"],
             ["implementation of", "universalization of", "universalisation of", "entry into force of", "adoption of"])
    # solidarity with a people, a state or a cause is support for it
    + combos(["express", "expresses", "expressed", "expressing", "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
              "reiterate", "reiterates", "reiterated", "reiterating", "affirm", "affirms", "affirmed", "affirming"],
             ["its", "our", "my"], ["solidarity with", "full solidarity with", "strong solidarity with",
                                    "unwavering solidarity with", "unity with"])
    + combos(["stand", "stands", "stood", "standing"], ["in solidarity with", "in full solidarity with"])
    # "let me express the EU's and its Member States' full solidarity with Ukraine": another's solidarity, a few words
    + combos(["express", "expresses", "expressed", "expressing", "reaffirm", "reaffirms", "reaffirmed", "reaffirming"],
             ["… solidarity with", "… full solidarity with", "… strong solidarity with", "… unwavering solidarity with"])
)

_thank_verbs = ["express", "expresses", "expressed", "expressing"]
_poss = ["", "its", "my", "our"]
_adj = ["", "sincere", "deep", "deepest", "profound", "heartfelt"]
_nouns = ["appreciation", "gratitude", "thanks"]
thanks = (
    ["thank", "thanks", "thanked", "thanking"]
    + ["appreciate", "appreciates", "appreciated", "appreciating", "appreciation"]
    + ["commend", "commends", "commended", "commending"]
    + ["congratulate", "congratulates", "congratulated", "congratulating", "congratulations"]
    + ["salute", "salutes", "saluted", "saluting"]
    + ["gratitude", "grateful to", "grateful for", "thankful to", "thankful for", "indebted to"]
    + combos(BE, ["grateful to", "grateful for", "thankful to", "thankful for", "deeply grateful to",
                  "most grateful to", "indebted to"])
    + combos(["pay", "pays", "paid", "paying"], ["tribute to", "a special tribute to", "homage to",
                                                 "special tribute to"])
    + combos(_thank_verbs, _poss, _adj, ["appreciation", "gratitude"])
    + combos(_thank_verbs, _poss, ["", "sincere", "heartfelt", "warm", "warmest"], ["thanks"])
    + combos(["extend", "extends", "extended", "extending", "convey", "conveys", "conveyed", "conveying"],
             ["its", "my", "our"], ["appreciation", "gratitude", "thanks", "congratulations"])
    + combos(["place on record", "places on record", "placed on record", "placing on record"],
             ["its", "my", "our"], ["appreciation", "gratitude"])
    + combos(["recognize", "recognizes", "recognized", "recognise", "recognises", "recognised",
              "acknowledge", "acknowledges", "acknowledged"],
             ["the efforts of", "the work of", "the contribution of", "the leadership of"])
)

condemns = (
    ["condemn", "condemns", "condemned", "condemning", "condemnation"]
    + combos(["strongly", "unequivocally", "firmly", "resolutely", "categorically", "utterly", "vehemently",
              "unreservedly"], ["condemn", "condemns", "condemned", "condemning"])
    + ["deplore", "deplores", "deplored", "deploring"]
    + combos(["strongly", "deeply"], ["deplore", "deplores", "deplored", "deploring"])
    + ["denounce", "denounces", "denounced", "denouncing", "denunciation"]
    + ["decry", "decries", "decried", "decrying"]
    + ["censure", "censures", "censured", "censuring"]
    + ["abhor", "abhors", "abhorred", "abhorring"]
    + combos(["express", "expresses", "expressed", "expressing"], ["", "its", "my", "our"],
             ["", "strong", "strongest", "unequivocal"], ["condemnation of"])
    + combos(BE, ["appalled by", "appalled at", "outraged by", "outraged at"])
    + combos(["express", "expresses", "expressed", "expressing"], ["", "its", "my", "our"], ["outrage at"])
)

urges = (
    ["urge", "urges", "urged", "urging"]
    + combos(["strongly"], ["urge", "urges", "urged", "urging"])
    + ["call upon", "calls upon", "called upon", "calling upon"]
    + ["call on", "calls on", "called on", "calling on"]
    + ["call for", "calls for", "called for", "calling for"]
    + ["demand", "demands", "demanded", "demanding"]
    + ["encourage", "encourages", "encouraged", "encouraging"]
    + combos(["strongly"], ["encourage", "encourages", "encouraged", "encouraging"])
    + ["request", "requests", "requested", "requesting"]
    + ["appeal to", "appeals to", "appealed to", "appealing to"]
    + ["exhort", "exhorts", "exhorted", "exhorting"]
    + ["implore", "implores", "implored", "imploring"]
    + ["invite", "invites", "invited", "inviting"]
    + ["insist that", "insists that", "insisted that", "insisting that",
       "insist on", "insists on", "insisted on", "insisting on"]
    + ["press for", "presses for", "pressed for", "pressing for"]
    + combos(["reiterate", "reiterates", "reiterated", "reiterating", "renew", "renews", "renewed", "renewing"],
             ["its", "my", "our"], ["call on", "call upon", "call for", "appeal to"])
    # recommendations in a review (UPR): "makes the following recommendations to Australia", "recommends that Chile"
    + combos(["make", "makes", "made", "making", "offer", "offers", "offered", "present", "presents"],
             ["the following", "two", "three", "four", "several", "these"], ["recommendations to", "recommendation to"])
    + ["recommend to", "recommends to", "recommended to", "recommends that", "recommend that", "recommended that"]
)

_refl = ["itself", "myself", "ourselves", "themselves"]
alignswith = (
    combos(["align", "aligned", "aligning", "fully align", "fully aligned", "fully aligning"], _refl, ["with"])
    + combos(["aligns", "fully aligns"], ["itself", "herself"], ["with"])  # ("Austria aligns herself with ...")
    # "The Republic of Cyprus fully aligns with the statement delivered by ..."
    + combos(["aligns", "align", "aligned", "fully aligns", "fully align", "fully aligned", "associate", "associates",
              "associated", "fully associate", "fully associates"],
             ["with the statement", "with the statements", "with the joint statement"])
    # "We align this statement to the statement delivered by ...", "I associate my delegation with ..."
    + combos(["align", "aligns", "aligned", "associate", "associates", "associated"],
             ["this statement", "our statement", "my statement", "my delegation", "our delegation", "my country",
              "my Government", "our intervention", "this intervention", "my intervention", "our remarks", "my remarks",
              "these remarks", "this remark"],
             ["with", "to"])
    + combos(["associate", "associated", "associating", "fully associate", "fully associated",
              "fully associating"], _refl, ["with"])
    + combos(["associates", "fully associates"], ["itself", "herself"], ["with"])
    + combos(["fully subscribe to", "fully subscribes to", "fully subscribed to", "fully subscribing to"])
    + combos(["subscribe to", "subscribes to", "subscribed to", "subscribing to"],
             ["the statement", "the statements", "the joint statement", "the views expressed"])
    # ("I join other delegations in congratulating X" is thanks, read from "congratulating": no alignment)
    + combos(["join", "joins", "joined", "joining"],
             ["the statement", "the statements", "the joint statement"])
    + combos(["share", "shares", "shared", "sharing"], ["the views expressed by", "the view expressed by",
                                                       "the position expressed by", "the position of"])
    + combos(["endorse", "endorses", "endorsed", "endorsing", "concur with", "concurs with",
              "concurred with"], ["the statement", "the statements", "the joint statement"])
    + combos(["support", "supports", "supported"], ["the statement delivered by", "the statement made by",
                                                   "the statement to be delivered by"])
)

CONCEPTS = [
    ("StanceWelcomes", "welcomes", "welcomes",
     "The actor views positively something that has happened or been done (typically an adopted resolution, a decision, an initiative, a report, an event): it welcomes, applauds or is pleased with it.",
     welcomes),
    ("StanceSupports", "supports", "supports",
     "The actor declares that it supports, endorses or backs someone or something, attaches great importance to it, or stands ready to support it.",
     supports),
    ("StanceThanks", "thanks", "thanks",
     "The actor thanks, commends, congratulates or pays tribute to someone, or expresses appreciation or gratitude to someone for something.",
     thanks),
    ("StanceCondemns", "condemns", "condemns",
     "The actor condemns, deplores or denounces someone or something, such as an attack, a nuclear test or a violation of a resolution.",
     condemns),
    ("StanceUrges", "urges", "urges",
     "The actor urges, calls upon, demands of, encourages or requests someone to act, or calls for something to be done.",
     urges),
    ("StanceAlignsWith", "aligns with", "alignsWith",
     "The actor aligns or associates itself with another actor, typically with the statement delivered on behalf of a group such as the European Union, the Non-Aligned Movement or the Group of 77.",
     alignswith),
]

def lit(s):
    return json.dumps(s, ensure_ascii=False)

out = []
out.append("""@prefix dkg:     <https://w3id.org/dkg/ontology#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

# The stance concept scheme: one skos:Concept per sub-property of dkg:stance.
# dkg:property links a concept to its property; dkg:trigger lists the lower-case words and
# phrases (plain strings, not patterns; one per inflected form) that express the stance in
# diplomatic English. The extractor compiles the triggers into its patterns; where triggers of
# two concepts overlap ("endorses" / "endorses the statement", "encouraged" / "encouraged by"),
# the longer match is the one meant.

dkg:StanceScheme
    a skos:ConceptScheme ;
    skos:prefLabel "Stances"@en ;
    rdfs:label "Stances"@en ;
    dcterms:title "Stances of actors in diplomatic texts"@en ;
    skos:definition "The stances an actor can take towards an actor, a legal instrument, a meeting, an event or a topic, as expressed in diplomatic language."@en ;
    rdfs:comment "Concept scheme of the sub-properties of dkg:stance, with the trigger words that express each."@en ;
    skos:hasTopConcept """ + " , ".join("dkg:" + c[0] for c in CONCEPTS) + " .\n")

for iri, label, prop, definition, trig in CONCEPTS:
    seen = []
    for t in trig:
        t = " ".join(t.lower().split())
        if t and t not in seen:
            seen.append(t)
    seen.sort()
    lines = [f"dkg:{iri}",
             "    a skos:Concept ;",
             f"    skos:prefLabel {lit(label)}@en ;",
             f"    rdfs:label {lit(label)}@en ;",
             f"    skos:notation {lit(prop)} ;",
             f"    skos:definition {lit(definition)}@en ;",
             "    skos:inScheme dkg:StanceScheme ;",
             "    skos:topConceptOf dkg:StanceScheme ;",
             f"    dkg:property dkg:{prop} ;",
             "    dkg:trigger"]
    body = [f"        {lit(t)}" for t in seen]
    lines.append(" ,\n".join(body) + " .")
    out.append("\n".join(lines) + "\n")
    print(iri, len(seen))

open("/work/main/ontology/stances.ttl", "w").write("\n".join(out))
