"""Live sources: RSS/Atom feeds and web pages fetched safely, polled by `sitrep watch`.

fetch.py  whether a URL may be fetched, and fetching it within bounds
feeds.py  one poll of one feed: conditional GET, XML safety, new entries once
pages.py  a web page's main text and metadata (trafilatura)
watch.py  FEEDS.toml, which feeds are due, back-off and jitter, the polling loop
state.py  feed state, entries handled and refusals, kept in the store
"""
