"""Reports: briefs in HTML, Markdown and PDF, with charts drawn as SVG in Python."""
