"""Word lists, one module per list.  :class:`newsparse.Vocabulary` and the parsers read them;
override a list on a subclass rather than editing these tuples."""
