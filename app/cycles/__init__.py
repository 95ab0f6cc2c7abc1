"""A program's next year: roll-over decisions, the next cycle, closed cycles, history."""
