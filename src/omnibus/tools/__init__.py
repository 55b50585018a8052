"""Developer tools run by the Makefile: schema generation, translations, screenshots, fonts."""
