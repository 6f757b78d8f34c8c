"""communique's own tables (codebook, lexicon, countries, roles…), loaded once by the code that uses them."""
