"""The notebook runs top to bottom on the example articles (it asserts on what it shows)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "kg-end-to-end.ipynb"


def test_notebook_runs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "–dismissed→" in printed and "RDF triples" in printed


SEED_STORY = NOTEBOOK.parent / "seed-story.ipynb"


def test_seed_story_notebook_runs_and_plots(corpus_dir):
    """The Indonesian seed story (shared corpus): Cypher, SPARQL, analytics, two matplotlib plots, the page."""
    nb = nbformat.read(SEED_STORY, as_version=4)
    assert not [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])], "stored without outputs"
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(SEED_STORY.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    errors = [o for o in outputs if o.get("output_type") == "error"]
    assert not errors, errors[0].get("evalue") if errors else ""
    printed = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "Kassym-Jomart Tokayev –dismissed→ Karim Massimov" in printed
    assert "SPARQL: Kassym-Jomart Tokayev dismissed Karim Massimov" in printed
    assert "graph page:" in printed
    images = [o for o in outputs if o.get("output_type") == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) == 2
