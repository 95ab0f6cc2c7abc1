from tests.app.letters.conftest import pairs  # noqa: F401  (the letter fixtures)
from tests.app.matching.conftest import small_cycle  # noqa: F401
