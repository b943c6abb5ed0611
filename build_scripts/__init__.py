"""On Record: turns statement sources into a MkDocs site.

The stages, one module each: read → extract → validate → render → write;
`pipeline` runs them in order, `cli` and `hook` are thin doors onto it.
"""
