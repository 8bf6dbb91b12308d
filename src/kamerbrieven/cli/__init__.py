"""The `kamerbrieven` command: one thin module per command group over the Python API."""
