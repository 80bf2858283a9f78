"""Small helpers shared by every concern (no imports from sibling packages)."""
