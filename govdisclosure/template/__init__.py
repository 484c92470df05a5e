"""The domain as data: the two national templates, their labels, sums and printed vocabulary.

Nothing here imports from the rest of the package.
"""
