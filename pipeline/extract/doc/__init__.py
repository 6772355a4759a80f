"""The document model: one `ArticleDoc` per article, every layer computed once."""

from pipeline.extract.doc.article_doc import ArticleDoc

__all__ = ["ArticleDoc"]
