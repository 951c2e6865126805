"""The optional statistical pipeline: persons and organisations that no list holds, never over a reference name."""
import spacy

from kg.extract import extract
from kg.ingest import document_from_text
from kg.namespaces import ID

from conftest import SEEDS, run_kg

TEXT = ("Statement by H.E. Ambassador Maria SANTOS, Permanent Representative of Ghana to the United Nations, at the "
        "Security Council, 5 November 2019\n\nMr. President,\n\nGhana thanks Lakeside Trust and welcomes the "
        "report presented by Ada Quill. Ghana supports UNICEF.")


def pipeline():
    """A real spaCy pipeline whose entity recogniser is rule-based, so the test needs no downloaded model."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Lakeside Trust"}, {"label": "PERSON", "pattern": "Ada Quill"},
                        {"label": "ORG", "pattern": "UNICEF"}, {"label": "GPE", "pattern": "Ghana"}])
    return nlp


def test_model_adds_what_the_reference_lacks():
    plain = extract(document_from_text(TEXT))
    with_model = extract(document_from_text(TEXT), nlp=pipeline())
    labels = {e.label: e for e in with_model.entities}
    assert "Lakeside Trust" in labels and labels["Lakeside Trust"].cls == "Organization"
    assert "Ada Quill" in labels and labels["Ada Quill"].cls == "Person"
    assert "Lakeside Trust" not in {e.label for e in plain.entities}
    facts = {(f.subject, f.predicate, f.object) for f in with_model.facts}
    assert (str(ID["state/GHA"]), "thanks", str(ID["org/lakeside-trust"])) in facts
    # UNICEF keeps its reference identity: the model never overrides a known name
    assert (str(ID["state/GHA"]), "supports", str(ID["org/unicef"])) in facts


def test_a_model_that_cannot_be_loaded_is_one_clear_error(tmp_path):
    r = run_kg("build", SEEDS, "-o", tmp_path / "out", "--model", "no_such_pipeline_xx")
    assert r.returncode == 2
    lines = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(lines) == 1 and "E017" in lines[0] and "no_such_pipeline_xx" in lines[0]
    assert not (tmp_path / "out" / "store").exists()
