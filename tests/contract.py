"""What the tests share about the JSON contract of ``Article.to_dict()``."""

#: The keys of ``Article.to_dict()``, in the order the contract gives them.
CONTRACT_KEYS = (
    "schema_version", "section", "section_span", "headline", "byline", "dateline", "published", "updated",
    "captions", "paragraphs", "quotes", "boilerplate",
)
