"""The practice loop: a bank of the candidate's own stories, worked on and rehearsed, and progress over sessions.

``bank`` reads and writes story files (plain Markdown, one story per file);
``versions`` keeps every saved telling append-only; ``report`` analyses one story
(decision phrases, key decision, reframing questions, signals, level estimate);
``coverage`` compares the bank with what a level needs; ``progress`` turns saved
sessions into trends, re-scored with the current rubric and cached.
"""
