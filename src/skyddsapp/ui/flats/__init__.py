"""Transition flats: the Lägenheter view, its dialogs and a case's stay in a flat."""
