"""The steps ``resolve.Resolver`` takes from a credited phrase to a publisher: what is cut off
the phrase and how it splits into names (``phrase_cuts``), the forms of a table name looked up
(``table_forms``), and the choice among the pieces left (``final_choice``); ``named`` holds the
answer."""
