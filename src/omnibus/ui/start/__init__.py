"""The start screen: continue an assessment, start a new one (or the next cycle), open another database."""
