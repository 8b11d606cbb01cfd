"""The web UI's static files (``static/``), served by ``dateline serve`` at ``/``.

Plain HTML, CSS and JavaScript modules written for dateline: no framework, no CDN, no tile server.
Every string that comes from the store is put on the page as text (``textContent`` / text nodes),
never parsed as HTML.
"""
