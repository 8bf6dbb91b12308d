"""The examples in the layout readers' docstrings run."""

import doctest
import importlib
import pkgutil

import pytest

from kamerbrieven.parse import layouts

MODULES = [layouts.__name__] + [
    f"{layouts.__name__}.{info.name}" for info in pkgutil.iter_modules(layouts.__path__)
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
