"""Views: widgets that build layout and emit intent; controllers do the wiring."""
