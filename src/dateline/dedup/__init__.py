"""Deduplication: one real-world event, many mentions."""

from dateline.dedup.within_article import merge_article_events

__all__ = ["merge_article_events"]
