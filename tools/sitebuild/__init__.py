"""Build-time adapters between the decision engine (``chikane``) and the site generator.

Nothing here decides anything: it reads the workplace configuration, asks the
engine for data and turns it into Markdown/HTML or files for the built site.
"""
