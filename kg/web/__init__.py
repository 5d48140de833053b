"""The entity pages of ``kg serve``: every resource as a page and as RDF, a search box, VoID.

See kg/web/app.py for the routes, kg/web/queries/ for the SPARQL each page is read by.
"""

from .app import create_app

__all__ = ["create_app"]
