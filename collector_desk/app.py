"""Composition root: paths -> engine -> migrate -> Qt -> window. (Filled in by the desk UI.)"""
