"""The Secretariat side: import, verify, consolidate and analyse response packages. Never imports Qt."""
