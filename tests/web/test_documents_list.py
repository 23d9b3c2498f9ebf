"""The documents list names where a document came from as a reader knows it."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_documents_list_names_a_file_not_the_folder_it_was_installed_in(client: TestClient) -> None:
    from techties.interfaces.cli.app import sample_articles

    page = client.get("/documents", params={"limit": 200}).text
    folder = sample_articles()
    shown = page.replace(f'title="{folder}', "")  # the full path may stay in a hover title
    assert folder not in shown
    assert ".html</span>" in page or ".txt</span>" in page or ".md</span>" in page
