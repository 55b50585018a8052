"""Working together in the window: assigning parts to institutions, opening their files, conflicts, sign-offs."""
